import type { Citation } from '../../core/answer-result.js';
import type { GenerationPassage } from './generator.js';

const MARKER = /\[([\d,\s]*)\]/g;

/**
 * Renumbers the model's passage numbers into citation numbers in order of first use, as extractive answers do:
 * the first source the reader meets is [1]. Fed sentence by sentence, so numbers never change once shown.
 */
export class CitationNumbering {
  private readonly byPassage = new Map<number, number>();
  private readonly list: Citation[] = [];

  constructor(private readonly passages: ReadonlyMap<number, GenerationPassage>) {}

  /** The sentence with each marker group rewritten to the new numbers, e.g. "[3, 1]" → "[1][2]". */
  renumber(sentence: string): string {
    return sentence.replace(MARKER, (_m, inner: string) => {
      const ns = inner.split(',').map((s) => s.trim()).filter(Boolean).map((s) => this.number(Number(s)));
      return [...new Set(ns)].map((n) => `[${n}]`).join('');
    });
  }

  get citations(): readonly Citation[] {
    return this.list;
  }

  private number(passageN: number): number {
    const known = this.byPassage.get(passageN);
    if (known !== undefined) return known;
    const p = this.passages.get(passageN);
    // checkSentence already removed sentences citing passages that were not given.
    if (!p) throw new Error(`passage ${passageN} was not given`);
    const n = this.list.length + 1;
    this.byPassage.set(passageN, n);
    this.list.push({ n, paragraphId: p.paragraphId, articleId: p.articleId, title: p.title, publication: p.publication,
      date: p.date, text: p.text });
    return n;
  }
}
