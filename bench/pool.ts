import { readFileSync } from 'node:fs';
import { fnv1a } from '../retrieval/dense/hash.js';

/** A benchmark paragraph; title is empty for SQuAD files, whose paragraphs have none of their own. */
export interface BenchPassage {
  readonly text: string;
  readonly title: string;
}

/** A question and the positions of the passages that answer it (any one counts). */
export interface BenchQuestion {
  /** The question's id in its file (SQuAD `id`, JSONL `id`); empty when the file gives none. */
  readonly id: string;
  readonly question: string;
  readonly gold: readonly number[];
}

export interface BenchPool {
  readonly passages: readonly BenchPassage[];
  readonly questions: readonly BenchQuestion[];
}

interface SquadFile {
  data: { paragraphs: { context: string; qas: { id?: string; question: string }[] }[] }[];
}

/**
 * Whether a question belongs to the held-out half: an odd hash of its id (of its text when its file gives no id). A
 * ranking setting is chosen on the other half and checked on this one; the split is the same in every run.
 */
export function isHeldOut(q: Pick<BenchQuestion, 'id' | 'question'>): boolean {
  return (fnv1a(q.id || q.question) & 1) === 1;
}

/**
 * Pools benchmark files into one corpus: SQuAD JSON (identical contexts once), and `X.passages.jsonl` files
 * (`{id, title, text}` a line) with their `X.questions.jsonl` beside them (`{id, question, gold_passage_ids}`).
 */
export function loadBenchPool(files: readonly string[]): BenchPool {
  const passages: BenchPassage[] = [];
  const questions: BenchQuestion[] = [];
  const seenContexts = new Map<string, number>();
  for (const file of files) {
    if (file.endsWith('.passages.jsonl')) addJsonlPair(file, passages, questions);
    else addSquad(file, passages, questions, seenContexts);
  }
  return { passages, questions };
}

function addSquad(file: string, passages: BenchPassage[], questions: BenchQuestion[], seen: Map<string, number>): void {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as SquadFile;
  if (!Array.isArray(parsed.data)) throw new Error(`${file}: not a SQuAD file (no "data" array)`);
  for (const article of parsed.data) {
    for (const p of article.paragraphs) {
      const key = p.context.normalize('NFC');
      let at = seen.get(key);
      if (at === undefined) {
        at = passages.length;
        seen.set(key, at);
        passages.push({ text: p.context, title: '' });
      }
      for (const qa of p.qas) questions.push({ id: qa.id ?? '', question: qa.question, gold: [at] });
    }
  }
}

function addJsonlPair(file: string, passages: BenchPassage[], questions: BenchQuestion[]): void {
  const questionFile = file.replace(/\.passages\.jsonl$/, '.questions.jsonl');
  const byId = new Map<string, number>();
  for (const p of jsonLines<{ id: string; title?: string; text: string }>(file)) {
    if (typeof p.id !== 'string' || typeof p.text !== 'string') throw new Error(`${file}: a line lacks "id" or "text"`);
    if (byId.has(p.id)) throw new Error(`${file}: passage id ${p.id} is repeated`);
    byId.set(p.id, passages.length);
    passages.push({ text: p.text, title: p.title ?? '' });
  }
  for (const q of jsonLines<{ id: string; question: string; gold_passage_ids: string[] }>(questionFile)) {
    if (typeof q.question !== 'string' || !Array.isArray(q.gold_passage_ids)) {
      throw new Error(`${questionFile}: question ${q.id} lacks "question" or "gold_passage_ids"`);
    }
    const gold = q.gold_passage_ids.map((id) => {
      const at = byId.get(id);
      if (at === undefined) throw new Error(`${questionFile}: question ${q.id} names passage ${id}, which ${file} lacks`);
      return at;
    });
    questions.push({ id: typeof q.id === 'string' ? q.id : '', question: q.question, gold });
  }
}

function jsonLines<T>(file: string): T[] {
  const out: T[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
  });
  return out;
}
