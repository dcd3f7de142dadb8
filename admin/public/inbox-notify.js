// The inbox badge on every admin page, and on the inbox page a sound, a browser notification (when allowed) and a
// banner when a resident newly asks for a person. Polls the summary endpoint; the pages work without it.
import { formatDateTime } from './vn-time.js';

const badge = document.getElementById('inbox-badge');
const live = document.getElementById('inbox-live');
const banner = document.getElementById('inbox-new');
const enable = document.getElementById('notify-enable');
// Faster on the inbox page, where someone is waiting to answer; every poll is one small query.
const INTERVAL_MS = live ? 5000 : 30000;
const baseTitle = document.title;
// On the inbox page, the residents it already shows are known; anyone else who is waiting at a poll is new.
let known = live ? new Set([...document.querySelectorAll('[data-handoff]')].map((e) => e.dataset.handoff)) : undefined;
let timer;

function showCount(open) {
  if (!badge) return;
  badge.textContent = open > 0 ? String(open) : '';
  badge.hidden = open === 0;
  document.title = open > 0 && live ? `(${open}) ${baseTitle}` : baseTitle;
}

function chime() {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.6);
    tone.onended = () => audio.close();
  } catch {
    // No audio output: the banner and the badge still tell.
  }
}

function announce(fresh) {
  const first = fresh[0];
  const text = fresh.length === 1
    ? `Người dân mới cần hỗ trợ (${first.channelLabel}, ${formatDateTime(first.lastInteractionAt)}): “${first.question}”`
    : `${fresh.length} người dân mới cần hỗ trợ.`;
  if (banner) {
    banner.replaceChildren(document.createTextNode(`${text} `));
    const reload = document.createElement('a');
    reload.href = '/admin/inbox';
    reload.textContent = 'Tải lại để xem';
    banner.append(reload);
    banner.hidden = false;
  }
  chime();
  if ('Notification' in window && Notification.permission === 'granted') {
    new Notification('Hộp thư hỗ trợ', { body: text, tag: 'inbox', icon: '/admin/static/favicon.svg' });
  }
}

async function poll() {
  clearTimeout(timer);
  try {
    const res = await fetch('/admin/api/handoffs/summary', { credentials: 'same-origin' });
    if (res.ok) {
      const summary = await res.json();
      showCount(summary.open);
      if (known) {
        const fresh = summary.items.filter((i) => !known.has(i.id));
        if (fresh.length) announce(fresh);
        // A resident answered, then asking again later, is new again.
        known = new Set(summary.items.map((i) => i.id));
      }
    }
  } catch {
    // Offline for a moment: try again at the next tick.
  }
  timer = setTimeout(poll, INTERVAL_MS);
}

if (enable && 'Notification' in window && Notification.permission === 'default') {
  enable.hidden = false;
  enable.addEventListener('click', async () => {
    await Notification.requestPermission();
    enable.hidden = Notification.permission !== 'default';
  });
}
window.addEventListener('focus', poll);
poll();
