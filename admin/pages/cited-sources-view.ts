import type { CitedSource } from '../actions/cited-sources.js';
import type { ArticleDetail } from '../../core/ports/admin.js';
import { html, type SafeHtml } from './html.js';
import { formatDate } from './format.js';
import { quotedSentences } from './quoted-sentences.js';

const REMOVED_NOTE: Readonly<Record<NonNullable<CitedSource['removed']>, string>> = {
  replaced: 'Đoạn này đã bị gỡ: bài đã được thay bằng bản mới không còn đoạn này. Đây là nội dung lúc trợ lý trích.',
  deleted: 'Đoạn này đã bị gỡ: bài đã bị xóa khỏi kho. Đây là nội dung lúc trợ lý trích.',
};

const source = (a: ArticleDetail) => `${a.publication}${a.date ? ` · ${formatDate(a.date)}` : ''}`;

/** A cited paragraph beside the answer: its article, heading and text, the sentences the answer quotes marked. */
export function citedSourceView(s: CitedSource, answer: string): SafeHtml {
  if (!s.article || !s.paragraph) {
    return html`<div class="source missing"><p class="source-head"><strong>[${s.n}]</strong> <code>${s.paragraphId}</code></p>
  <p class="muted">Không còn tìm thấy đoạn này trong kho bài viết.</p></div>`;
  }
  const p = s.paragraph;
  const sentences = quotedSentences(p.text, answer).map((x, i) => html`${i > 0 ? ' ' : ''}${x.quoted ? html`<mark>${x.text}</mark>` : x.text}`);
  return html`<div class="source${s.removed ? ' removed' : ''}" id="source-${s.n}">
  <p class="source-head"><strong>[${s.n}] ${s.article.title}</strong> <span class="muted small">${source(s.article)}${p.ordinal ? ` · đoạn ${p.ordinal}` : ''}</span></p>
  ${p.heading ? html`<p class="source-heading">${p.heading}</p>` : ''}
  <blockquote class="para cited">${sentences}</blockquote>
  ${s.removed ? html`<p class="removed-note" role="note">${REMOVED_NOTE[s.removed]}</p>` : ''}
</div>`;
}

/** Every paragraph of an article under its headings (each heading once, where it changes), cited ones marked. */
export function fullArticleView(a: ArticleDetail, cited: ReadonlySet<string>, deleted: boolean): SafeHtml {
  let heading: string | undefined;
  const body = a.blocks.map((b) => {
    const head = b.heading && b.heading !== heading ? html`<h4>${b.heading}</h4>` : '';
    heading = b.heading;
    const isCited = b.paragraphId !== undefined && cited.has(b.paragraphId);
    return html`${head}<p class="${isCited ? 'para cited' : 'para'}">${b.text}</p>`;
  });
  return html`<div class="article">
  <p class="article-title"><strong>${a.title}</strong> <span class="muted">${source(a)}</span></p>
  ${deleted ? html`<p class="removed-note">Bài này đã bị gỡ khỏi kho; dưới đây là bản cuối cùng trước khi gỡ.</p>` : ''}
  <details><summary>Xem cả bài (${a.blocks.length} đoạn)</summary><div class="article-body">${body}</div></details>
</div>`;
}
