import type { RetrievalResult } from '../retriever.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import { passageCoverage } from './coverage.js';
import { classifyQuestion, type QuestionType } from './question-type.js';
import { selectSentences, type SelectedSentence } from './select-sentences.js';

export interface ExtractOptions {
  /** A question is in scope when some top passage covers at least this idf-weighted share of it. */
  readonly minCoverage: number;
  /** The chosen sentence must cover at least this share of the question. */
  readonly minSentenceCoverage: number;
  readonly maxSentences: number;
  readonly passagesConsidered: number;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  minCoverage: 0.25,
  minSentenceCoverage: 0.15,
  maxSentences: 3,
  passagesConsidered: 3,
};

export type Extraction =
  | { readonly status: 'answered'; readonly type: QuestionType; readonly coverage: number;
      readonly sentences: readonly SelectedSentence[];
      /** Set when no chosen sentence holds the kind of fact asked for: the answer says the articles do not tell. */
      readonly missing?: Exclude<QuestionType, 'other'> }
  | { readonly status: 'no_answer'; readonly type: QuestionType; readonly coverage: number };

/** Decides whether the articles answer the question and which of their sentences do; pure. */
export function extractAnswer(
  result: RetrievalResult,
  sparse: SparseIndex,
  options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS,
): Extraction {
  const type = classifyQuestion(result.query.text);
  const top = result.hits.slice(0, options.passagesConsidered);
  let coverage = 0;
  for (const hit of top) coverage = Math.max(coverage, passageCoverage(result.query, sparse, hit.doc));
  if (coverage < options.minCoverage) return { status: 'no_answer', type, coverage };
  const sentences = selectSentences({ query: result.query, type, hits: top, sparse, max: options.maxSentences, passageFloor: 0.6 });
  if (sentences.length === 0 || sentences[0]!.coverage < options.minSentenceCoverage) return { status: 'no_answer', type, coverage };
  const missing = type !== 'other' && !sentences.some((s) => s.fits) ? type : undefined;
  return { status: 'answered', type, coverage, sentences, ...(missing ? { missing } : {}) };
}
