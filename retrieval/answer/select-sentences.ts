import type { Passage } from '../corpus/passages.js';
import type { PreparedQuery } from '../query.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import { fieldTerms } from '../sparse/terms.js';
import { focusTerms } from './coverage.js';
import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { QuestionType } from '../../core/answer-result.js';
import { readFigureAsk, sentenceFigures, sentenceFits, speaksOfNowOf, statesNewFigureOf, type SentenceFigures } from './question-type.js';
import { splitSentences } from './sentences.js';

export interface ScoredPassage {
  readonly passage: Passage;
  /** Fused retrieval score; only its ratio to the best one matters here. */
  readonly score: number;
}

export interface SelectedSentence {
  readonly passage: Passage;
  readonly text: string;
  /** idf-weighted share of the question found in this sentence, 0..1. */
  readonly coverage: number;
  /** Whether it holds the kind of fact asked for (a figure for "bao nhiêu"...). */
  readonly fits: boolean;
}

export interface SelectOptions {
  readonly query: PreparedQuery;
  readonly type: QuestionType;
  readonly hits: readonly ScoredPassage[];
  readonly sparse: SparseIndex;
  /** At most this many sentences. */
  readonly max: number;
  /** Passages scoring under this share of the best are not quoted. */
  readonly passageFloor: number;
}

/** A passage's sentences with their term sets: the same for every question, so worked out once per passage. */
interface SentenceTerms {
  readonly text: string;
  readonly exact: ReadonlySet<string>;
  readonly folded: ReadonlySet<string>;
  readonly exactPair: ReadonlySet<string>;
  readonly foldedPair: ReadonlySet<string>;
  /** sentenceFits per question type, filled as types are asked. */
  readonly fits: Map<QuestionType, boolean>;
  /** Its figures, read when a figure is first asked. */
  figures?: SentenceFigures;
}

// Keyed by the passage object, so the entries go with the index that holds them.
const sentencesOf = new WeakMap<Passage, readonly SentenceTerms[]>();

function passageSentences(passage: Passage): readonly SentenceTerms[] {
  let sentences = sentencesOf.get(passage);
  if (!sentences) {
    sentences = splitSentences(passage.text).map((text) => {
      const terms = fieldTerms(tokenize(cleanText(text)));
      return { text, exact: new Set(terms.exact), folded: new Set(terms.folded), exactPair: new Set(terms.exactPair),
        foldedPair: new Set(terms.foldedPair), fits: new Map() };
    });
    sentencesOf.set(passage, sentences);
  }
  return sentences;
}

function fitsType(sentence: SentenceTerms, type: QuestionType): boolean {
  let fits = sentence.fits.get(type);
  if (fits === undefined) sentence.fits.set(type, (fits = sentenceFits(type, sentence.text)));
  return fits;
}

function figuresOf(sentence: SentenceTerms): SentenceFigures {
  return (sentence.figures ??= sentenceFigures(sentence.text));
}

const FIT_BONUS = 0.15;
const RANK_PRIOR = 0.1;
const COMPANION_RATIO = 0.8;

/** Picks the sentences that answer the question, best first; pure (the per-passage cache does not change results). */
export function selectSentences(o: SelectOptions): SelectedSentence[] {
  const best = o.hits[0]?.score ?? 0;
  if (best <= 0) return [];
  // Coverage counts the same terms with the same weights as the passage's (focusTerms): function words out, and
  // in a long message the asking sentences only; the story around them helped find the passage, not the sentence.
  const asked = focusTerms(o.query, o.sparse);
  const qUni = [...asked.uni.keys()];
  const qPair = [...asked.pair.keys()];
  const wUni = [...asked.uni.values()];
  const wPair = [...asked.pair.values()];
  const total = wUni.reduce((a, b) => a + b, 0) + wPair.reduce((a, b) => a + b, 0) || 1;

  const figureAsk = o.type === 'figure' ? readFigureAsk(o.query.asked) : undefined;
  const scored: (SelectedSentence & { score: number; index: number })[] = [];
  for (const hit of o.hits) {
    if (hit.score < best * o.passageFloor) continue;
    const sentences = passageSentences(hit.passage);
    for (const [index, sentence] of sentences.entries()) {
      const have = o.query.accented ? sentence.exact : sentence.folded;
      const havePairs = o.query.accented ? sentence.exactPair : sentence.foldedPair;
      let got = 0;
      qUni.forEach((t, i) => (got += have.has(t) ? wUni[i]! : 0));
      qPair.forEach((t, i) => (got += havePairs.has(t) ? wPair[i]! : 0));
      const coverage = got / total;
      // A figure fits as the question asks it (which figures it gives, whether it asks a document's number or now).
      const fits = figureAsk ? statesNewFigureOf(figureAsk, figuresOf(sentence)) && speaksOfNowOf(figureAsk, figuresOf(sentence))
        : fitsType(sentence, o.type);
      const score = coverage + (fits && o.type !== 'other' ? FIT_BONUS : 0) + RANK_PRIOR * (hit.score / best);
      scored.push({ passage: hit.passage, text: sentence.text, coverage, fits, score, index });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0];
  if (!top) return [];
  const chosen = [top];
  for (const s of scored.slice(1)) {
    if (chosen.length >= o.max) break;
    if (s.score < top.score * COMPANION_RATIO) break;
    if (chosen.some((c) => c.text === s.text)) continue;
    chosen.push(s);
  }
  const withNeighbours = addNeighbours(chosen[0]!, o.type, chosen);
  return withNeighbours.map((c) => ({ passage: c.passage, text: c.text, coverage: c.coverage, fits: c.fits }));
}

// A sentence that leans on the one before it: a pronoun or a linking phrase whose subject is there.
const LEANS_BACK = /^(đó là|điều (này|đó)|việc (này|đó)|theo đó|cụ thể|trong đó|ngoài ra|bên cạnh đó|con số (này|đó)|kết quả (này|đó)|nhờ (đó|vậy)|vì vậy|do đó|họ|nó|chúng|những (việc|điều) (này|đó))(?!\p{L})/iu;

/**
 * The best sentence with the neighbour it needs, in reading order: the next one when it is a lead-in ("…như sau:") or
 * does not hold the asked fact while the next one does; the one before when it leans back ("Điều này…", "Theo đó…").
 */
function addNeighbours<T extends SelectedSentence & { index: number }>(top: T, type: QuestionType, chosen: readonly T[]): T[] {
  const sentences = passageSentences(top.passage);
  const at = (index: number): T | undefined => {
    const s = sentences[index];
    if (!s || chosen.some((c) => c.passage === top.passage && c.index === index)) return undefined;
    return { ...top, text: s.text, index, coverage: 0, fits: fitsType(s, type) };
  };
  const next = at(top.index + 1);
  const before = at(top.index - 1);
  const out = [...chosen];
  if (next && (/[:：]$/.test(top.text.trim()) || (type !== 'other' && !top.fits && next.fits))) out.splice(1, 0, next);
  if (before && LEANS_BACK.test(top.text.trim())) out.unshift(before);
  return out;
}
