/**
 * What bench/courtesy.ts and bench/retyped.ts share: the development questions they ask (answerable ones of the kinds
 * typed without a story), a sample of them that a seed names, and an engine over the bundled articles in a scratch
 * directory whose answer is summed up as its status and first cited paragraph.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { scoreCase } from '../bot/cli/eval-by-kind.js';

const KINDS = new Set(['plain', 'paraphrase', 'nodiac', 'teencode', 'abbrev', 'typo']);

/** The value after `--name` in the arguments, or the fallback. */
export function option(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
}

/** A development question as the probes ask it, with what a right answer holds. */
export interface ProbeCase {
  readonly q: string;
  readonly gold: readonly string[];
  readonly fact?: string;
}

/** The answerable questions of the files, of the kinds typed without a story, whitespace closed up. */
export function probeCases(files: readonly string[]): ProbeCase[] {
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { q: string; kind?: string; gold?: string[]; fact?: string })
    .filter((r) => KINDS.has(r.kind ?? '') && Array.isArray(r.gold) && r.gold.length > 0)
    .map((r) => ({ q: r.q.replace(/\s+/g, ' ').trim(), gold: r.gold!, ...(r.fact !== undefined ? { fact: r.fact } : {}) })));
}

/** The questions of probeCases, in the same order. */
export function probeQuestions(files: readonly string[]): string[] {
  return probeCases(files).map((c) => c.q);
}

/**
 * An engine over the bundled articles, and what it answers a question: its status and first cited paragraph, and
 * whether the answer is right for a case (its paragraph ranked first, answered, its key fact quoted: as `npm run eval`
 * scores it).
 */
export async function probeEngine(): Promise<{
  outcome: (q: string) => Promise<string>;
  judged: (q: string, c: ProbeCase) => Promise<{ outcome: string; right: boolean }>;
  close: () => void;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'probe-'));
  const { engine } = await openEngine(parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), {});
  const judged = async (q: string, c: ProbeCase): Promise<{ outcome: string; right: boolean }> => {
    const r = await engine.answer(q);
    const o = scoreCase(c, r);
    return { outcome: `${r.status} ${r.citations[0]?.paragraphId ?? ''}`, right: o.rank === 0 && o.status === 'answered' && (c.fact === undefined || o.fact) };
  };
  return {
    outcome: async (q) => (await judged(q, { q, gold: [] })).outcome,
    judged,
    close: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A deterministic shuffle (mulberry32), so a seed names one sample. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
