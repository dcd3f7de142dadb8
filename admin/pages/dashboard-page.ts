import type { DashboardData } from '../actions/dashboard-data.js';
import type { AdminSession } from '../auth/admin-session.js';
import { statusLabel } from './format.js';
import { html, queryString } from './html.js';
import { layout } from './layout.js';
import { barList, columnChart, lineChart } from './svg-charts.js';

export function dashboardPage(o: { session: AdminSession; data: DashboardData }): string {
  const d = o.data;
  const range = { from: d.from, to: d.to };
  const statuses = Object.entries(d.totals.byStatus).sort((a, b) => b[1] - a[1]).map(([s, n]) => ({ label: statusLabel(s), value: n, key: s }));
  const answered = (d.totals.byStatus['answered'] ?? 0) + (d.totals.byStatus['curated'] ?? 0);
  const rate = d.totals.total ? Math.round((100 * answered) / d.totals.total) : 0;
  return layout({
    title: 'Tổng quan', session: o.session, active: 'dashboard',
    body: html`<h1>Tổng quan</h1>
<form method="get" action="/admin" class="filters">
  <label>Từ ngày <input type="date" name="from" value="${d.from}"></label>
  <label>Đến ngày <input type="date" name="to" value="${d.to}"></label>
  <div class="filter-actions"><button type="submit" class="btn">Xem</button></div>
  <div class="filter-actions">Xuất nhật ký: <a href="/admin/api/export${queryString({ ...range, format: 'csv' })}">CSV</a> · <a href="/admin/api/export${queryString({ ...range, format: 'json' })}">JSON</a></div>
</form>
<div class="kpis">
  <div class="kpi"><span class="kpi-value">${d.totals.total}</span><span class="kpi-label">lượt hỏi</span></div>
  <div class="kpi"><span class="kpi-value">${rate}%</span><span class="kpi-label">được trả lời</span></div>
  <div class="kpi"><span class="kpi-value">${d.totals.feedbackUp} / ${d.totals.feedbackDown}</span><span class="kpi-label">👍 / 👎</span></div>
  <div class="kpi"><span class="kpi-value">${d.totals.curatedHits}</span><span class="kpi-label">lượt dùng câu trả lời duyệt sẵn</span></div>
  <div class="kpi"><span class="kpi-value">${d.totals.maxP95TotalMs} ms</span><span class="kpi-label">p95 thời gian trả lời (ngày cao nhất)</span></div>
  <div class="kpi"><span class="kpi-value">${d.totals.promptTokens + d.totals.completionTokens}</span><span class="kpi-label">token mô hình (${d.totals.promptTokens} vào / ${d.totals.completionTokens} ra)</span></div>
  <div class="kpi"><span class="kpi-value">$${d.totals.costUsd.toFixed(4)}</span><span class="kpi-label">chi phí mô hình ước tính</span></div>
</div>
<div class="grid-2">
  <section class="card"><h2>Lượt hỏi mỗi ngày</h2>${columnChart('Lượt hỏi mỗi ngày', d.days.map((x) => ({ label: x.day, value: x.total })))}</section>
  <section class="card"><h2>Tỉ lệ trạng thái</h2>${barList('Trạng thái', statuses, (p, i) => `bar status-${statuses[i]?.key ?? ''}`)}</section>
  <section class="card"><h2>Đánh giá của người dân</h2>${barList('Đánh giá', [{ label: '👍 Hài lòng', value: d.totals.feedbackUp }, { label: '👎 Chưa hài lòng', value: d.totals.feedbackDown }], (_p, i) => (i === 0 ? 'bar good' : 'bar bad'))}</section>
  <section class="card"><h2>Lượt dùng câu trả lời duyệt sẵn</h2>${columnChart('Lượt dùng câu trả lời duyệt sẵn mỗi ngày', d.days.map((x) => ({ label: x.day, value: x.curatedHits })), 'bar alt')}</section>
  <section class="card"><h2>Bài được trích nhiều nhất</h2>${barList('Bài được trích', d.topCited.map((c) => ({ label: c.title, value: c.count })))}</section>
  <section class="card"><h2>Câu hỏi chưa trả lời được</h2>${barList('Nhóm câu hỏi chưa trả lời', d.unanswered.map((g) => ({ label: g.label, value: g.people })), () => 'bar bad')}
    <p><a href="/admin/unanswered${queryString(range)}">Xem tất cả nhóm</a></p></section>
  <section class="card"><h2>Chi phí mô hình mỗi ngày (USD)</h2>${columnChart('Chi phí mô hình ước tính mỗi ngày', d.days.map((x) => ({ label: x.day, value: Math.round(x.costUsd * 10000) / 10000 })), 'bar alt')}</section>
  <section class="card"><h2>Thời gian trả lời p95 (ms)</h2>${lineChart('p95 thời gian trả lời mỗi ngày', d.days.filter((x) => x.total > 0).map((x) => ({ label: x.day, value: x.p95TotalMs })), '')}</section>
</div>`,
  });
}
