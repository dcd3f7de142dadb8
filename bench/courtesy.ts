/**
 * Whether what residents wrap a question in changes its answer: greetings, thanks, requests, vocatives and typed forms
 * (list marks, quotes, capitals) in eval/courtesy-wrappers.json, or with --wrappers eval/story-wrappers.json the
 * situations they tell first. Each question of the given sets (the kinds typed without a story: plain, paraphrase, no
 * diacritics, teencode, abbreviations, typos) is asked alone and wrapped in each wrapper, and a wrapped answer counts
 * as changed when its status or its first cited paragraph differs. Prints the share changed for the tuning and the
 * checking wrappers.
 *   npx tsx bench/courtesy.ts [--sample 150] [--seed 7] [--wrappers FILE] eval/A-tune.jsonl …   (default: every eval/*-tune.jsonl)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { option, probeEngine, probeQuestions, shuffled } from './answer-probe.js';

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => Number(option(args, name, String(fallback)));
const flagValues = new Set(['--sample', '--seed', '--wrappers'].flatMap((f) => { const i = args.indexOf(f); return i >= 0 ? [i + 1] : []; }));
const named = args.filter((a, i) => !a.startsWith('--') && !flagValues.has(i));
const files = named.length > 0 ? named : readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort().map((f) => join('eval', f));
const questions = probeQuestions(files);
const sample = shuffled(questions, num('seed', 7)).slice(0, num('sample', 150));
const wrappers = JSON.parse(readFileSync(option(args, 'wrappers', 'eval/courtesy-wrappers.json'), 'utf8')) as Record<string, unknown>;

const { outcome, close } = await probeEngine();
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
close();

/** The wrapped question: {q} the question, {Q} it in capitals, {core} it without its closing "?", {mark} that "?" when it had one. */
function wrap(wrapper: string, q: string): string {
  const mark = /\?\s*$/.test(q) ? '?' : '';
  return wrapper.replace('{q}', q).replace('{Q}', q.toUpperCase()).replace('{core}', q.replace(/\?\s*$/, '')).replace('{mark}', mark);
}
