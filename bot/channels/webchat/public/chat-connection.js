// Shows the resident when the bot cannot be reached, checks (with growing pauses) until it can, and says when it is
// back; what failed meanwhile is sent again then. The bar is made here so the page's HTML needs no change.

import { el } from './chat-render.js';

const FIRST_PAUSE_MS = 2000;
const MAX_PAUSE_MS = 15000;
const BACK_SHOWN_MS = 2500;

const TEXT = {
  lost: 'Mất kết nối với trợ lý. Đang thử kết nối lại…',
  back: 'Đã kết nối lại.',
  now: 'Thử ngay',
};

export function createConnection({ app, healthUrl = 'healthz' }) {
  const bar = el('div', 'connection');
  bar.id = 'connection';
  bar.setAttribute('role', 'status');
  bar.hidden = true;
  const text = el('span', 'connection-text', TEXT.lost);
  const now = el('button', 'connection-now', TEXT.now);
  now.type = 'button';
  bar.append(text, now);
  app.querySelector('.topbar').after(bar);

  let waiting;
  let wake;
  let hideTimer;

  async function reachable() {
    try {
      const res = await fetch(healthUrl, { cache: 'no-store', headers: { Accept: 'application/json' } });
      return res.ok;
    } catch {
      return false;
    }
  }

  function show(state) {
    clearTimeout(hideTimer);
    bar.dataset.state = state;
    text.textContent = TEXT[state];
    now.hidden = state !== 'lost';
    bar.hidden = false;
    if (state === 'back') hideTimer = setTimeout(() => { bar.hidden = true; }, BACK_SHOWN_MS);
  }

  /** The bot did not answer: shows the bar; resolves once it answers its health check again. */
  function lost() {
    if (waiting) return waiting;
    show('lost');
    waiting = (async () => {
      for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(MAX_PAUSE_MS, pause * 2)) {
        await new Promise((resolve) => {
          wake = resolve;
          setTimeout(resolve, pause);
        });
        if (await reachable()) break;
      }
      waiting = undefined;
      show('back');
    })();
    return waiting;
  }

  // The phone got its network back, or the resident pressed "Thử ngay": check at once instead of after the pause.
  const checkNow = () => wake?.();
  now.addEventListener('click', checkNow);
  window.addEventListener('online', checkNow);

  return { lost, get isLost() { return waiting !== undefined; } };
}
