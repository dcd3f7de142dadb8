import type { RemovedSentence } from '../../core/answer-result.js';
import { figures, nameSupported, names, stripMarkers } from './facts.js';
import { foldForMatch } from './text-fold.js';
import { restoreUrls } from './url-tokens.js';
import type { UrlTable } from './url-tokens.js';

/** What a sentence may be checked against: one given passage, links tokenised as the model saw it. */
export interface Evidence {
  readonly n: number;
  /** Folded text, title, publication and date, for names. */
  readonly folded: string;
  /** Figures the passage, its title and its date support. */
  readonly figures: ReadonlySet<string>;
}

export interface SentenceContext {
  readonly evidence: ReadonlyMap<number, Evidence>;
  readonly urls: UrlTable;
  /** Publication names that look like domains (Chinhphu.vn): writing them is not inventing a link. */
  readonly publications: readonly string[];
}

export type SentenceOutcome =
  | { readonly kind: 'cited'; readonly text: string; readonly cited: readonly number[] }
  | { readonly kind: 'notice'; readonly text: string }
  | { readonly kind: 'removed'; readonly removed: RemovedSentence };

const MARKER = /\[([\d,\s]*)\]/g;
// "the articles do not say / mention / give": the one kind of sentence allowed without a citation.
const NOT_COVERED = / (khong|chua) (neu|de cap|noi|cho biet|nhac|co thong tin|ro) /;
const NOTICE_MAX_WORDS = 25;

export function citedNumbers(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(MARKER))
    for (const part of (m[1] ?? '').split(',')) if (part.trim()) out.push(Number(part.trim()));
  return [...new Set(out)];
}

/**
 * Checks one sentence, in this order: every [n] names a given passage; no link the passages did not give; then,
 * with citations, every figure and name is in a cited passage. An uncited sentence is kept only as a notice that
 * the passages do not cover something, and only if it asserts no figure or name of its own.
 */
export function checkSentence(sentence: string, ctx: SentenceContext): SentenceOutcome {
  const removed = (reason: RemovedSentence['reason']): SentenceOutcome => ({ kind: 'removed', removed: { sentence, reason } });
  const cited = citedNumbers(sentence);
  if (cited.some((n) => !ctx.evidence.has(n))) return removed('unknown_citation');
  const restored = restoreUrls(sentence, ctx.urls, ctx.publications);
  if (restored.invented.length) return removed('invented_url');
  const claimedNames = names(sentence).filter((n) => !n.initial || n.text.split(' ').length > 2);
  if (!cited.length) {
    const words = stripMarkers(sentence).split(/\s+/).filter(Boolean).length;
    const notice = NOT_COVERED.test(foldForMatch(sentence)) && words <= NOTICE_MAX_WORDS && !figures(sentence).length
      && !claimedNames.length;
    return notice ? { kind: 'notice', text: restored.text } : removed('no_citation');
  }
  const sources = cited.map((n) => ctx.evidence.get(n)).filter((e): e is Evidence => e !== undefined);
  const figuresOk = figures(sentence).every((f) => sources.some((s) => s.figures.has(f)));
  const namesOk = names(sentence).every((name) => sources.some((s) => nameSupported(name, s.folded)));
  return figuresOk && namesOk ? { kind: 'cited', text: restored.text, cited } : removed('unsupported_fact');
}
