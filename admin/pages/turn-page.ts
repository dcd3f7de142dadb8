import type { CuratedAnswer, TurnRow } from '../../core/ports/log-store.js';
import type { AdminSession } from '../auth/admin-session.js';
import type { TurnSources } from '../actions/cited-sources.js';
import { citedSourceView, fullArticleView } from './cited-sources-view.js';
import { channelLabel, feedbackLabel, formatTime, statusLabel } from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout } from './layout.js';

export interface TurnPageInput {
  readonly session: AdminSession;
  readonly turn: TurnRow;
  readonly conversation: readonly TurnRow[];
  /** The cited paragraphs, resolved in the served articles or in the versions that were replaced or deleted. */
  readonly sources: TurnSources;
  readonly curated?: CuratedAnswer;
  readonly notice?: string;
}

function conversationView(turns: readonly TurnRow[], current: string): SafeHtml {
  return html`<ol class="conversation">${turns.map((t) => html`<li class="${t.turnId === current ? 'current' : ''}">
  <div class="msg-user"><span class="bubble">${t.question}</span></div>
  <div class="msg-bot"><span class="bubble">${t.answer}</span><span class="muted small">${formatTime(t.createdAt)} · ${statusLabel(t.status)}${t.turnId === current ? ' · lượt đang xem' : html` · <a href="/admin/logs/${encodeURIComponent(t.turnId)}">mở</a>`}</span></div>
</li>`)}</ol>`;
}

export function turnPage(o: TurnPageInput): string {
  const t = o.turn;
  const cited = new Set(t.citations.map((c) => c.paragraphId));
  const served = new Set(o.sources.sources.filter((s) => s.removed !== 'deleted' && s.article).map((s) => s.articleId));
  return layout({
    title: 'Chi tiết lượt hỏi', session: o.session, active: 'logs',
    body: html`<p><a href="/admin/logs">← Nhật ký</a></p>
<h1>Chi tiết lượt hỏi</h1>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
<section class="card">
<div class="grid-2 answer-sources">
  <div>
    <h2>Câu hỏi</h2><p class="quote" id="turn-question">${t.question}</p>
    ${t.rewrite ? html`<h2>Câu hỏi sau khi viết lại</h2><p class="quote">${t.rewrite}</p>` : ''}
    <h2>Câu trả lời của trợ lý</h2><p class="quote answer" id="turn-answer">${t.answer}</p>
  </div>
  <div id="cited-sources">
    <h2>Đoạn được trích</h2>
    ${o.sources.sources.length ? o.sources.sources.map((s) => citedSourceView(s, t.answer)) : html`<p class="muted">Câu trả lời không trích đoạn nào.</p>`}
  </div>
</div>
</section>
<div class="grid-2">
<section class="card">
  <dl class="facts">
    <dt>Thời gian</dt><dd>${formatTime(t.createdAt)}</dd>
    <dt>Kênh</dt><dd>${channelLabel(t.channel)}</dd>
    <dt>Trạng thái</dt><dd><span class="badge badge-${t.status}">${statusLabel(t.status)}</span></dd>
    <dt>Đánh giá của người hỏi</dt><dd>${feedbackLabel(t.feedback) || 'Chưa có'}</dd>
    <dt>Thời gian xử lý</dt><dd>${Math.round(t.timings.totalMs)} ms${t.timings.retrievalMs !== undefined ? ` (tìm kiếm ${Math.round(t.timings.retrievalMs)} ms)` : ''}</dd>
    <dt>Mô hình</dt><dd>${t.model}</dd>
    ${t.usage?.removed?.length ? html`<dt>Kiểm chứng đã bỏ</dt><dd>${t.usage.removed.map((r) => `«${r.sentence}» (${r.reason})`).join('; ')}</dd>` : ''}
    ${t.usage ? html`<dt>Token, chi phí</dt><dd>${t.usage.promptTokens} vào / ${t.usage.completionTokens} ra${t.usage.costUsd !== undefined ? ` · ~$${t.usage.costUsd.toFixed(5)}` : ''}</dd>` : ''}
  </dl>
  <h2>Điểm tìm kiếm</h2>
  ${t.retrieved.length ? html`<table class="table compact"><thead><tr><th>Đoạn</th><th>Điểm</th><th>Được trích</th></tr></thead><tbody>${t.retrieved.map((r) => html`<tr><td><code>${r.paragraphId}</code></td><td>${r.score.toFixed(3)}</td><td class="center">${cited.has(r.paragraphId) ? '✓' : ''}</td></tr>`)}</tbody></table>` : html`<p class="muted">Không có đoạn nào được tìm thấy.</p>`}
</section>
<section class="card">
  <h2>Xem xét</h2>
  ${t.review ? html`<p>Đã đánh giá: <strong>${t.review.verdict === 'good' ? 'Tốt' : 'Chưa tốt'}</strong> bởi ${t.review.by} (${formatTime(t.review.at)})${t.review.note ? html`<br><span class="muted">${t.review.note}</span>` : ''}</p>` : ''}
  <form method="post" action="/admin/logs/${encodeURIComponent(t.turnId)}/review" class="stack">
    ${csrfField(o.session)}
    <fieldset class="inline"><legend>Câu trả lời này</legend>
      <label><input type="radio" name="verdict" value="good" required> Tốt</label>
      <label><input type="radio" name="verdict" value="bad"> Chưa tốt</label></fieldset>
    <label>Ghi chú <textarea name="note" rows="2" maxlength="2000"></textarea></label>
    <button type="submit" class="btn">Lưu đánh giá</button>
  </form>
  <h2>Viết câu trả lời đúng</h2>
  ${o.curated ? html`<p class="alert alert-ok">Đã có câu trả lời duyệt sẵn (${o.curated.status === 'active' ? 'đang dùng' : 'cần xem lại'}, ${o.curated.hits} lượt dùng).</p>` : ''}
  <p class="muted small">Câu trả lời này sẽ được dùng lại cho các câu hỏi giống câu hỏi trên.</p>
  <form method="post" action="/admin/logs/${encodeURIComponent(t.turnId)}/correction" class="stack">
    ${csrfField(o.session)}
    <label>Câu trả lời <textarea name="answer" rows="6" required maxlength="10000">${o.curated?.answer ?? t.answer}</textarea></label>
    <button type="submit" class="btn">Lưu thành câu trả lời duyệt sẵn</button>
  </form>
</section>
</div>
${o.sources.articles.length ? html`<section class="card">
  <h2>Bài được trích</h2>
  ${o.sources.articles.map((a) => fullArticleView(a, cited, !served.has(a.id)))}
</section>` : ''}
<section class="card">
  <h2>Cả cuộc trò chuyện</h2>
  ${conversationView(o.conversation, t.turnId)}
</section>`,
  });
}
