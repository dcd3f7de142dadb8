import type { CuratedAnswer, LogStore } from '../../core/ports/log-store.js';
import type { PreparedQuery } from '../../retrieval/query.js';
import { questionShape, questionSimilarity, readShape, type QuestionShape } from './question-similarity.js';

export interface CuratedMatch {
  readonly curated: CuratedAnswer;
  readonly similarity: number;
}

export interface CuratedMatcherOptions {
  readonly store: Pick<LogStore, 'listCurated'>;
  readonly threshold: number;
  /** How long the list of curated answers is reused before it is read again. */
  readonly ttlMs?: number;
  readonly now?: () => number;
  /** Retrieval's reading of a question, so a correction is served for the same meaning, not only the same words. */
  readonly read?: (question: string) => PreparedQuery;
}

/** Finds the active curated answer closest to a question, if it is close enough. */
export class CuratedMatcher {
  private cache?: { at: number; entries: { curated: CuratedAnswer; shape: QuestionShape }[] };

  constructor(private readonly o: CuratedMatcherOptions) {}

  async match(question: string): Promise<CuratedMatch | undefined> {
    const entries = await this.entries();
    if (entries.length === 0) return undefined;
    const shape = this.shape(question);
    let best: CuratedMatch | undefined;
    for (const e of entries) {
      const similarity = questionSimilarity(shape, e.shape);
      if (similarity >= this.o.threshold && (!best || similarity > best.similarity)) best = { curated: e.curated, similarity };
    }
    return best;
  }

  private shape(question: string): QuestionShape {
    return this.o.read ? readShape(this.o.read(question)) : questionShape(question);
  }

  /** Forget the cached list (after a correction is written in this process). */
  invalidate(): void {
    this.cache = undefined;
  }

  private async entries() {
    const now = (this.o.now ?? Date.now)();
    if (!this.cache || now - this.cache.at > (this.o.ttlMs ?? 1000)) {
      const active = (await this.o.store.listCurated()).filter((c) => c.status === 'active');
      this.cache = { at: now, entries: active.map((curated) => ({ curated, shape: this.shape(curated.question) })) };
    }
    return this.cache.entries;
  }
}
