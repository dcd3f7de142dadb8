import type { Handoff, TurnRow } from '../../core/ports/log-store.js';
import type { AdminSession } from '../auth/admin-session.js';
import type { ReplyWindow } from '../../core/ports/admin.js';
import { channelLabel, formatTime, formatTimeLeft, statusLabel } from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout } from './layout.js';

export interface InboxItem {
  readonly handoff: Handoff;
  readonly window: ReplyWindow;
  /** The conversation so far (the last turns, oldest first): what the resident asked and what the bot answered. */
  readonly turns: readonly TurnRow[];
}

/** The reply window with the time left in it, as of `now`. */
export function windowLabel(w: ReplyWindow, now: Date): string {
  const left = (until: string) => formatTimeLeft(Date.parse(until) - now.getTime());
  switch (w.kind) {
    case 'free': return `Trả lời miễn phí: còn ${left(w.until)} (đến ${formatTime(w.until)})`;
    case 'paid': return `Trả lời có phí (tính theo tin): còn ${left(w.until)} (đến ${formatTime(w.until)})`;
    case 'human_agent': return `Chỉ tư vấn viên trả lời (thẻ HUMAN_AGENT): còn ${left(w.until)} (đến ${formatTime(w.until)})`;
    case 'closed': return 'Đã hết thời hạn: kênh này không cho gửi trả lời';
    case 'unlimited': return 'Không giới hạn thời gian trả lời';
  }
}

const STATUS: Readonly<Record<string, string>> = { open: 'Đang chờ', answered: 'Đã trả lời', closed: 'Đã đóng' };

function conversation(turns: readonly TurnRow[]): SafeHtml {
  if (turns.length === 0) return html`<p class="muted small">Nhật ký không còn lượt hỏi nào của cuộc trò chuyện này.</p>`;
  return html`<details class="handoff-conversation" open><summary>Cuộc trò chuyện đến lúc này (${turns.length} lượt)</summary>
<ol class="conversation">${turns.map((t) => html`<li>
  <div class="msg-user"><span class="bubble">${t.question}</span></div>
  <div class="msg-bot"><span class="bubble">${t.answer}</span><span class="muted small">Trợ lý · ${formatTime(t.createdAt)} · ${statusLabel(t.status)}</span></div>
</li>`)}</ol></details>`;
}

function claimControls(o: { session: AdminSession; handoff: Handoff; accounts: readonly string[] }): SafeHtml {
  const h = o.handoff;
  const id = encodeURIComponent(h.id);
  const mine = h.assignee === o.session.username;
  const free = !h.assignee;
  const admin = o.session.role === 'admin';
  return html`<div class="row claim-row">
  ${free && h.status !== 'closed' ? html`<form method="post" action="/admin/handoffs/${id}/claim" class="inline-form">${csrfField(o.session)}<button type="submit" class="btn">Nhận trả lời</button></form>` : ''}
  ${(mine || (admin && h.assignee)) ? html`<form method="post" action="/admin/handoffs/${id}/release" class="inline-form">${csrfField(o.session)}<button type="submit" class="btn btn-ghost">Bỏ nhận</button></form>` : ''}
  ${admin && h.status !== 'closed' ? html`<form method="post" action="/admin/handoffs/${id}/assign" class="inline-form assign-form">${csrfField(o.session)}
    <label class="small">Giao cho <select name="to">${o.accounts.map((u) => html`<option value="${u}"${u === h.assignee ? html` selected` : ''}>${u}</option>`)}</select></label>
    <button type="submit" class="btn btn-ghost">Giao</button></form>` : ''}
</div>`;
}

function item(o: { session: AdminSession; item: InboxItem; accounts: readonly string[]; now: Date }): SafeHtml {
  const { handoff: h, window: w, turns } = o.item;
  const id = encodeURIComponent(h.id);
  const takenByOther = h.assignee !== undefined && h.assignee !== o.session.username;
  const canReply = w.kind !== 'closed' && h.status !== 'closed' && !takenByOther;
  return html`<article class="card handoff" id="handoff-${h.id}" data-handoff="${h.id}">
  <header class="handoff-head">
    <span class="badge badge-${h.status === 'open' ? 'handoff' : h.status === 'answered' ? 'answered' : 'invalid_input'}">${STATUS[h.status] ?? h.status}</span>
    <span class="channel-name"><strong>${channelLabel(h.channel)}</strong></span>
    <span class="muted">${formatTime(h.createdAt)}</span>
    <span class="window window-${w.kind}">${windowLabel(w, o.now)}</span>
    <span class="assignee ${h.assignee ? 'assignee-set' : 'assignee-none'}">${h.assignee ? `Phụ trách: ${h.assignee}${h.assignee === o.session.username ? ' (bạn)' : ''}` : 'Chưa ai nhận'}</span>
  </header>
  <p class="quote handoff-question"><span class="muted small">Người dân cần gặp người thật:</span><br>${h.question}</p>
  ${conversation(turns)}
  ${h.replies.length ? html`<ol class="replies">${h.replies.map((r) => html`<li class="${r.delivered ? '' : 'failed'}"><span class="bubble">${r.text}</span>
    <span class="muted small">${r.by} · ${formatTime(r.at)} · ${r.delivered ? 'đã gửi' : `không gửi được${r.error ? `: ${r.error}` : ''}`}</span></li>`)}</ol>` : ''}
  ${claimControls({ session: o.session, handoff: h, accounts: o.accounts })}
  <form method="post" action="/admin/handoffs/${id}/reply" class="stack reply-form">
    ${csrfField(o.session)}
    <label>Trả lời người dân <textarea name="text" rows="3" maxlength="2000" required${canReply ? '' : html` disabled`}></textarea></label>
    <div class="row"><button type="submit" class="btn"${canReply ? '' : html` disabled`}>Gửi trả lời</button>
    ${canReply ? (h.assignee ? '' : html`<span class="muted small">Gửi trả lời sẽ nhận người dân này cho bạn.</span>`)
      : html`<span class="muted small">${takenByOther ? `Không thể gửi: ${h.assignee} đang phụ trách.` : 'Không thể gửi: cửa sổ trả lời đã đóng.'}</span>`}</div>
  </form>
  <div class="row">
    <form method="post" action="/admin/handoffs/${id}/curate" class="inline-form">${csrfField(o.session)}
      <button type="submit" class="btn btn-ghost"${h.replies.some((r) => r.delivered) ? '' : html` disabled title="Cần một câu trả lời đã gửi"`}>Lưu câu trả lời đã gửi thành câu trả lời duyệt sẵn</button></form>
    ${h.status !== 'closed' ? html`<form method="post" action="/admin/handoffs/${id}/close" class="inline-form">${csrfField(o.session)}<button type="submit" class="btn btn-ghost">Đóng</button></form>` : ''}
  </div>
</article>`;
}

export interface InboxPageInput {
  readonly session: AdminSession;
  readonly items: readonly InboxItem[];
  readonly showClosed: boolean;
  /** Enabled accounts an admin can assign a resident to. */
  readonly accounts: readonly string[];
  readonly now: Date;
  readonly notice?: string;
  readonly error?: string;
}

export function inboxPage(o: InboxPageInput): string {
  return layout({
    title: 'Hộp thư hỗ trợ', session: o.session, active: 'inbox',
    body: html`<h1>Hộp thư hỗ trợ</h1>
<p class="muted">Người dân muốn gặp người thật. Bấm “Nhận trả lời” để hai người không cùng trả lời một người dân. ${o.showClosed ? html`<a href="/admin/inbox">Ẩn cuộc đã đóng</a>` : html`<a href="/admin/inbox?all=1">Xem cả cuộc đã đóng</a>`}</p>
<div id="inbox-live" class="inbox-live" data-inbox-page="1">
  <button type="button" class="btn btn-ghost" id="notify-enable" hidden>Bật thông báo trên trình duyệt</button>
  <p class="alert alert-ok" id="inbox-new" role="status" hidden></p>
</div>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
${o.error ? html`<p class="alert alert-error" role="alert">${o.error}</p>` : ''}
${o.items.length ? o.items.map((i) => item({ session: o.session, item: i, accounts: o.accounts, now: o.now })) : html`<p class="empty card">Không có cuộc trò chuyện nào đang chờ.</p>`}`,
  });
}
