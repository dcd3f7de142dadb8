import type { AdminSession } from '../auth/admin-session.js';
import { servedBy } from '../actions/served-by.js';
import type { ArticleSummary, ReindexStatus, ServingInstance } from '../../core/ports/admin.js';
import { formatDate, formatTime } from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout } from './layout.js';

const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx';

function statusText(s: ReindexStatus): string {
  if (s.state === 'running') return `Đang lập chỉ mục: ${s.done}/${s.total}`;
  if (s.lastError) return `Lần lập chỉ mục gần nhất lỗi: ${s.lastError}`;
  return s.lastBuiltAt ? `Chỉ mục cập nhật lúc ${formatTime(s.lastBuiltAt)}` : 'Chỉ mục sẵn sàng';
}

/** "36,6 KB", as Vietnamese readers write decimals. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${unit}`;
}

/** Added articles can be replaced (a new file, same id) or deleted; bundled ones ship with the program. */
function actions(a: ArticleSummary): SafeHtml {
  if (a.origin === 'bundled') return html`<span class="muted small">Có sẵn</span>`;
  return html`<div class="corpus-actions" data-article="${a.id}">
  <form class="replace-form"><label class="small">Thay bằng tệp mới <input type="file" name="file" accept="${ACCEPT}" required></label>
    <button type="submit" class="btn btn-small">Thay</button></form>
  <button type="button" class="btn btn-small btn-danger delete-article">Xóa</button>
</div>`;
}

const hostOf = (i: ServingInstance) => `${i.host}${i.self ? ' (máy này)' : ''}`;

/** Which instances answer from this version: all, some (named), or none yet (they are catching up). */
function servedCell(a: ArticleSummary, instances: readonly ServingInstance[]): SafeHtml {
  const serving = servedBy(a, instances);
  const names = serving.map(hostOf).join(', ');
  if (serving.length === instances.length) return html`<span title="${names}">Tất cả (${serving.length})</span>`;
  if (serving.length === 0) return html`<span class="muted">Đang cập nhật (0/${instances.length})</span>`;
  return html`<span title="${names}">${serving.length}/${instances.length}: ${names}</span>`;
}

function articleRow(a: ArticleSummary, instances: readonly ServingInstance[]): SafeHtml {
  return html`<tr data-article-row="${a.id}"><td><a href="/admin/logs?articleId=${encodeURIComponent(a.id)}">${a.title}</a></td><td>${a.publication}</td>
  <td class="nowrap">${formatDate(a.date)}</td><td class="center">${a.format}</td><td class="nowrap">${formatSize(a.sizeBytes)}</td>
  <td class="center">${a.paragraphs}</td><td><code title="${a.version}">${a.version.slice(0, 8)}</code></td><td class="small" data-served-by>${servedCell(a, instances)}</td>
  <td><code>${a.sourceFile}</code></td><td>${actions(a)}</td></tr>`;
}

/** The instances answering residents, each with the corpus revision its index holds. */
function instancesTable(instances: readonly ServingInstance[]): SafeHtml {
  const latest = Math.max(0, ...instances.map((i) => i.revision));
  return html`<h3>Máy chủ đang trả lời</h3>
<div class="table-wrap"><table class="table compact" id="instances">
<thead><tr><th>Máy chủ</th><th>Phiên bản kho</th><th>Bài</th><th>Đoạn</th><th>Chạy từ</th><th>Tín hiệu gần nhất</th></tr></thead>
<tbody>${instances.map((i) => html`<tr data-instance="${i.id}"><td>${hostOf(i)}</td>
  <td>${i.revision}${i.revision < latest ? html` <span class="muted small">(đang cập nhật)</span>` : ''} <code class="small" title="${i.corpusHash}">${i.corpusHash.slice(0, 8)}</code></td>
  <td class="center">${i.articles}</td><td class="center">${i.passages}</td><td class="nowrap">${formatTime(i.startedAt)}</td><td class="nowrap">${formatTime(i.heartbeatAt)}</td></tr>`)}</tbody>
</table></div>`;
}

/** Articles, upload (a small script reads the files and posts JSON) and re-index with progress (polled by a script). */
export function corpusPage(o: { session: AdminSession; articles: readonly ArticleSummary[]; instances: readonly ServingInstance[]; status: ReindexStatus;
  notice?: string }): string {
  const progress = o.status.state === 'running' ? { done: o.status.done, total: o.status.total } : undefined;
  const running = progress !== undefined;
  return layout({
    title: 'Bài viết', session: o.session, active: 'corpus', scripts: ['corpus-upload.js', 'reindex-progress.js', 'corpus-actions.js'],
    body: html`<h1>Bài viết</h1>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
<div class="grid-2">
<section class="card">
  <h2>Tải bài viết lên</h2>
  <form id="upload-form" class="stack">
    <label>Tệp (.pdf, .docx, .html, .md, .txt; chọn được nhiều tệp, mỗi tệp tối đa 10 MB) <input type="file" name="file" accept="${ACCEPT}" multiple required></label>
    <p class="muted small">Tiêu đề, cơ quan ban hành và ngày được lấy từ văn bản khi văn bản ghi rõ; các ô dưới đây chỉ dùng khi văn bản không có.</p>
    <label>Tiêu đề (khi tải một tệp) <input name="title" maxlength="300"></label>
    <label>Nguồn/cơ quan ban hành <input name="publication" maxlength="200"></label>
    <label>Ngày ban hành/đăng <input type="date" name="date"></label>
    <button type="submit" class="btn">Tải lên</button>
    <p id="upload-result" class="small" role="status" aria-live="polite"></p>
  </form>
</section>
<section class="card">
  <h2>Lập chỉ mục</h2>
  <p id="reindex-text" role="status" aria-live="polite">${statusText(o.status)}</p>
  <progress id="reindex-progress" max="${progress?.total ?? 1}" value="${progress?.done ?? 0}"${running ? '' : html` hidden`}></progress>
  <form method="post" action="/admin/corpus/reindex" id="reindex-form">${csrfField(o.session)}
    <button type="submit" class="btn"${running ? html` disabled` : ''}>Lập chỉ mục lại</button></form>
  <p class="muted small">Trợ lý vẫn trả lời bằng chỉ mục cũ trong lúc lập chỉ mục mới.</p>
</section>
</div>
<section class="card" id="article-list">
<h2 id="article-count">${o.articles.length} bài viết</h2>
<p id="article-action-result" class="small" role="status" aria-live="polite"></p>
<div class="table-wrap"><table class="table">
<thead><tr><th>Tiêu đề</th><th>Nguồn</th><th>Ngày</th><th>Định dạng</th><th>Kích thước</th><th>Đoạn</th><th>Phiên bản</th><th>Máy chủ phục vụ</th><th>Tệp</th><th>Thay, xóa</th></tr></thead>
<tbody>${o.articles.map((a) => articleRow(a, o.instances))}</tbody>
</table></div>
<p class="muted small">Khi thay hoặc xóa một bài, các câu trả lời duyệt sẵn trích bài đó được đánh dấu cần xem lại; đoạn cũ vẫn xem được trong nhật ký.
Bài tải lên ở một máy chủ đến các máy chủ khác trong vài giây.</p>
${instancesTable(o.instances)}
</section>`,
  });
}
