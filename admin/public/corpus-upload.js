// Reads the chosen article with FileReader and posts it as JSON: multipart would need a new server dependency.
import { csrfToken } from './csrf.js';

const MAX_BYTES = 2 * 1024 * 1024;
const form = document.getElementById('upload-form');
const result = document.getElementById('upload-result');

function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0) return void (result.textContent = 'Hãy chọn một tệp.');
  if (file.size > MAX_BYTES) return void (result.textContent = 'Tệp lớn hơn 2 MB.');
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  result.textContent = 'Đang tải lên…';
  try {
    const body = { fileName: file.name, contentBase64: await readBase64(file) };
    for (const key of ['title', 'publication', 'date']) if (data.get(key)) body[key] = String(data.get(key));
    const res = await fetch('/admin/api/corpus/upload', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() }, body: JSON.stringify(body), credentials: 'same-origin',
    });
    const reply = await res.json().catch(() => ({}));
    result.textContent = res.ok ? `Đã tải lên (mã bài: ${reply.id}). Đang lập chỉ mục lại…` : `Không tải lên được: ${reply.message ?? reply.error ?? res.status}`;
    if (res.ok) {
      form.reset();
      document.dispatchEvent(new CustomEvent('reindex-started'));
    }
  } catch {
    result.textContent = 'Không tải lên được: lỗi mạng.';
  } finally {
    button.disabled = false;
  }
});
