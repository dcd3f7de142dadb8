/**
 * CPU an offline answer costs, on the seed corpus, for bench:load's questions: what the answer thread spends a turn.
 * Warms up first, then prints each question's mean and the mean of a mixed run (µs of process CPU, one thread).
 * bench:load asks its seven questions over and over, and a message read once is not read again (question-focus.ts), so
 * the run ends with questions asked once each: the tuning halves of the development sets (eval/*-tune.jsonl), longer and
 * more varied, as residents' messages are.
 *   npx tsx bench/answer-cost.ts [--rounds 3500] [--distinct 3000]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { option } from './answer-probe.js';
import { LOAD_QUESTIONS } from './load-questions.js';

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => Number(option(args, name, String(fallback)));
const rounds = num('rounds', 3500);
const distinct = num('distinct', 3000);
const dataDir = mkdtempSync(join(tmpdir(), 'answer-cost-'));
const { engine } = await openEngine(parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), {});
const cpu = (since: NodeJS.CpuUsage): number => { const u = process.cpuUsage(since); return u.user + u.system; };
for (let i = 0; i < 2000; i++) await engine.answer(LOAD_QUESTIONS[i % LOAD_QUESTIONS.length]!);
const rows = [];
for (const q of LOAD_QUESTIONS) {
  const t = process.cpuUsage();
  for (let i = 0; i < 500; i++) await engine.answer(q);
  rows.push({ question: q, 'µs an answer': Math.round(cpu(t) / 500) });
}
const t = process.cpuUsage();
for (let i = 0; i < rounds; i++) await engine.answer(LOAD_QUESTIONS[i % LOAD_QUESTIONS.length]!);
console.table(rows);
console.log(`mixed: ${Math.round(cpu(t) / rounds)} µs an answer over ${rounds} answers`);

const questions = readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort()
  .flatMap((f) => readFileSync(join('eval', f), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { q: string }).q));
const asked = [...new Set(questions)].slice(0, distinct);
const d = process.cpuUsage();
for (const q of asked) await engine.answer(q);
console.log(`asked once each: ${Math.round(cpu(d) / asked.length)} µs an answer over ${asked.length} development questions`);
rmSync(dataDir, { recursive: true, force: true });
