// Follows a re-index to its end by polling the status endpoint, then refreshes the article list from the page as
// the server renders it; the form still works without this script.
import { csrfToken } from './csrf.js';
import { formatDateTime } from './vn-time.js';

const text = document.getElementById('reindex-text');
const bar = document.getElementById('reindex-progress');
const form = document.getElementById('reindex-form');
const button = form?.querySelector('button');
let timer;

function render(status) {
  if (status.state === 'running') {
    bar.hidden = false;
    bar.max = Math.max(1, status.total);
    bar.value = status.done;
    text.textContent = `Đang lập chỉ mục: ${status.done}/${status.total}`;
    button.disabled = true;
    return true;
  }
  bar.hidden = true;
  button.disabled = false;
  text.textContent = status.lastError ? `Lần lập chỉ mục gần nhất lỗi: ${status.lastError}`
    : status.lastBuiltAt ? `Chỉ mục cập nhật lúc ${formatDateTime(status.lastBuiltAt)}` : 'Chỉ mục sẵn sàng';
  return false;
}

/** Swaps in the article list (count, formats, sizes, versions) as the server renders it now. */
async function refreshList() {
  const res = await fetch('/admin/corpus', { credentials: 'same-origin' });
  if (!res.ok) return;
  const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').getElementById('article-list');
  const current = document.getElementById('article-list');
  if (!fresh || !current) return;
  // The status line under the heading belongs to this page's actions: keep what it says.
  fresh.querySelector('#article-action-result').textContent = current.querySelector('#article-action-result')?.textContent ?? '';
  current.replaceWith(fresh);
}

async function poll() {
  clearTimeout(timer);
  try {
    const res = await fetch('/admin/api/corpus/status', { credentials: 'same-origin' });
    if (!res.ok) return;
    const status = await res.json();
    if (render(status)) return void (timer = setTimeout(poll, 700));
    await refreshList();
    document.dispatchEvent(new CustomEvent('reindex-finished', { detail: status }));
  } catch {
    timer = setTimeout(poll, 3000);
  }
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  button.disabled = true;
  const res = await fetch('/admin/api/corpus/reindex', { method: 'POST', headers: { 'x-csrf-token': csrfToken() }, credentials: 'same-origin' });
  if (res.ok) render(await res.json());
  poll();
});
document.addEventListener('reindex-started', () => setTimeout(poll, 300));
if (bar && !bar.hidden) poll();
