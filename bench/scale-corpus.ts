import type { Article, ArticleBlock } from '../retrieval/corpus/article.js';
import { cleanText } from '../retrieval/text/normalize.js';
import type { BenchPassage, BenchPool } from './pool.js';

/** Passages an article of the scale corpus holds: about as many as a long article or a short law has paragraphs. */
export const PASSAGES_PER_ARTICLE = 10;

/** A benchmark corpus as articles, and where each pool passage landed (article id, 1-based paragraph ordinal). */
export interface ScaleCorpus {
  readonly articles: Article[];
  /** Position in the pool of each article's paragraphs, by article id, in paragraph order. */
  readonly poolPositions: ReadonlyMap<string, readonly number[]>;
}

/** Seeded 32-bit PRNG (mulberry32): the same seed gives the same distractors on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * One paragraph a line, so the article parser keeps each passage whole; a passage's own title becomes its section
 * heading, which the index reads as context exactly as it reads a title.
 */
function blocksOf(passages: readonly BenchPassage[]): ArticleBlock[] {
  return passages.flatMap((p) => [
    ...(p.title ? [{ kind: 'heading' as const, text: cleanText(p.title.replace(/\s+/g, ' ')) }] : []),
    { kind: 'paragraph' as const, text: cleanText(p.text.replace(/\s+/g, ' ')) },
  ]);
}

function article(id: string, title: string, passages: readonly BenchPassage[]): Article {
  return { id, title, publication: 'bench', sourceFile: `${id}.md`, blocks: blocksOf(passages) };
}

/** The pool in articles of PASSAGES_PER_ARTICLE consecutive passages. */
export function poolArticles(pool: BenchPool): ScaleCorpus {
  const articles: Article[] = [];
  const poolPositions = new Map<string, number[]>();
  for (let at = 0, n = 0; at < pool.passages.length; at += PASSAGES_PER_ARTICLE, n++) {
    const id = `bench-${String(n).padStart(5, '0')}`;
    articles.push(article(id, `Tài liệu ${n}`, pool.passages.slice(at, at + PASSAGES_PER_ARTICLE)));
    poolPositions.set(id, Array.from({ length: Math.min(PASSAGES_PER_ARTICLE, pool.passages.length - at) }, (_, i) => at + i));
  }
  return { articles, poolPositions };
}

const SENTENCE_END = /(?<=[.!?;:])\s+|\n+/;

/**
 * `count` passages no question is about: each joins 2–6 sentences drawn (seeded) from the pool passages that no
 * question has as gold, under the title of its first sentence's passage. They share the real passages' vocabulary
 * and style, so they compete for every question without answering it.
 */
export function distractorArticles(pool: BenchPool, count: number, seed: number, idPrefix = 'distractor'): Article[] {
  const gold = new Set(pool.questions.flatMap((q) => q.gold));
  const sentences: { text: string; title: string }[] = [];
  pool.passages.forEach((p, i) => {
    if (gold.has(i)) return;
    for (const s of p.text.split(SENTENCE_END)) if (s.trim().length >= 20) sentences.push({ text: s.trim(), title: p.title });
  });
  if (count > 0 && sentences.length === 0) throw new Error('no unasked passages to draw distractor sentences from');
  const random = mulberry32(seed);
  const pick = (): { text: string; title: string } => sentences[Math.floor(random() * sentences.length)]!;
  const passages: BenchPassage[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick();
    const rest = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick().text);
    passages.push({ title: first.title, text: [first.text, ...rest].join(' ') });
  }
  const articles: Article[] = [];
  for (let at = 0, n = 0; at < passages.length; at += PASSAGES_PER_ARTICLE, n++) {
    articles.push(article(`${idPrefix}-${String(n).padStart(5, '0')}`, `Văn bản tham khảo ${n}`, passages.slice(at, at + PASSAGES_PER_ARTICLE)));
  }
  return articles;
}
