/**
 * Whether what residents wrap a question in changes its answer: greetings, thanks, requests, vocatives and typed forms
 * (list marks, quotes, capitals) in eval/courtesy-wrappers.json, or with --wrappers eval/story-wrappers.json the
 * situations they tell first. Each question of the given sets (the kinds typed without a story: plain, paraphrase, no
 * diacritics, teencode, abbreviations, typos) is asked alone and wrapped in each wrapper, and a wrapped answer counts
 * as changed when its status or its first cited paragraph differs. Prints the share changed for the tuning and the
 * checking wrappers.
 *   npx tsx bench/courtesy.ts [--sample 150] [--seed 7] [--wrappers FILE] eval/A-tune.jsonl …   (default: every eval/*-tune.jsonl)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const num = (name: string, fallback: number): number => Number(option(name, String(fallback)));
const flagValues = new Set(['--sample', '--seed', '--wrappers'].flatMap((f) => { const i = args.indexOf(f); return i >= 0 ? [i + 1] : []; }));
const named = args.filter((a, i) => !a.startsWith('--') && !flagValues.has(i));
const files = named.length > 0 ? named : readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort().map((f) => join('eval', f));
const KINDS = new Set(['plain', 'paraphrase', 'nodiac', 'teencode', 'abbrev', 'typo']);
const questions = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { q: string; kind?: string; gold?: unknown[] })
  .filter((r) => KINDS.has(r.kind ?? '') && Array.isArray(r.gold) && r.gold.length > 0).map((r) => r.q.replace(/\s+/g, ' ').trim()));
const sample = shuffled(questions, num('seed', 7)).slice(0, num('sample', 150));
const wrappers = JSON.parse(readFileSync(option('wrappers', 'eval/courtesy-wrappers.json'), 'utf8')) as Record<string, unknown>;

const dataDir = mkdtempSync(join(tmpdir(), 'courtesy-'));
const { engine } = await openEngine(parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), {});
const outcome = async (q: string): Promise<string> => {
  const r = await engine.answer(q);
  return `${r.status} ${r.citations[0]?.paragraphId ?? ''}`;
};
const alone = new Map<string, string>();
for (const q of sample) alone.set(q, await outcome(q));
for (const [name, list] of Object.entries(wrappers).filter((e): e is [string, string[]] => Array.isArray(e[1]))) {
  const rows = [];
  let changed = 0;
  for (const wrapper of list) {
    let n = 0;
    for (const q of sample) if ((await outcome(wrap(wrapper, q))) !== alone.get(q)) n++;
    changed += n;
    rows.push({ wrapper, changed: n });
  }
  console.log(`${name} wrappers (${list.length} × ${sample.length} questions):`);
  console.table(rows);
  console.log(`changed: ${changed} of ${list.length * sample.length} (${(changed / (list.length * sample.length)).toFixed(3)})\n`);
}
rmSync(dataDir, { recursive: true, force: true });

/** The wrapped question: {q} the question, {Q} it in capitals, {core} it without its closing "?", {mark} that "?" when it had one. */
function wrap(wrapper: string, q: string): string {
  const mark = /\?\s*$/.test(q) ? '?' : '';
  return wrapper.replace('{q}', q).replace('{Q}', q.toUpperCase()).replace('{core}', q.replace(/\?\s*$/, '')).replace('{mark}', mark);
}

/** A deterministic shuffle (mulberry32), so a seed names one sample. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
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
