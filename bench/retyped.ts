/**
 * Whether the way a question is typed changes its answer: each question of a sample (the kinds typed without a story:
 * plain, paraphrase, no diacritics, teencode, abbreviations, typos) is asked as written and retyped each way of
 * bench/retypings.ts (without marks, with a slip, a space left out, abbreviated, a city written joined…), and a
 * retyped answer counts as changed when its status or its first cited paragraph differs. Not every change is a fault
 * (without marks "mấy" is also "máy"), but a way that changes many answers is one residents' typing defeats.
 *   npx tsx bench/retyped.ts [--sample 300] [--seed 7] [--check]
 * The sample is drawn from the tuning halves (eval/*-tune.jsonl), or with --check from the checking halves of the same
 * sets (never tuned on).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { option, probeEngine, probeQuestions, shuffled } from './answer-probe.js';
import { RETYPINGS } from './retypings.js';

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => Number(option(args, name, String(fallback)));
const check = args.includes('--check');
const files = readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort()
  .map((f) => join('eval', check ? f.replace(/-tune\.jsonl$/, '-check.jsonl') : f)).filter((f) => existsSync(f));
const sample = shuffled(probeQuestions(files), num('seed', 7)).slice(0, num('sample', 300));

const { outcome, close } = await probeEngine();
const rows = [];
const asWritten = new Map<string, string>();
for (const q of sample) asWritten.set(q, await outcome(q));
for (const [way, retype] of Object.entries(RETYPINGS)) {
  let retyped = 0;
  let changed = 0;
  for (const q of sample) {
    const r = retype(q);
    if (r === q) continue;
    retyped++;
    if ((await outcome(r)) !== asWritten.get(q)) changed++;
  }
  rows.push({ 'retyped': way, questions: retyped, changed, share: retyped ? Number((changed / retyped).toFixed(3)) : 0 });
}
console.log(`${sample.length} questions of the ${check ? 'checking' : 'tuning'} halves (${files.length} files), each retyped:`);
console.table(rows);
close();
