// Uploads one or more articles, then follows the re-index it starts to its end (reindex-progress.js reports it).
import { csrfToken } from './csrf.js';
import { MAX_FILE_BYTES, readBase64, replyOf } from './read-file.js';

const form = document.getElementById('upload-form');
const result = document.getElementById('upload-result');
let waiting = false;

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const files = data.getAll('file').filter((f) => f instanceof File && f.size > 0);
  if (files.length === 0) return void (result.textContent = 'Hãy chọn ít nhất một tệp.');
  const big = files.find((f) => f.size > MAX_FILE_BYTES);
  if (big) return void (result.textContent = `${big.name}: tệp lớn hơn 10 MB.`);
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  result.textContent = files.length > 1 ? `Đang tải lên ${files.length} tệp…` : 'Đang tải lên…';
  try {
    const body = { files: await Promise.all(files.map(async (f) => ({ fileName: f.name, contentBase64: await readBase64(f) }))) };
    for (const key of ['title', 'publication', 'date']) if (data.get(key)) body[key] = String(data.get(key));
    const res = await fetch('/admin/api/corpus/upload', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() }, body: JSON.stringify(body), credentials: 'same-origin',
    });
    const { reply, message } = await replyOf(res);
    if (!res.ok) return void (result.textContent = `Không tải lên được, chưa lưu tệp nào: ${message}`);
    result.textContent = `Đã tải lên ${reply.ids.length} bài (${reply.ids.join(', ')}). Đang lập chỉ mục lại…`;
    form.reset();
    waiting = true;
    document.dispatchEvent(new CustomEvent('reindex-started'));
  } catch {
    result.textContent = 'Không tải lên được: lỗi mạng.';
  } finally {
    button.disabled = false;
  }
});

document.addEventListener('reindex-finished', (event) => {
  if (!waiting) return;
  waiting = false;
  const status = event.detail;
  result.textContent = status.lastError ? `Lập chỉ mục lỗi, trợ lý vẫn dùng chỉ mục cũ: ${status.lastError}` : 'Đã lập chỉ mục xong: trợ lý trả lời được từ bài mới.';
});
