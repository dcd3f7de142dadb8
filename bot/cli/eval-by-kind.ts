import type { AnswerResult } from '../../core/answer-result.js';
import { normalizedText } from './gold-text.js';

/** One labelled question: gold texts of the answering paragraph (none: the articles do not answer it). */
export interface KindCase {
  readonly id?: string;
  readonly kind?: string;
  readonly q: string;
  readonly gold: readonly string[];
  readonly fact?: string;
}

/** What happened to one question; scored the way ../shared/tools/seed-eval.mjs scores (exact NFC substrings). */
export interface CaseOutcome {
  readonly kind: string;
  readonly answerable: boolean;
  /** 0-based rank of the first retrieved paragraph holding a gold text; -1 when none of the ten does. */
  readonly rank: number;
  readonly status: AnswerResult['status'];
  /** The key fact is in a reply whose status is `answered`. */
  readonly fact: boolean;
  /** A cited paragraph holds a gold text. */
  readonly cited: boolean;
}

export interface KindRow {
  readonly kind: string;
  readonly n: number;
  /** Answerable kinds: retrieval and answer shares. Unanswerable ones: refused, partial, and (wrongly) answered. */
  readonly r1?: number;
  readonly r5?: number;
  readonly answered: number;
  readonly fact?: number;
  readonly partial: number;
  readonly refused?: number;
}


export function scoreCase(c: KindCase, r: AnswerResult): CaseOutcome {
  const has = (t: string): boolean => c.gold.some((g) => normalizedText(t).includes(normalizedText(g)));
  const answered = r.status === 'answered';
  return {
    kind: c.kind ?? (c.gold.length ? 'answerable' : 'unanswerable'),
    answerable: c.gold.length > 0,
    rank: r.retrieved.findIndex((p) => has(p.text)),
    status: r.status,
    fact: answered && c.fact !== undefined && normalizedText(r.answer).includes(normalizedText(c.fact)),
    cited: answered && r.citations.some((ct) => has(ct.text)),
  };
}

const share = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

/** One row per kind, answerable kinds first, then an "all" row for each side. */
export function tableByKind(outcomes: readonly CaseOutcome[]): KindRow[] {
  const kinds = new Map<string, CaseOutcome[]>();
  for (const o of outcomes) kinds.set(o.kind, [...(kinds.get(o.kind) ?? []), o]);
  const answerable = [...kinds].filter(([, os]) => os[0]!.answerable);
  const unanswerable = [...kinds].filter(([, os]) => !os[0]!.answerable);
  const rows: KindRow[] = [];
  for (const [kind, os] of [...answerable, ['all answerable', answerable.flatMap(([, os]) => os)] as const]) {
    if (os.length === 0) continue;
    rows.push({ kind, n: os.length, r1: share(os.filter((o) => o.rank === 0).length, os.length),
      r5: share(os.filter((o) => o.rank >= 0 && o.rank < 5).length, os.length),
      answered: share(os.filter((o) => o.status === 'answered').length, os.length),
      fact: share(os.filter((o) => o.fact).length, os.length),
      partial: share(os.filter((o) => o.status === 'partial').length, os.length) });
  }
  for (const [kind, os] of [...unanswerable, ['all unanswerable', unanswerable.flatMap(([, os]) => os)] as const]) {
    if (os.length === 0) continue;
    rows.push({ kind, n: os.length, refused: share(os.filter((o) => o.status === 'no_answer' || o.status === 'invalid_input').length, os.length),
      partial: share(os.filter((o) => o.status === 'partial').length, os.length),
      answered: share(os.filter((o) => o.status === 'answered').length, os.length) });
  }
  return rows;
}
