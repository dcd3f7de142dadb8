import type { CuratedAnswer, TurnRow } from '../../store/log-store.js';
import type { AdminSession } from '../auth/admin-session.js';
import type { ArticleDetail } from '../ports.js';
import { CHANNEL_LABELS, feedbackLabel, formatDate, formatTime, statusLabel } from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout } from './layout.js';

export interface TurnPageInput {
  readonly session: AdminSession;
  readonly turn: TurnRow;
  readonly conversation: readonly TurnRow[];
  readonly articles: readonly ArticleDetail[];
  readonly curated?: CuratedAnswer;
  readonly notice?: string;
}

type Block = ArticleDetail['blocks'][number];

function block(b: Block, cited: ReadonlySet<string>): SafeHtml {
  if (b.heading) return html`<h4>${b.heading}</h4>`;
  const isCited = b.paragraphId !== undefined && cited.has(b.paragraphId);
  return html`<p class="${isCited ? 'para cited' : 'para'}">${b.text}</p>`;
}

/**
 * Each cited article: its cited paragraphs highlighted among their neighbours (one before, one after, and the
 * nearest heading), so the reviewer judges the answer against its source; the whole article folds out below.
 */
function citedArticle(article: ArticleDetail, cited: ReadonlySet<string>): SafeHtml {
  const hits = article.blocks.flatMap((b, i) => (b.paragraphId && cited.has(b.paragraphId) ? [i] : []));
  const keep = new Set<number>();
  for (const i of hits) {
    for (let j = i - 1; j <= i + 1; j++) if (j >= 0 && j < article.blocks.length) keep.add(j);
    let heading = i - 1;
    while (heading >= 0 && !article.blocks[heading]!.heading) heading--;
    if (heading >= 0) keep.add(heading);
  }
  const excerpt = [...keep].sort((a, b) => a - b).map((i, n, all) => html`${n > 0 && i > all[n - 1]! + 1 ? html`<p class="gap">…</p>` : ''}${block(article.blocks[i]!, cited)}`);
  return html`<div class="article">
  <p class="article-title"><strong>${article.title}</strong> <span class="muted">${article.publication}${article.date ? ` · ${formatDate(article.date)}` : ''}</span></p>
  <div class="article-excerpt">${excerpt}</div>
  <details><summary>Xem cả bài (${article.paragraphs} đoạn)</summary><div class="article-body">${article.blocks.map((b) => block(b, cited))}</div></details>
</div>`;
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
  const missing = [...new Set(t.citations.map((c) => c.articleId))].filter((id) => !o.articles.some((a) => a.id === id));
  return layout({
    title: 'Chi tiết lượt hỏi', session: o.session, active: 'logs',
    body: html`<p><a href="/admin/logs">← Nhật ký</a></p>
<h1>Chi tiết lượt hỏi</h1>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
<div class="grid-2">
<section class="card">
  <dl class="facts">
    <dt>Thời gian</dt><dd>${formatTime(t.createdAt)}</dd>
    <dt>Kênh</dt><dd>${CHANNEL_LABELS[t.channel] ?? t.channel}</dd>
    <dt>Trạng thái</dt><dd><span class="badge badge-${t.status}">${statusLabel(t.status)}</span></dd>
    <dt>Đánh giá của người hỏi</dt><dd>${feedbackLabel(t.feedback) || 'Chưa có'}</dd>
    <dt>Thời gian xử lý</dt><dd>${Math.round(t.timings.totalMs)} ms${t.timings.retrievalMs !== undefined ? ` (tìm kiếm ${Math.round(t.timings.retrievalMs)} ms)` : ''}</dd>
    <dt>Mô hình</dt><dd>${t.model}</dd>
    ${t.usage?.removed?.length ? html`<dt>Kiểm chứng đã bỏ</dt><dd>${t.usage.removed.map((r) => `«${r.sentence}» (${r.reason})`).join('; ')}</dd>` : ''}
    ${t.usage ? html`<dt>Token, chi phí</dt><dd>${t.usage.promptTokens} vào / ${t.usage.completionTokens} ra${t.usage.costUsd !== undefined ? ` · ~$${t.usage.costUsd.toFixed(5)}` : ''}</dd>` : ''}
  </dl>
  <h2>Câu hỏi</h2><p class="quote" id="turn-question">${t.question}</p>
  ${t.rewrite ? html`<h2>Câu hỏi sau khi viết lại</h2><p class="quote">${t.rewrite}</p>` : ''}
  <h2>Câu trả lời của trợ lý</h2><p class="quote answer">${t.answer}</p>
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
<section class="card">
  <h2>Đoạn được trích trong bài</h2>
  ${o.articles.length ? o.articles.map((a) => citedArticle(a, cited)) : html`<p class="muted">Câu trả lời không trích bài nào.</p>`}
  ${missing.length ? html`<p class="muted">Không còn tìm thấy bài: ${missing.join(', ')}</p>` : ''}
</section>
<section class="card">
  <h2>Cả cuộc trò chuyện</h2>
  ${conversationView(o.conversation, t.turnId)}
</section>`,
  });
}
