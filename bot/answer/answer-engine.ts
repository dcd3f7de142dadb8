import type { Article } from '../../retrieval/corpus/article.js';
import type { Passage } from '../../retrieval/corpus/passages.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { articlesName } from '../../retrieval/answer/articles-name.js';
import { extractAnswer, DEFAULT_EXTRACT_OPTIONS, type ExtractOptions, type Lacking } from '../../retrieval/answer/extract-answer.js';
import type { SelectedSentence } from '../../retrieval/answer/select-sentences.js';
import { answerParts } from './answer-parts.js';
import { quoteSentences } from './quote-sentences.js';
import { evidenceFirst } from '../../retrieval/answer/evidence-first.js';
import { bestEvidence, evidenceScore } from '../../retrieval/rerank/evidence-score.js';
import type { Retriever, RetrievalResult } from '../../retrieval/retriever.js';
import type { AnswerGenerator, GenerationPassage } from '../generation/generator.js';
import { composeAnswer, type AnswerLine, type SourceLine } from '../../prompts/compose-answer.js';
import { REPLIES } from '../../prompts/replies.js';
import type { AnswerResult, Citation } from '../../core/answer-result.js';
import { readQuestion } from './read-question.js';

export interface AnswerEngineOptions {
  readonly retriever: Retriever;
  readonly articles: readonly Article[];
  readonly maxQuestionChars: number;
  readonly extract?: ExtractOptions;
  readonly now?: () => number;
  /** The model path, when a deployment configures one; the extractive answer is the fallback. */
  readonly generator?: AnswerGenerator;
  /** Whether a message asking several things has each answered alone when the whole is not (default); off for ablation. */
  readonly separate?: boolean;
}

export interface AnswerOptions {
  /** Verified text as the model writes it, for channels that stream. */
  readonly onText?: (delta: string) => void;
}

/** At most this many passages go to the model, and only those close to the best one. */
const GENERATION_PASSAGES = 5;
const GENERATION_FLOOR = 0.5;

const RETRIEVED_SHOWN = 10;

/**
 * What the turn pipeline asks of an engine. The composition root chooses the implementation: the AnswerEngine here,
 * or one that works the answer out on the answer thread (bot/wiring/answer-thread.ts).
 */
export interface Answerer {
  answer(question: string, options?: AnswerOptions): Promise<AnswerResult>;
  /** A paragraph of the serving index as citation number n, with its ordinal in its article (curated answers). */
  citationFor(paragraphId: string, n: number): (Citation & { ordinal: number }) | undefined;
  /** The content hash of an article as indexed now, recorded with each citation. */
  articleVersion(id: string): string | undefined;
}

/** The offline answerer: retrieve, decide whether the articles answer, quote the sentences that do, cite them. */
export class AnswerEngine implements Answerer {
  private readonly articles: ReadonlyMap<string, Article>;
  private readonly passages: ReadonlyMap<string, Passage>;
  private readonly versions: ReadonlyMap<string, string>;
  private readonly now: () => number;

  constructor(private readonly options: AnswerEngineOptions) {
    this.articles = new Map(options.articles.map((a) => [a.id, a]));
    this.passages = new Map(options.retriever.passages.map((p) => [p.paragraphId, p]));
    this.versions = new Map(options.articles.map((a) => [a.id, articleVersion(a)]));
    this.now = options.now ?? (() => performance.now());
  }

  get retriever(): Retriever {
    return this.options.retriever;
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  async answer(raw: unknown, options: AnswerOptions = {}): Promise<AnswerResult> {
    const t0 = this.now();
    const input = readQuestion(raw, this.options.maxQuestionChars);
    if (input.kind !== 'ok') {
      const answer = input.kind === 'empty' ? REPLIES.emptyInput : REPLIES.noWords;
      return { status: 'invalid_input', question: typeof raw === 'string' ? raw : '', answer, citations: [], retrieved: [],
        truncated: false, timings: { retrievalMs: 0, totalMs: this.now() - t0 } };
    }
    const result = await this.options.retriever.search(input.text, RETRIEVED_SHOWN);
    const retrievalMs = this.now() - t0;
    const extraction = extractAnswer(result, this.options.retriever.sparse, this.options.extract ?? DEFAULT_EXTRACT_OPTIONS);
    // The passage the reply quotes first leads the list that is logged and shown (see evidenceFirst).
    const retrieved = evidenceFirst(result.hits, extraction.status === 'no_answer' ? undefined : extraction.sentences[0]?.passage)
      .map((h) => ({ paragraphId: h.passage.paragraphId, score: round(h.score), text: h.passage.text }));
    const prefix = input.truncated ? `${REPLIES.truncated(this.options.maxQuestionChars)}\n` : '';
    // Fields written out rather than spread from a shared base: the spreads showed as 5 % of an answer's CPU (Node 20).
    const question = input.text;
    const questionType = extraction.type;
    const coverage = round(extraction.coverage);
    const truncated = input.truncated;
    if (extraction.status !== 'answered' && this.options.separate !== false) {
      // Two questions in one message, one the articles do not answer, are not refused together: each is answered alone.
      const each = await this.answerEach(question, { prefix, t0, retrievalMs, truncated, hits: result.hits });
      if (each) return each;
    }
    if (extraction.status === 'no_answer') {
      return { question, retrieved, questionType, coverage, truncated, status: 'no_answer', answer: prefix + REPLIES.noAnswer, citations: [],
        timings: { retrievalMs, totalMs: this.now() - t0 } };
    }
    const { citations, lines, sources } = this.quote(extraction.sentences);
    if (extraction.status === 'partial') {
      const { unmet } = extraction.lacking;
      const missing = missingSaid(extraction.lacking);
      const labels = unmet?.map((u) => u.label);
      const named = labels !== undefined && labels.some((l) => articlesName(l, this.options.retriever.sparse));
      const lead = REPLIES.partialLead({ ...(missing ? { missing } : {}), ...(labels ? { unmet: labels, named } : {}) });
      // Never handed to a model: it would be asked to answer what the articles were just found not to say.
      return { question, retrieved, questionType, coverage, truncated, status: 'partial', answer: prefix + composeAnswer({ lead, lines, sources }),
        citations, mode: 'extractive', timings: { retrievalMs, totalMs: this.now() - t0 } };
    }
    const answer = prefix + composeAnswer({ lines, sources, ...(extraction.noSteps ? { notices: [REPLIES.missing.steps] } : {}) });
    const extractive: AnswerResult = { question, retrieved, questionType, coverage, truncated, status: 'answered', answer, citations,
      mode: 'extractive', timings: { retrievalMs, totalMs: this.now() - t0 } };
    if (!this.options.generator) return extractive;
    return this.generate(input.text, result.hits, extractive, prefix, options, t0);
  }

  /** The model's verified answer from the top passages; the extractive one, with the reason, when the model fails. */
  private async generate(question: string, hits: RetrievalResult['hits'], extractive: AnswerResult, prefix: string,
    options: AnswerOptions, t0: number): Promise<AnswerResult> {
    // On the evidence before the learned-association rerank's share, as the answer check weighs it (evidence-score.ts).
    const best = bestEvidence(hits);
    const passages: GenerationPassage[] = hits.filter((h) => evidenceScore(h) >= best * GENERATION_FLOOR).slice(0, GENERATION_PASSAGES).map((h, i) => {
      const a = this.articles.get(h.passage.articleId);
      return { n: i + 1, paragraphId: h.passage.paragraphId, articleId: h.passage.articleId, title: a?.title ?? h.passage.articleId,
        publication: a?.publication ?? '', date: a?.date ?? null, ordinal: h.passage.ordinal, text: h.passage.text };
    });
    try {
      const g = await this.options.generator!.generate({ question, passages, ...(options.onText ? { onText: options.onText } : {}) });
      const timings = { retrievalMs: extractive.timings.retrievalMs, totalMs: this.now() - t0 };
      if (g.status === 'no_answer') {
        return { ...extractive, status: 'no_answer', answer: prefix + REPLIES.noAnswer, citations: [], mode: 'generated', model: g.model,
          usage: g.usage, removed: g.removed, timings };
      }
      return { ...extractive, answer: prefix + g.answer, citations: g.citations, mode: 'generated', model: g.model, usage: g.usage,
        removed: g.removed, timings };
    } catch (err) {
      return { ...extractive, fallbackReason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
  }

  /**
   * A message asking several things, each asked alone (see answerParts): the sentences that answer, and a word on each
   * question the articles do not answer. Undefined when none is answered: the whole message's reply stands. Kept
   * extractive: a model would be handed a question the articles were just found not to answer.
   */
  private async answerEach(text: string, whole: { prefix: string; t0: number; retrievalMs: number; truncated: boolean;
    hits: RetrievalResult['hits'] }): Promise<AnswerResult | undefined> {
    const started = this.now();
    const parts = await answerParts(text, { retriever: this.options.retriever, extract: this.options.extract ?? DEFAULT_EXTRACT_OPTIONS,
      wholeHits: whole.hits, shown: RETRIEVED_SHOWN });
    if (!parts) return undefined;
    const { citations, lines, sources } = this.quote(parts.sentences);
    // The list logged and shown is the first answered question's, led by the passage quoted first.
    const retrieved = evidenceFirst(parts.first.result.hits, parts.sentences[0]?.passage)
      .map((h) => ({ paragraphId: h.passage.paragraphId, score: round(h.score), text: h.passage.text }));
    return { question: text, retrieved, questionType: parts.first.extraction.type, coverage: round(parts.first.extraction.coverage),
      truncated: whole.truncated, status: 'answered', answer: whole.prefix + composeAnswer({ lines, sources, notices: parts.notices }),
      citations, mode: 'extractive', timings: { retrievalMs: whole.retrievalMs + (this.now() - started), totalMs: this.now() - whole.t0 } };
  }

  /** The quoted sentences as numbered lines, with their citations and source lines (one per paragraph). */
  private quote(sentences: readonly SelectedSentence[]): { citations: Citation[]; lines: AnswerLine[]; sources: SourceLine[] } {
    return quoteSentences(sentences, (id) => this.articles.get(id), (paragraphId) => this.ordinal(paragraphId));
  }

  /** The content hash of an article as indexed now (see articleVersion). */
  articleVersion(id: string): string | undefined {
    return this.versions.get(id);
  }

  /** The citation for a paragraph as indexed now, or undefined when the paragraph no longer exists. */
  citationFor(paragraphId: string, n: number): (Citation & { ordinal: number }) | undefined {
    const p = this.passages.get(paragraphId);
    if (!p) return undefined;
    const a = this.articles.get(p.articleId);
    return { n, paragraphId, articleId: p.articleId, title: a?.title ?? p.articleId, publication: a?.publication ?? '',
      date: a?.date ?? null, text: p.text, ordinal: p.ordinal };
  }

  private ordinal(paragraphId: string): number {
    return this.passages.get(paragraphId)?.ordinal ?? 0;
  }
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** What a partial reply says first that the articles do not give, when it is more than the constraints unmet. */
function missingSaid(lacking: Lacking): string | undefined {
  if (lacking.reached) return REPLIES.goalOnly;
  if (lacking.present) return REPLIES.stillNow;
  if (lacking.decided) return REPLIES.notDecided;
  if (lacking.next) return REPLIES.nextEvent;
  return lacking.kind ? REPLIES.missing[lacking.kind] : undefined;
}
