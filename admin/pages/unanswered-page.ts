import type { AdminSession } from '../auth/admin-session.js';
import type { UnansweredGroup } from '../unanswered-groups.js';
import { html, queryString } from './html.js';
import { layout } from './layout.js';
import { dateField } from './date-field.js';

/** Questions the bot could not answer (or got 👎), grouped by topic, biggest group first. */
export function unansweredPage(o: { session: AdminSession; groups: readonly UnansweredGroup[]; from: string; to: string }): string {
  return layout({
    title: 'Chưa trả lời được', session: o.session, active: 'unanswered',
    body: html`<h1>Câu hỏi chưa trả lời được</h1>
<p class="muted">Các câu không có câu trả lời hoặc bị đánh giá 👎, gộp theo chủ đề gần giống nhau.</p>
<form method="get" action="/admin/unanswered" class="filters">
  ${dateField('from', 'Từ ngày', o.from)}
  ${dateField('to', 'Đến ngày', o.to)}
  <div class="filter-actions"><button type="submit" class="btn">Xem</button></div>
</form>
${o.groups.length ? html`<ol class="groups">${o.groups.map((g) => html`<li class="card group">
  <p class="group-title"><strong>${g.people} người</strong> hỏi về “${g.label}”${g.count !== g.people ? html` <span class="muted">(${g.count} lượt)</span>` : ''}</p>
  <p><a href="/admin/logs${queryString({ q: g.label, from: o.from, to: o.to })}">Xem các lượt hỏi tương tự</a>${g.ids[0] ? html` · <a href="/admin/logs/${encodeURIComponent(g.ids[0])}">Viết câu trả lời cho lượt đầu tiên</a>` : ''}</p>
</li>`)}</ol>` : html`<p class="empty card">Không có câu hỏi nào chưa trả lời được trong khoảng này.</p>`}`,
  });
}
