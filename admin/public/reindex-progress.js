// Shows re-index progress by polling the status endpoint while a re-index runs; the form still works without it.
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

async function poll() {
  clearTimeout(timer);
  try {
    const res = await fetch('/admin/api/corpus/status', { credentials: 'same-origin' });
    if (!res.ok) return;
    if (render(await res.json())) timer = setTimeout(poll, 1000);
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
