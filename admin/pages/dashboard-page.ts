import type { DashboardData } from '../actions/dashboard-data.js';
import type { AdminSession } from '../auth/admin-session.js';
import type { Health } from '../../core/health.js';
import { channelLabel, formatDate, statusLabel } from './format.js';
import { html, queryString, type SafeHtml } from './html.js';
import { layout } from './layout.js';
import { barList, columnChart, lineChart } from './svg-charts.js';
import { dateField } from './date-field.js';

function channelTable(d: DashboardData): SafeHtml {
  if (d.channels.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  return html`<div class="table-wrap"><table class="table" id="channel-rates">
<thead><tr><th>Kênh</th><th class="num">Câu hỏi</th><th class="num">Được trả lời</th><th class="num">Một phần</th><th class="num">Tỉ lệ trả lời</th></tr></thead>
<tbody>${d.channels.map((c) => html`<tr><td>${channelLabel(c.channel)}</td><td class="num">${c.questions}</td><td class="num">${c.answered}</td>
<td class="num">${c.partial}</td><td class="num"><strong>${c.rate}%</strong></td></tr>`)}</tbody></table></div>`;
}

function topQuestionList(d: DashboardData, range: { from: string; to: string }): SafeHtml {
  if (d.topQuestions.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  return html`<ol class="top-questions" id="top-questions">${d.topQuestions.map((g) => html`<li>
  <a href="/admin/logs${queryString({ q: g.label, ...range })}">${g.label}</a>
  <span class="muted small">${g.count} lượt${g.people !== g.count ? ` · ${g.people} người` : ''}</span></li>`)}</ol>
${d.topScanned >= 2000 ? html`<p class="muted small">Gộp từ 2.000 lượt hỏi gần nhất trong khoảng này.</p>` : ''}`;
}

/** What staff must fix (the store cannot write, a channel's token was revoked), in the operator's words; nothing when all is well. */
function healthNotice(health: Health | undefined): SafeHtml | string {
  if (!health) return '';
  const lines = [...(health.status === 'degraded' ? [`Không ghi được dữ liệu: ${health.reason}`] : []), ...(health.problems ?? [])];
  if (lines.length === 0) return '';
  return html`<div class="alert alert-error" id="health-problems" role="alert"><strong>Sự cố cần xử lý</strong><ul>${lines.map((l) => html`<li>${l}</li>`)}</ul></div>`;
}

export function dashboardPage(o: { session: AdminSession; data: DashboardData; health?: Health }): string {
  const d = o.data;
  const range = { from: d.from, to: d.to };
  const statuses = Object.entries(d.totals.byStatus).sort((a, b) => b[1] - a[1]).map(([s, n]) => ({ label: statusLabel(s), value: n, key: s }));
  return layout({
    title: 'Tổng quan', session: o.session, active: 'dashboard',
    body: html`<h1>Tổng quan</h1>
${healthNotice(o.health)}
<form method="get" action="/admin" class="filters">
  ${dateField('from', 'Từ ngày', d.from)}
  ${dateField('to', 'Đến ngày', d.to)}
  <div class="filter-actions"><button type="submit" class="btn">Xem</button></div>
  <div class="filter-actions">Xuất nhật ký: <a href="/admin/api/export${queryString({ ...range, format: 'csv', header: 'vi' })}">CSV (Excel)</a> · <a href="/admin/api/export${queryString({ ...range, format: 'json' })}">JSON</a></div>
</form>
<p class="muted" id="range-text">Từ ${formatDate(d.from)} đến ${formatDate(d.to)} (giờ Việt Nam)</p>
<div class="kpis">
  <div class="kpi"><span class="kpi-value">${d.totals.total}</span><span class="kpi-label">lượt hỏi</span></div>
  <div class="kpi" id="kpi-rate"><span class="kpi-value">${d.rate.rate}%</span><span class="kpi-label">câu hỏi được trả lời (${d.rate.answered}/${d.rate.questions})</span></div>
  <div class="kpi" id="kpi-partial"><span class="kpi-value">${d.rate.partialRate}%</span><span class="kpi-label">trả lời một phần (${d.rate.partial})</span></div>
  <div class="kpi"><span class="kpi-value">${d.totals.feedbackUp} / ${d.totals.feedbackDown}</span><span class="kpi-label">👍 / 👎</span></div>
  <div class="kpi"><span class="kpi-value">${d.totals.curatedHits}</span><span class="kpi-label">lượt dùng câu trả lời duyệt sẵn</span></div>
  <div class="kpi"><span class="kpi-value">${Math.round(d.totals.maxP95TotalMs)} ms</span><span class="kpi-label">p95 thời gian trả lời (ngày cao nhất)</span></div>
  ${d.showModel ? html`<div class="kpi model-figure"><span class="kpi-value">${d.totals.promptTokens + d.totals.completionTokens}</span><span class="kpi-label">token mô hình (${d.totals.promptTokens} vào / ${d.totals.completionTokens} ra)</span></div>
  <div class="kpi model-figure"><span class="kpi-value">$${d.totals.costUsd.toFixed(4)}</span><span class="kpi-label">chi phí mô hình ước tính</span></div>` : ''}
</div>
<div class="grid-2">
  <section class="card"><h2>Lượt hỏi mỗi ngày</h2>${columnChart('Lượt hỏi mỗi ngày', d.days.map((x) => ({ label: x.day, value: x.total })))}</section>
  <section class="card"><h2>Tỉ lệ trạng thái</h2>${barList('Trạng thái', statuses, (p, i) => `bar status-${statuses[i]?.key ?? ''}`)}</section>
  <section class="card"><h2>Câu hỏi người dân hỏi nhiều nhất</h2>${topQuestionList(d, range)}</section>
  <section class="card"><h2>Tỉ lệ trả lời theo kênh</h2>${channelTable(d)}</section>
  <section class="card"><h2>Đánh giá của người dân</h2>${barList('Đánh giá', [{ label: '👍 Hài lòng', value: d.totals.feedbackUp }, { label: '👎 Chưa hài lòng', value: d.totals.feedbackDown }], (_p, i) => (i === 0 ? 'bar good' : 'bar bad'))}</section>
  <section class="card"><h2>Lượt dùng câu trả lời duyệt sẵn</h2>${columnChart('Lượt dùng câu trả lời duyệt sẵn mỗi ngày', d.days.map((x) => ({ label: x.day, value: x.curatedHits })), 'bar alt')}</section>
  <section class="card"><h2>Bài được trích nhiều nhất</h2>${barList('Bài được trích', d.topCited.map((c) => ({ label: c.title, value: c.count })))}</section>
  <section class="card"><h2>Câu hỏi chưa trả lời được</h2>${barList('Nhóm câu hỏi chưa trả lời', d.unanswered.map((g) => ({ label: g.label, value: g.people })), () => 'bar bad')}
    <p><a href="/admin/unanswered${queryString(range)}">Xem tất cả nhóm</a></p></section>
  ${d.showModel ? html`<section class="card model-figure"><h2>Chi phí mô hình mỗi ngày (USD)</h2>${columnChart('Chi phí mô hình ước tính mỗi ngày', d.days.map((x) => ({ label: x.day, value: Math.round(x.costUsd * 10000) / 10000 })), 'bar alt')}</section>` : ''}
  <section class="card"><h2>Thời gian trả lời p95 (ms)</h2>${lineChart('p95 thời gian trả lời mỗi ngày', d.days.filter((x) => x.total > 0).map((x) => ({ label: x.day, value: x.p95TotalMs })), '')}</section>
</div>`,
  });
}
