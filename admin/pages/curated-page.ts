import type { CuratedAnswer } from '../../core/ports/log-store.js';
import type { AdminSession } from '../auth/admin-session.js';
import { formatTime, truncate } from './format.js';
import { html } from './html.js';
import { csrfField, layout } from './layout.js';

/** Curated answers; those flagged needs_review (a cited article changed) come first with an approve button. */
export function curatedPage(o: { session: AdminSession; items: readonly CuratedAnswer[]; notice?: string }): string {
  const items = [...o.items].sort((a, b) => (a.status === b.status ? b.updatedAt.localeCompare(a.updatedAt) : a.status === 'needs_review' ? -1 : 1));
  const flagged = items.filter((c) => c.status === 'needs_review').length;
  return layout({
    title: 'Câu trả lời duyệt sẵn', session: o.session, active: 'curated',
    body: html`<h1>Câu trả lời duyệt sẵn</h1>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
<p class="muted">${items.length} câu trả lời${flagged ? html` · <strong class="warn-text">${flagged} cần xem lại vì bài viết đã thay đổi</strong>` : ''}</p>
<div class="table-wrap"><table class="table">
<thead><tr><th>Câu hỏi</th><th>Câu trả lời</th><th>Trạng thái</th><th>Lượt dùng</th><th>Người tạo</th><th>Cập nhật</th><th></th></tr></thead>
<tbody>${items.length ? items.map((c) => html`<tr class="${c.status === 'needs_review' ? 'flagged' : ''}">
  <td>${c.sourceTurnId ? html`<a href="/admin/logs/${encodeURIComponent(c.sourceTurnId)}">${truncate(c.question, 120)}</a>` : truncate(c.question, 120)}</td>
  <td>${truncate(c.answer, 200)}</td>
  <td><span class="badge ${c.status === 'active' ? 'badge-answered' : 'badge-no_answer'}">${c.status === 'active' ? 'Đang dùng' : 'Cần xem lại'}</span></td>
  <td class="center">${c.hits}</td>
  <td>${c.createdBy}</td>
  <td class="nowrap">${formatTime(c.updatedAt)}</td>
  <td>${c.status === 'needs_review' ? html`<form method="post" action="/admin/curated/${encodeURIComponent(c.id)}/approve">${csrfField(o.session)}<button type="submit" class="btn btn-small">Duyệt lại</button></form>` : ''}</td>
</tr>`) : html`<tr><td colspan="7" class="empty">Chưa có câu trả lời duyệt sẵn. Hãy sửa một câu trả lời trong nhật ký.</td></tr>`}</tbody>
</table></div>`,
  });
}
