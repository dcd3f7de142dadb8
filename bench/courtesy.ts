/**
 * Whether what residents wrap a question in changes its answer: greetings, thanks, requests, vocatives and typed forms
 * (list marks, quotes, capitals) in eval/courtesy-wrappers.json, or with --wrappers eval/story-wrappers.json the
 * situations they tell first. Each question of the given sets (the kinds typed without a story: plain, paraphrase, no
 * diacritics, teencode, abbreviations, typos) is asked alone and wrapped in each wrapper, and a wrapped answer counts
 * as changed when its status or its first cited paragraph differs, and as lost when the question alone is answered
 * right (its gold paragraph first, answered, its key fact quoted) and wrapped is not: a change may also be a gain.
 * Prints both shares for the tuning and the checking wrappers.
 *   npx tsx bench/courtesy.ts [--sample 150] [--seed 7] [--wrappers FILE] eval/A-tune.jsonl …   (default: every eval/*-tune.jsonl)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { option, probeCases, probeEngine, shuffled } from './answer-probe.js';

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => Number(option(args, name, String(fallback)));
const flagValues = new Set(['--sample', '--seed', '--wrappers'].flatMap((f) => { const i = args.indexOf(f); return i >= 0 ? [i + 1] : []; }));
const named = args.filter((a, i) => !a.startsWith('--') && !flagValues.has(i));
const files = named.length > 0 ? named : readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort().map((f) => join('eval', f));
const questions = probeCases(files);
const sample = shuffled(questions, num('seed', 7)).slice(0, num('sample', 150));
const wrappers = JSON.parse(readFileSync(option(args, 'wrappers', 'eval/courtesy-wrappers.json'), 'utf8')) as Record<string, unknown>;

const { judged, close } = await probeEngine();
const alone = new Map<string, { outcome: string; right: boolean }>();
for (const c of sample) alone.set(c.q, await judged(c.q, c));
for (const [name, list] of Object.entries(wrappers).filter((e): e is [string, string[]] => Array.isArray(e[1]))) {
  const rows = [];
  let changed = 0;
  let lost = 0;
  for (const wrapper of list) {
    let n = 0;
    let wrong = 0;
    for (const c of sample) {
      const asked = alone.get(c.q)!;
      const wrapped = await judged(wrap(wrapper, c.q), c);
      if (wrapped.outcome !== asked.outcome) n++;
      if (asked.right && !wrapped.right) wrong++;
    }
    changed += n;
    lost += wrong;
    rows.push({ wrapper, changed: n, lost: wrong });
  }
  const all = list.length * sample.length;
  console.log(`${name} wrappers (${list.length} × ${sample.length} questions):`);
  console.table(rows);
  console.log(`changed: ${changed} of ${all} (${(changed / all).toFixed(3)}); lost: ${lost} (${(lost / all).toFixed(3)}), right alone and not wrapped\n`);
}
close();

/** The wrapped question: {q} the question, {Q} it in capitals, {core} it without its closing "?", {mark} that "?" when it had one. */
function wrap(wrapper: string, q: string): string {
  const mark = /\?\s*$/.test(q) ? '?' : '';
  return wrapper.replace('{q}', q).replace('{Q}', q.toUpperCase()).replace('{core}', q.replace(/\?\s*$/, '')).replace('{mark}', mark);
}
