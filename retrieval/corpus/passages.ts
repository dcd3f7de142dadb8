import { createHash } from 'node:crypto';
import { foldDiacritics } from '../text/normalize.js';
import type { Article } from './article.js';

/** One citable paragraph. */
export interface Passage {
  /** `${articleId}:${hash}`: depends only on the article id and the paragraph's own text, so it survives re-indexing. */
  readonly paragraphId: string;
  readonly articleId: string;
  /** 1-based position among the article's paragraphs, for "đoạn 3" in citations. */
  readonly ordinal: number;
  /** The section heading above the paragraph, if any. */
  readonly heading?: string;
  readonly text: string;
}

const textKey = (text: string): string => foldDiacritics(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Splits articles into passages. Ids hash the paragraph text (case, spacing and punctuation aside), so editing
 * one paragraph changes only that paragraph's id; a repeated paragraph within an article gets a "-2" suffix.
 */
export function articlePassages(article: Article): Passage[] {
  const passages: Passage[] = [];
  const used = new Map<string, number>();
  let heading: string | undefined;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      heading = block.text;
      continue;
    }
    const hash = createHash('sha256').update(textKey(block.text)).digest('hex').slice(0, 10);
    const seen = (used.get(hash) ?? 0) + 1;
    used.set(hash, seen);
    passages.push({
      paragraphId: `${article.id}:${hash}${seen > 1 ? `-${seen}` : ''}`,
      articleId: article.id,
      ordinal: passages.length + 1,
      ...(heading ? { heading } : {}),
      text: block.text,
    });
  }
  return passages;
}
