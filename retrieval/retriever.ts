import type { Embedder } from './dense/embedder.js';
import type { VectorIndex } from './dense/vector-index.js';
import { fuseScores, outsiderCouldRank, type CandidateScores } from './fusion.js';
import { prepareQuery, type PreparedQuery, type QueryReading } from './query.js';
import type { SparseIndex } from './sparse/sparse-index.js';
import { topIndices } from './sparse/top-scores.js';
import { RERANK_DEPTH, WINDOW_LAMBDA, WINDOW_WIDTH } from './rerank/window-mass.js';
import { feedbackTerms, type FeedbackOptions } from './rerank/feedback.js';
import type { AbbreviationExpander } from './text/abbreviations.js';
import type { ChatWordReader } from './text/chat-words.js';
import type { Passage } from './corpus/passages.js';
import { placeFactor, placesIn, pointsToStoryPlace } from './rerank/place-filter.js';
import { withInterviewAnswers } from './answer/interview-answers.js';
import { focusTerms, passageCoverage, type AskedTerms } from './answer/coverage.js';
import { COVERAGE_DEPTH, COVERAGE_LAMBDA, COVERAGE_LAMBDA_JUDGED, coverageLambda, rerankByCoverage } from './rerank/coverage-rerank.js';
import { rerankByAssociation } from './rerank/association-rerank.js';
import { associationWords } from './associations/association-words.js';
import type { SentenceLikelihood } from './associations/sentence-shares.js';
import type { PassageAssociations } from './associations/passage-associations.js';
import { asksWhy, passageGivesReason } from './answer/reason.js';
import { classifyQuestion } from './answer/question-type.js';
import { dotQuery, exactScanPays, exactScores, queryVector, topSimilar, type QueryVector } from './dense/query-vector.js';

const NO_YEARS: readonly string[] = [];

export interface RetrievalHit {
  readonly passage: Passage;
  /** The passage's position in the index. */
  readonly doc: number;
  /** Fused score, higher is better (see fuseScores), with the reranks' additions. */
  readonly score: number;
  /**
   * The score before the learned-association rerank added its share, when it did: the answer check's floors weigh a
   * passage by this, so a passage the fused evidence puts close to the best is still considered (association-rerank.ts).
   */
  readonly fused?: number;
  readonly sparse: number;
  readonly dense: number;
  /** The passage's article title, section heading and year: what it is about, though never quoted. */
  readonly context: string;
  /** The years a paragraph of targets naming none sets them for (see targetYears). */
  readonly frameYears?: readonly string[];
}

export interface RetrievalResult {
  readonly query: PreparedQuery;
  readonly hits: readonly RetrievalHit[];
  /** The asking sentences' terms, weighed once for the coverage rerank and the answerability checks (see focusTerms). */
  readonly asked: AskedTerms;
  /** The coverage of each passage the rerank weighed, by doc, so the checks do not weigh it again. */
  readonly coverage: ReadonlyMap<number, number>;
  /** How likely the question is given a sentence, by the learned sentence associations; absent without them. */
  readonly sentenceLikelihood?: SentenceLikelihood;
}

export interface RetrieverParts {
  readonly passages: readonly Passage[];
  readonly sparse: SparseIndex;
  readonly vectors: readonly Float32Array[];
  readonly vectorIndex: VectorIndex;
  readonly embedder: Embedder;
  readonly abbreviations: AbbreviationExpander;
  /** Question-side reading: official terms beside everyday ones, chat spellings (see QueryReading). */
  readonly paraphrases?: AbbreviationExpander;
  readonly chatWords?: ChatWordReader;
  /** Whether spelling is read against the index, and a long message's context weighed down (both on by default). */
  readonly spelling?: boolean;
  readonly context?: boolean;
  readonly denseWeight: number;
  /** Provinces each passage names, with its article title and heading (see place-filter). */
  readonly passagePlaces: readonly ReadonlySet<string>[];
  /** A passage's title, heading, year and carried frame, for the answerability checks (see createRetriever). */
  readonly passageContext: (doc: number) => string;
  /** The years a paragraph of targets naming none sets them for (see targetYears); none when absent. */
  readonly passageFrameYears?: (doc: number) => readonly string[];
  /** Proximity and feedback settings; the defaults when absent. */
  readonly ranking?: Partial<RankingOptions>;
  /** The learned word associations' log-likelihood of the asked words given a passage (see associations/); none when absent. */
  readonly associations?: PassageAssociations;
}

/**
 * Ranking settings beyond BM25, for measuring (bench/tune-ranking.ts); the defaults are what the product uses.
 * Pseudo-relevance feedback is off: measured on split benchmarks it did not pay (see the README, retrieval benchmark).
 */
export interface RankingOptions {
  readonly windowLambda: number;
  readonly windowWidth: number;
  /** Pseudo-relevance feedback, off when undefined. */
  readonly feedback: FeedbackOptions | undefined;
  /**
   * The coverage rerank of the fused head (see coverage-rerank.ts) where the learned associations do not judge it; off
   * at 0 together with coverageLambdaJudged.
   */
  readonly coverageLambda: number;
  /** The same where the learned associations judge every passage of the head (see COVERAGE_LAMBDA_JUDGED). */
  readonly coverageLambdaJudged: number;
  /** The learned-association rerank of the head (see association-rerank.ts); off at 0. */
  readonly associationLambda: number;
  readonly associationDepth: number;
  readonly associationTemperature: number;
}

/**
 * The learned-association rerank (association-rerank.ts) over the first ten, a passage's share of the likelihood at
 * temperature 2 weighed at half the fused evidence. Session 35 chose these on the tuning halves alone, learning from one
 * half of the sets and ranking the other's tuning halves (sets by other writers): R@1 through the engine 0.918 / 0.903
 * without, 0.928 / 0.921 at temperature 2, 0.927 / 0.916 at 4, 0.923 / 0.915 at 8, 0.921 / 0.908 at 16. At 2 the share
 * often gathers on one passage, so the answer check's floors weigh the score before it (RetrievalHit.fused): without
 * that, "Ông Nguyễn Tiến Sỹ giữ chức vụ gì vậy?" lost the paragraph naming his office and became `partial`. Session 45
 * swept them again on tables of 20 EM rounds, the same way (4,552 questions): weight 0.35 / 0.5 / 0.7 / 1.0 gave R@1
 * 0.9227 / 0.9326 / 0.9334 / 0.9337 and key fact 0.9455 / 0.9457 / 0.9464 / 0.9449; temperature 1.5 / 3 gave 0.9321 /
 * 0.9306; depth 15: 0.9330. Within a few questions of these, so they stand.
 */
const ASSOCIATION_LAMBDA = 0.5;
const ASSOCIATION_DEPTH = 10;
const ASSOCIATION_TEMPERATURE = 2;
export const DEFAULT_RANKING: RankingOptions = { windowLambda: WINDOW_LAMBDA, windowWidth: WINDOW_WIDTH, feedback: undefined,
  coverageLambda: COVERAGE_LAMBDA, coverageLambdaJudged: COVERAGE_LAMBDA_JUDGED, associationLambda: ASSOCIATION_LAMBDA, associationDepth: ASSOCIATION_DEPTH,
  associationTemperature: ASSOCIATION_TEMPERATURE };

const SPARSE_CANDIDATES = 50;
const NO_TIED = new Int32Array(0);
/**
 * What a cause given is worth against the fused score when asked why. Session 13, over every development set: R@1 up
 * one question on two tuning halves and two checking halves, none down; 0.3 lost one on a tuning half. A bonus for
 * such a sentence within the quoted passages changed nothing and is not kept.
 */
const REASON_LAMBDA = 0.2;
const DENSE_CANDIDATES = 10;

/** Hybrid retrieval: BM25 candidates and HNSW neighbours, fused. */
export class Retriever {
  private readonly reading: QueryReading;
  private readonly ranking: RankingOptions;

  constructor(private readonly parts: RetrieverParts) {
    this.ranking = { ...DEFAULT_RANKING, ...parts.ranking };
    const exact = parts.sparse.field('exact');
    const folded = parts.sparse.field('folded');
    const foldedPair = parts.sparse.field('foldedPair');
    const exactPair = parts.sparse.field('exactPair');
    this.reading = {
      abbreviations: parts.abbreviations,
      ...(parts.paraphrases ? { paraphrases: parts.paraphrases } : {}),
      ...(parts.chatWords ? { chatWords: parts.chatWords } : {}),
      ...(parts.context === false ? { context: false } : {}),
      ...(parts.spelling === false ? {} : { vocabulary: {
        hasExact: (k) => exact.termId(k) !== undefined,
        hasFolded: (k) => folded.termId(k) !== undefined,
        hasFoldedPair: (k) => foldedPair.termId(k) !== undefined,
        hasExactPair: (k) => exactPair.termId(k) !== undefined,
      } }),
    };
  }

  get passages(): readonly Passage[] {
    return this.parts.passages;
  }

  get sparse(): SparseIndex {
    return this.parts.sparse;
  }

  prepare(question: string): PreparedQuery {
    return prepareQuery(question, this.reading);
  }

  async search(question: string, k = 10): Promise<RetrievalResult> {
    const query = this.prepare(question);
    const { sparse, vectors, vectorIndex, embedder, passages, denseWeight } = this.parts;
    const { ranked, scores, scoresOf, outside } = this.sparseHead(query);
    boostProximity(sparse, query, ranked, scores, this.ranking.windowLambda, this.ranking.windowWidth);
    // The places the asking sentences name; the story's too when they name none or point to it ("Tôi ở Hải Phòng. Có
    // bao nhiêu dịch vụ công?", "…Ở đây có bao nhiêu…, hay phải lên Hà Nội làm?"): a sender's address before a question
    // about Hà Nội is not what is asked about.
    const focusPlaces = placesIn(query.focus);
    const places = query.focus === query.text || (focusPlaces.size > 0 && !pointsToStoryPlace(query.focus)) ? focusPlaces : placesIn(query.text);
    if (places.size > 0) for (const doc of ranked) scores.set(doc, scores.get(doc)! * placeFactor(places, this.parts.passagePlaces[doc]!));
    const ids = new Set<number>(ranked);
    const depth = Math.max(k, this.ranking.associationDepth);
    let q: QueryVector | undefined;
    let exact: Float64Array | undefined;
    let headDense: ReadonlyMap<number, number> | undefined;
    if (denseWeight > 0 && query.tokens.length > 0) {
      const [qv] = await embedder.embed([query.text]);
      if (qv) {
        q = queryVector(qv);
        // A neighbour from outside the BM25 head brings at most the head's lowest BM25 score and a cosine of 1: where
        // that cannot reach the head's first `depth` as fused, the neighbour search is left out, and the ranking is the
        // same. On the retrieval benchmark it is left out for most questions, the long ones included, whose many
        // dimensions made the scan or the HNSW call a fifth of their time.
        const head = ranked.map((id) => ({ id, sparse: scores.get(id)!, dense: dotQuery(vectors[id]!, q!) }));
        // The head's cosines are the fusion's too: the same sums as the exact scan's (see exactScores).
        headDense = new Map(head.map((h) => [h.id, h.dense]));
        if (outsiderCouldRank(head, outside, denseWeight, depth)) {
          // A small index is scanned exactly: cheaper than the HNSW call there, and never a missed neighbour.
          if (exactScanPays(q, vectors.length)) exact = exactScores(vectors, q);
          const hits = exact ? topSimilar(exact, DENSE_CANDIDATES) : vectorIndex.search(qv, DENSE_CANDIDATES);
          // The graph grows in place when articles are added (appendArticles): a search that began before knows fewer passages.
          for (const hit of hits) if (hit.id < passages.length) ids.add(hit.id);
        }
      }
    }
    // Dense neighbours outside the BM25 head bring their plain BM25 score.
    const others = [...ids].filter((id) => !scores.has(id)).sort((a, b) => a - b);
    scoresOf(others).forEach((s, i) => scores.set(others[i]!, s));
    const candidates: CandidateScores[] = [...ids].map((id) => ({
      id,
      sparse: scores.get(id)!,
      dense: headDense?.get(id) ?? (exact && id < exact.length ? exact[id]! : q ? dotQuery(vectors[id]!, q) : 0),
    }));
    // At least the association rerank's depth, cut to k at the end: the first k do not depend on how many are asked for.
    const fused = fuseScores(candidates, denseWeight).slice(0, depth);
    const asked = focusTerms(query, sparse);
    // Only where the lexicon read something (an everyday phrase, an abbreviation): the rerank gives its wordings their
    // full weight. Elsewhere coverage is a weaker tiebreaker than the fused evidence; where the learned associations
    // judge the head as well, it weighs less (see coverage-rerank.ts).
    const { associations } = this.parts;
    const words = associations ? associationWords(query.named.focus) : [];
    // The asked words the association rerank weighs, found once for it and for the coverage weight; none when it is off.
    const tied = associations && this.ranking.associationLambda > 0 ? associations.tiedWords(words) : NO_TIED;
    const lexiconRead = asked.groups.length > 0;
    // Judged when the association rerank will weigh every passage of the coverage rerank's head.
    const judged = lexiconRead && associations !== undefined && tied.length > 0
      && fused.slice(0, COVERAGE_DEPTH).every((f) => associations.knowsPassage(f.id));
    const lambda = coverageLambda(lexiconRead, judged, this.ranking);
    const coverage = new Map<number, number>();
    const coverageOf = (doc: number): number => {
      let c = coverage.get(doc);
      if (c === undefined) coverage.set(doc, (c = passageCoverage(asked, sparse, query.accented, doc)));
      return c;
    };
    const frameYears = (doc: number): readonly string[] => this.parts.passageFrameYears?.(doc) ?? NO_YEARS;
    const covered = rerankByCoverage(fused.map((f) => ({ passage: passages[f.id]!, doc: f.id, score: f.score, sparse: f.sparse, dense: f.dense,
      context: this.parts.passageContext(f.id), frameYears: frameYears(f.id) })), coverageOf, COVERAGE_DEPTH, lambda);
    // Asked why, a passage that gives a cause ("vì thu nhập thấp", "do nhận thức") goes before one that only names
    // the subject: the same step, a cause given (1) or not (0) in place of coverage (see reason.ts).
    const why = asksWhy(query.asked) && classifyQuestion(query.asked) === 'other';
    const reasoned = why ? rerankByCoverage(covered, (doc) => (passageGivesReason(passages[doc]!) ? 1 : 0), COVERAGE_DEPTH, REASON_LAMBDA) : covered;
    // An interviewer's question is replaced by the reply after it before the associations judge the head: they learned
    // from the replies that answer residents, and it is the reply that is quoted. Session 36, learning from one half of
    // the tuning sets and ranking the other's: R@1 0.919 / 0.928 judged before, 0.922 / 0.927 after.
    const replied = withInterviewAnswers(reasoned, passages, (hit, doc) => ({ ...hit, passage: passages[doc]!, doc, context: this.parts.passageContext(doc),
      frameYears: frameYears(doc) }));
    const sentenceLikelihood = associations?.sentenceLikelihood?.(words);
    return {
      query,
      hits: this.associated(tied, replied).slice(0, k),
      asked,
      coverage,
      ...(sentenceLikelihood ? { sentenceLikelihood } : {}),
    };
  }

  private associated<T extends { readonly doc: number; readonly score: number }>(tied: Int32Array, hits: readonly T[]): readonly T[] {
    const { associations } = this.parts;
    const { associationLambda, associationDepth, associationTemperature } = this.ranking;
    if (!associations || tied.length === 0) return hits;
    return rerankByAssociation(hits, { logLikelihoodOf: (doc) => associations.logLikelihood(tied, doc),
      known: (doc) => associations.knowsPassage(doc), depth: associationDepth, lambda: associationLambda, temperature: associationTemperature });
  }

  /**
   * The SPARSE_CANDIDATES best documents by BM25 with their scores (a map the reranking then adjusts), the BM25 score
   * of any other document, and the most any other document scores (`outside`). Without feedback only the head is
   * scored (SparseIndex.top); feedback needs every score.
   */
  private sparseHead(query: PreparedQuery): { ranked: number[]; scores: Map<number, number>; scoresOf: (docs: readonly number[]) => readonly number[];
    outside: number; } {
    const { sparse } = this.parts;
    const { feedback } = this.ranking;
    if (feedback) {
      const all = sparse.score(query.terms, query.accented, query.weights);
      addFeedback(sparse, query, all, feedback);
      const ranked = topIndices(all, SPARSE_CANDIDATES);
      return { ranked, scores: new Map(ranked.map((d) => [d, all[d]!])), scoresOf: (docs) => docs.map((d) => all[d]!),
        outside: ranked.length === SPARSE_CANDIDATES ? all[ranked[ranked.length - 1]!]! : Number.POSITIVE_INFINITY };
    }
    const top = sparse.top(query.terms, query.accented, SPARSE_CANDIDATES, query.weights);
    // Every part of a score is positive and the head holds every positive score when it is not full: the rest score 0.
    return { ranked: top.docs, scores: new Map(top.docs.map((d, i) => [d, top.scores[i]!])),
      scoresOf: (docs) => [...top.scoresOf(docs)], outside: top.docs.length === SPARSE_CANDIDATES ? top.scores[top.scores.length - 1]! : 0 };
  }
}

/**
 * Adds lambda × window mass to the BM25 head (in place): the answer paragraph tends to hold the question's
 * words close together. Bonuses are non-negative, so documents below the head stay below it.
 */
function boostProximity(sparse: SparseIndex, query: PreparedQuery, ranked: readonly number[], scores: Map<number, number>, lambda: number, width: number): void {
  if (lambda <= 0) return;
  const head = ranked.slice(0, RERANK_DEPTH);
  const masses = sparse.windowMasses(query.terms, query.accented, head, width, query.weights);
  head.forEach((doc, i) => scores.set(doc, scores.get(doc)! + lambda * masses[i]!));
}

/** Adds the feedback query's BM25 scores (see feedbackTerms) into scores, in place. */
function addFeedback(sparse: SparseIndex, query: PreparedQuery, scores: Float64Array, options: FeedbackOptions): void {
  const top = topIndices(scores, options.docs);
  if (top.length === 0) return;
  const field = sparse.field(query.accented ? 'exact' : 'folded');
  const docs = top.map((d) => ({ ids: sparse.documentTermIds(d, query.accented), score: scores[d]! }));
  const chosen = feedbackTerms(docs, (id) => field.idfOf(id), options.terms);
  field.accumulate([...chosen.keys()].map((id) => field.term(id)!), options.weight, scores, [...chosen.values()]);
}
