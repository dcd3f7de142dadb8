// Replace (a new file for the same article) and delete, on the article list; both start a re-index.
import { csrfToken } from './csrf.js';
import { MAX_FILE_BYTES, readBase64, replyOf } from './read-file.js';

const result = () => document.getElementById('article-action-result');
const say = (text) => { const r = result(); if (r) r.textContent = text; };
let waiting = '';

async function send(path, init) {
  const res = await fetch(path, { ...init, credentials: 'same-origin', headers: { ...(init.headers ?? {}), 'x-csrf-token': csrfToken() } });
  return { ok: res.ok, ...(await replyOf(res)) };
}

function started(text) {
  waiting = text;
  say(`${text} Đang lập chỉ mục lại…`);
  document.dispatchEvent(new CustomEvent('reindex-started'));
}

document.addEventListener('submit', async (event) => {
  const form = event.target.closest?.('.replace-form');
  if (!form) return;
  event.preventDefault();
  const id = form.closest('[data-article]').dataset.article;
  const file = new FormData(form).get('file');
  if (!(file instanceof File) || file.size === 0) return say('Hãy chọn tệp mới.');
  if (file.size > MAX_FILE_BYTES) return say(`${file.name}: tệp lớn hơn 10 MB.`);
  say(`Đang thay bài ${id}…`);
  try {
    const r = await send(`/admin/api/corpus/articles/${encodeURIComponent(id)}/replace`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fileName: file.name, contentBase64: await readBase64(file) }) });
    if (r.ok) started(`Đã thay bài ${id} bằng ${file.name}.`);
    else say(`Không thay được, bài cũ vẫn giữ nguyên: ${r.message}`);
  } catch {
    say('Không thay được: lỗi mạng.');
  }
});

document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('.delete-article');
  if (!button) return;
  const id = button.closest('[data-article]').dataset.article;
  if (!window.confirm(`Xóa bài ${id}? Trợ lý sẽ không trả lời từ bài này nữa; các câu trả lời duyệt sẵn trích bài sẽ cần xem lại.`)) return;
  button.disabled = true;
  try {
    const r = await send(`/admin/api/corpus/articles/${encodeURIComponent(id)}`, { method: 'DELETE' });
    if (r.ok) started(`Đã xóa bài ${id}.`);
    else say(`Không xóa được: ${r.message}`);
  } catch {
    say('Không xóa được: lỗi mạng.');
  } finally {
    button.disabled = false;
  }
});

document.addEventListener('reindex-finished', (event) => {
  if (!waiting) return;
  const status = event.detail;
  say(status.lastError ? `${waiting} Lập chỉ mục lỗi, trợ lý vẫn dùng chỉ mục cũ: ${status.lastError}` : `${waiting} Đã lập chỉ mục xong.`);
  waiting = '';
});
