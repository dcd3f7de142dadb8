import type { Article } from '../../retrieval/corpus/article.js';
import type { Passage } from '../../retrieval/corpus/passages.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { extractAnswer, DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../../retrieval/answer/extract-answer.js';
import type { Retriever } from '../../retrieval/retriever.js';
import { composeAnswer, type AnswerLine, type SourceLine } from '../../prompts/compose-answer.js';
import { REPLIES } from '../../prompts/replies.js';
import type { AnswerResult, Citation } from './answer-result.js';
import { readQuestion } from './read-question.js';

export interface AnswerEngineOptions {
  readonly retriever: Retriever;
  readonly articles: readonly Article[];
  readonly maxQuestionChars: number;
  readonly extract?: ExtractOptions;
  readonly now?: () => number;
}

const RETRIEVED_SHOWN = 10;

/** The offline answerer: retrieve, decide whether the articles answer, quote the sentences that do, cite them. */
export class AnswerEngine {
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

  async answer(raw: unknown): Promise<AnswerResult> {
    const t0 = this.now();
    const input = readQuestion(raw, this.options.maxQuestionChars);
    if (input.kind !== 'ok') {
      const answer = input.kind === 'empty' ? REPLIES.emptyInput : REPLIES.noWords;
      return { status: 'invalid_input', question: typeof raw === 'string' ? raw : '', answer, citations: [], retrieved: [],
        truncated: false, timings: { retrievalMs: 0, totalMs: this.now() - t0 } };
    }
    const result = await this.options.retriever.search(input.text, RETRIEVED_SHOWN);
    const retrievalMs = this.now() - t0;
    const retrieved = result.hits.map((h) => ({ paragraphId: h.passage.paragraphId, score: round(h.score), text: h.passage.text }));
    const extraction = extractAnswer(result, this.options.retriever.sparse, this.options.extract ?? DEFAULT_EXTRACT_OPTIONS);
    const prefix = input.truncated ? `${REPLIES.truncated(this.options.maxQuestionChars)}\n` : '';
    const base = { question: input.text, retrieved, questionType: extraction.type, coverage: round(extraction.coverage),
      truncated: input.truncated };
    if (extraction.status === 'no_answer') {
      return { ...base, status: 'no_answer', answer: prefix + REPLIES.noAnswer, citations: [],
        timings: { retrievalMs, totalMs: this.now() - t0 } };
    }
    const citations: Citation[] = [];
    const lines: AnswerLine[] = [];
    for (const s of extraction.sentences) {
      let c = citations.find((x) => x.paragraphId === s.passage.paragraphId);
      if (!c) {
        const a = this.articles.get(s.passage.articleId);
        c = { n: citations.length + 1, paragraphId: s.passage.paragraphId, articleId: s.passage.articleId,
          title: a?.title ?? s.passage.articleId, publication: a?.publication ?? '', date: a?.date ?? null, text: s.passage.text };
        citations.push(c);
      }
      lines.push({ text: s.text, n: c.n });
    }
    const sources: SourceLine[] = citations.map((c) => ({ n: c.n, title: c.title, publication: c.publication,
      ...(c.date ? { date: c.date } : {}), ordinal: this.ordinal(c.paragraphId) }));
    const notices = extraction.missing ? [REPLIES.missing[extraction.missing]] : [];
    const answer = prefix + composeAnswer({ lines, sources, notices });
    return { ...base, status: 'answered', answer, citations, timings: { retrievalMs, totalMs: this.now() - t0 } };
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
