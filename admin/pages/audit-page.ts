import type { AuditEntry } from '../../core/ports/log-store.js';
import { AUDIT_ACTIONS, auditLabel } from '../actions/audit.js';
import type { AdminSession } from '../auth/admin-session.js';
import { formatTime } from './format.js';
import { html, queryString } from './html.js';
import { layout } from './layout.js';
import { dateField } from './date-field.js';

export interface AuditPageInput {
  readonly session: AdminSession;
  readonly items: readonly AuditEntry[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** The filter as given in the query string. */
  readonly params: Readonly<Record<string, string | undefined>>;
}

/** The audit log (admins only): who did what and when, filterable, exportable. */
export function auditPage(o: AuditPageInput): string {
  const p = o.params;
  const link = (offset: number) => `/admin/audit${queryString({ ...p, offset: offset || undefined })}`;
  return layout({
    title: 'Nhật ký quản trị', session: o.session, active: 'audit',
    body: html`<h1>Nhật ký quản trị</h1>
<p class="muted">Các thao tác của quản trị viên và tình nguyện viên: sửa và duyệt câu trả lời, trả lời hộp thư, tải bài viết, thay đổi tài khoản.</p>
<form method="get" action="/admin/audit" class="filters" aria-label="Lọc nhật ký quản trị">
  ${dateField('from', 'Từ ngày', p['from'])}
  ${dateField('to', 'Đến ngày', p['to'])}
  <label>Người thực hiện <input name="actor" value="${p['actor'] ?? ''}" maxlength="64"></label>
  <label>Thao tác <select name="action"><option value="">Tất cả</option>${Object.entries(AUDIT_ACTIONS).map(([k, l]) => html`<option value="${k}"${k === p['action'] ? html` selected` : ''}>${l}</option>`)}</select></label>
  <div class="filter-actions"><button type="submit" class="btn">Lọc</button> <a class="btn btn-ghost" href="/admin/audit">Xoá lọc</a></div>
</form>
<div class="toolbar"><span class="muted">${o.total} thao tác</span>
  <span id="audit-export">Xuất theo bộ lọc: <a href="/admin/api/audit/export${queryString({ ...p, format: 'csv', header: 'vi' })}">CSV cho Excel</a>
  · <a href="/admin/api/audit/export${queryString({ ...p, format: 'json' })}">JSON</a></span></div>
<div class="table-wrap"><table class="table stacked" id="audit">
<thead><tr><th>Thời gian</th><th>Người thực hiện</th><th>Thao tác</th><th>Đối tượng</th><th>Chi tiết</th></tr></thead>
<tbody>${o.items.length ? o.items.map((e) => html`<tr><td class="nowrap" data-label="Thời gian">${formatTime(e.at)}</td><td data-label="Người thực hiện">${e.actor}</td><td data-label="Thao tác">${auditLabel(e.action)}</td>
<td class="small" data-label="Đối tượng">${e.target}</td><td class="small" data-label="Chi tiết">${e.detail}</td></tr>`) : html`<tr><td colspan="5" class="empty">Chưa có thao tác nào khớp bộ lọc.</td></tr>`}</tbody>
</table></div>
<nav class="pager" aria-label="Phân trang">
  ${o.offset > 0 ? html`<a class="btn btn-ghost" href="${link(Math.max(0, o.offset - o.limit))}">← Trang trước</a>` : ''}
  <span class="muted">${o.total === 0 ? '' : `${o.offset + 1}–${Math.min(o.offset + o.limit, o.total)} / ${o.total}`}</span>
  ${o.offset + o.limit < o.total ? html`<a class="btn btn-ghost" href="${link(o.offset + o.limit)}">Trang sau →</a>` : ''}
</nav>`,
  });
}
