import type { AdminSession } from '../auth/admin-session.js';
import type { ArticleSummary, ReindexStatus } from '../ports.js';
import { formatDate, formatTime } from './format.js';
import { html } from './html.js';
import { csrfField, layout } from './layout.js';

function statusText(s: ReindexStatus): string {
  if (s.state === 'running') return `Đang lập chỉ mục: ${s.done}/${s.total}`;
  if (s.lastError) return `Lần lập chỉ mục gần nhất lỗi: ${s.lastError}`;
  return s.lastBuiltAt ? `Chỉ mục cập nhật lúc ${formatTime(s.lastBuiltAt)}` : 'Chỉ mục sẵn sàng';
}

/** Articles, upload (a small script reads the file and posts JSON) and re-index with progress (polled by a script). */
export function corpusPage(o: { session: AdminSession; articles: readonly ArticleSummary[]; status: ReindexStatus; notice?: string }): string {
  const progress = o.status.state === 'running' ? { done: o.status.done, total: o.status.total } : undefined;
  const running = progress !== undefined;
  return layout({
    title: 'Bài viết', session: o.session, active: 'corpus', scripts: ['corpus-upload.js', 'reindex-progress.js'],
    body: html`<h1>Bài viết</h1>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
<div class="grid-2">
<section class="card">
  <h2>Tải bài viết lên</h2>
  <form id="upload-form" class="stack">
    <label>Tệp (.txt, .md, .html, tối đa 2 MB) <input type="file" name="file" accept=".txt,.md,.html,.htm" required></label>
    <label>Tiêu đề <input name="title" maxlength="300"></label>
    <label>Nguồn/tờ báo <input name="publication" maxlength="200"></label>
    <label>Ngày đăng <input type="date" name="date"></label>
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
<section class="card">
<h2>${o.articles.length} bài viết</h2>
<div class="table-wrap"><table class="table">
<thead><tr><th>Tiêu đề</th><th>Nguồn</th><th>Ngày</th><th>Đoạn</th><th>Gốc</th><th>Tệp</th></tr></thead>
<tbody>${o.articles.map((a) => html`<tr><td><a href="/admin/logs?articleId=${encodeURIComponent(a.id)}">${a.title}</a></td><td>${a.publication}</td><td class="nowrap">${formatDate(a.date)}</td>
  <td class="center">${a.paragraphs}</td><td>${a.origin === 'bundled' ? 'Có sẵn' : 'Đã thêm'}</td><td><code>${a.sourceFile}</code></td></tr>`)}</tbody>
</table></div>
</section>`,
  });
}
