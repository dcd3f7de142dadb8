import type { TurnFilter, TurnPage } from '../../core/ports/log-store.js';
import type { AdminSession } from '../auth/admin-session.js';
import { FILTER_STATUSES } from '../api/turn-filter-query.js';
import type { ArticleSummary } from '../../core/ports/admin.js';
import { channelChoices, channelLabel, feedbackLabel, formatTime, statusLabel, truncate } from './format.js';
import { html, queryString, type SafeHtml } from './html.js';
import { layout } from './layout.js';
import { dateField } from './date-field.js';

export interface LogsPageInput {
  readonly session: AdminSession;
  readonly page: TurnPage;
  readonly filter: TurnFilter;
  /** The filter as given in the query string (for the form and the links). */
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly articles: readonly ArticleSummary[];
}

function select(name: string, label: string, current: string | undefined, options: readonly [string, string][]): SafeHtml {
  return html`<label>${label} <select name="${name}"><option value="">Tất cả</option>${options.map(([v, l]) => html`<option value="${v}"${v === current ? html` selected` : ''}>${l}</option>`)}</select></label>`;
}

function filterForm(p: LogsPageInput['params'], articles: readonly ArticleSummary[]): SafeHtml {
  return html`<form method="get" action="/admin/logs" class="filters" aria-label="Lọc nhật ký">
  ${dateField('from', 'Từ ngày', p['from'])}
  ${dateField('to', 'Đến ngày', p['to'])}
  ${select('channel', 'Kênh', p['channel'], channelChoices())}
  ${select('status', 'Trạng thái', p['status'], FILTER_STATUSES.map((s) => [s, statusLabel(s)]))}
  ${select('feedback', 'Đánh giá', p['feedback'], [['up', '👍 Hài lòng'], ['down', '👎 Chưa hài lòng'], ['none', 'Chưa đánh giá']])}
  ${select('reviewed', 'Đã xem xét', p['reviewed'], [['true', 'Đã xem xét'], ['false', 'Chưa xem xét']])}
  ${select('hasCorrection', 'Sửa câu trả lời', p['hasCorrection'], [['true', 'Đã sửa'], ['false', 'Chưa sửa']])}
  ${select('articleId', 'Bài được trích', p['articleId'], articles.map((a) => [a.id, truncate(a.title, 60)]))}
  <label class="grow">Tìm trong câu hỏi/trả lời <input type="search" name="q" value="${p['q'] ?? ''}" maxlength="200"></label>
  <div class="filter-actions"><button type="submit" class="btn">Lọc</button> <a class="btn btn-ghost" href="/admin/logs">Xoá lọc</a></div>
</form>`;
}

export function logsPage(o: LogsPageInput): string {
  const limit = o.filter.limit ?? 50;
  const offset = o.filter.offset ?? 0;
  const link = (newOffset: number) => `/admin/logs${queryString({ ...o.params, offset: newOffset || undefined })}`;
  const rows = o.page.items.map((t) => html`<tr>
  <td class="nowrap">${formatTime(t.createdAt)}</td>
  <td class="nowrap">${channelLabel(t.channel)}</td>
  <td><a href="/admin/logs/${encodeURIComponent(t.turnId)}" class="question-link">${truncate(t.question, 140)}</a>${t.rewrite ? html`<div class="muted small">↳ ${truncate(t.rewrite, 140)}</div>` : ''}</td>
  <td><span class="badge badge-${t.status}">${statusLabel(t.status)}</span></td>
  <td class="center">${feedbackLabel(t.feedback)}</td>
  <td class="center">${t.review ? (t.review.verdict === 'good' ? '✓ Tốt' : '✗ Chưa tốt') : ''}</td>
  <td class="center">${t.curatedId ? '✎' : ''}</td>
</tr>`);
  return layout({
    title: 'Nhật ký hỏi đáp', session: o.session, active: 'logs',
    body: html`<h1>Nhật ký hỏi đáp</h1>
${filterForm(o.params, o.articles)}
<div class="toolbar"><span class="muted">${o.page.total} lượt hỏi</span>
  <span id="export-links">Xuất theo bộ lọc: <a href="/admin/api/export${queryString({ ...o.params, format: 'csv', header: 'vi' })}">CSV cho Excel (tên cột tiếng Việt)</a>
    · <a href="/admin/api/export${queryString({ ...o.params, format: 'csv' })}">CSV (tên cột kỹ thuật)</a> · <a href="/admin/api/export${queryString({ ...o.params, format: 'json' })}">JSON</a></span></div>
<div class="table-wrap"><table class="table">
<thead><tr><th>Thời gian</th><th>Kênh</th><th>Câu hỏi</th><th>Trạng thái</th><th>Đánh giá</th><th>Xem xét</th><th>Đã sửa</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="7" class="empty">Không có lượt hỏi nào khớp bộ lọc.</td></tr>`}</tbody>
</table></div>
<nav class="pager" aria-label="Phân trang">
  ${offset > 0 ? html`<a class="btn btn-ghost" href="${link(Math.max(0, offset - limit))}">← Trang trước</a>` : ''}
  <span class="muted">${o.page.total === 0 ? '' : `${offset + 1}–${Math.min(offset + limit, o.page.total)} / ${o.page.total}`}</span>
  ${offset + limit < o.page.total ? html`<a class="btn btn-ghost" href="${link(offset + limit)}">Trang sau →</a>` : ''}
</nav>`,
  });
}
