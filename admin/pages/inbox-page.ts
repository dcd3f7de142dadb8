import type { Handoff } from '../../store/log-store.js';
import type { AdminSession } from '../auth/admin-session.js';
import type { ReplyWindow } from '../ports.js';
import { CHANNEL_LABELS, formatTime } from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout } from './layout.js';

export interface InboxItem {
  readonly handoff: Handoff;
  readonly window: ReplyWindow;
}

export function windowLabel(w: ReplyWindow): string {
  switch (w.kind) {
    case 'free': return `Trả lời miễn phí đến ${formatTime(w.until)}`;
    case 'paid': return `Trả lời có phí (tính theo tin) đến ${formatTime(w.until)}`;
    case 'closed': return 'Đã quá 7 ngày: Zalo không cho gửi trả lời';
    case 'unlimited': return 'Không giới hạn thời gian trả lời';
  }
}

const STATUS: Readonly<Record<string, string>> = { open: 'Đang chờ', answered: 'Đã trả lời', closed: 'Đã đóng' };

function item(session: AdminSession, { handoff: h, window: w }: InboxItem): SafeHtml {
  const id = encodeURIComponent(h.id);
  const canReply = w.kind !== 'closed' && h.status !== 'closed';
  return html`<article class="card handoff" id="handoff-${h.id}">
  <header class="handoff-head">
    <span class="badge badge-${h.status === 'open' ? 'handoff' : h.status === 'answered' ? 'answered' : 'invalid_input'}">${STATUS[h.status] ?? h.status}</span>
    <span class="muted">${CHANNEL_LABELS[h.channel] ?? h.channel} · ${formatTime(h.createdAt)}</span>
    <span class="window window-${w.kind}">${windowLabel(w)}</span>
  </header>
  <p class="quote handoff-question">${h.question}</p>
  ${h.replies.length ? html`<ol class="replies">${h.replies.map((r) => html`<li class="${r.delivered ? '' : 'failed'}"><span class="bubble">${r.text}</span>
    <span class="muted small">${r.by} · ${formatTime(r.at)} · ${r.delivered ? 'đã gửi' : `không gửi được${r.error ? `: ${r.error}` : ''}`}</span></li>`)}</ol>` : ''}
  <form method="post" action="/admin/handoffs/${id}/reply" class="stack reply-form">
    ${csrfField(session)}
    <label>Trả lời người dân <textarea name="text" rows="3" maxlength="2000" required${canReply ? '' : html` disabled`}></textarea></label>
    <div class="row"><button type="submit" class="btn"${canReply ? '' : html` disabled`}>Gửi trả lời</button>
    ${canReply ? '' : html`<span class="muted small">Không thể gửi: cửa sổ trả lời đã đóng.</span>`}</div>
  </form>
  <div class="row">
    <form method="post" action="/admin/handoffs/${id}/curate" class="inline-form">${csrfField(session)}
      <button type="submit" class="btn btn-ghost"${h.replies.some((r) => r.delivered) ? '' : html` disabled title="Cần một câu trả lời đã gửi"`}>Lưu câu trả lời đã gửi thành câu trả lời duyệt sẵn</button></form>
    ${h.status !== 'closed' ? html`<form method="post" action="/admin/handoffs/${id}/close" class="inline-form">${csrfField(session)}<button type="submit" class="btn btn-ghost">Đóng</button></form>` : ''}
  </div>
</article>`;
}

export function inboxPage(o: { session: AdminSession; items: readonly InboxItem[]; showClosed: boolean; notice?: string; error?: string }): string {
  return layout({
    title: 'Hộp thư hỗ trợ', session: o.session, active: 'inbox',
    body: html`<h1>Hộp thư hỗ trợ</h1>
<p class="muted">Người dân muốn gặp người thật. ${o.showClosed ? html`<a href="/admin/inbox">Ẩn cuộc đã đóng</a>` : html`<a href="/admin/inbox?all=1">Xem cả cuộc đã đóng</a>`}</p>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
${o.error ? html`<p class="alert alert-error" role="alert">${o.error}</p>` : ''}
${o.items.length ? o.items.map((i) => item(o.session, i)) : html`<p class="empty card">Không có cuộc trò chuyện nào đang chờ.</p>`}`,
  });
}
