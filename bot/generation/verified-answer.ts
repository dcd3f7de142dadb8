import type { Citation } from '../../core/answer-result.js';
import type { RemovedSentence } from '../../core/answer-result.js';
import type { GenerationPassage } from './generator.js';
import { CitationNumbering } from './citation-numbering.js';
import { checkSentence } from './verify-sentence.js';
import type { SentenceContext } from './verify-sentence.js';

/**
 * Accumulates verified sentences in order. Uncited notices ("Các bài viết không nêu …") are held back until a
 * cited sentence is kept, so a reply made only of notices is never shown: it is a no_answer.
 */
export class VerifiedAnswer {
  private readonly numbering: CitationNumbering;
  private readonly kept: string[] = [];
  private readonly held: string[] = [];
  private readonly removedList: RemovedSentence[] = [];
  private cited = false;

  constructor(private readonly ctx: SentenceContext, passages: readonly GenerationPassage[]) {
    this.numbering = new CitationNumbering(new Map(passages.map((p) => [p.n, p])));
  }

  /** Checks one sentence; returns the lines that became final (renumbered, links restored), possibly none. */
  add(sentence: string): string[] {
    const outcome = checkSentence(sentence, this.ctx);
    if (outcome.kind === 'removed') {
      this.removedList.push(outcome.removed);
      return [];
    }
    if (outcome.kind === 'notice') {
      if (!this.cited) {
        this.held.push(outcome.text);
        return [];
      }
      this.kept.push(outcome.text);
      return [outcome.text];
    }
    const line = this.numbering.renumber(outcome.text);
    const lines = [...this.held.splice(0), line];
    this.cited = true;
    this.kept.push(...lines);
    return lines;
  }

  get lines(): readonly string[] {
    return this.kept;
  }

  get citations(): readonly Citation[] {
    return this.numbering.citations;
  }

  get removed(): readonly RemovedSentence[] {
    return this.removedList;
  }

  get hasCitedSentence(): boolean {
    return this.cited;
  }
}
