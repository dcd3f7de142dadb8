/**
 * What the first residents after a start wait: each run is a fresh Node process that opens the engine over the
 * bundled articles (its index built once into a shared temporary directory first), reads the warm-up messages and the
 * corpus's sentences or not (bot/engine/warm-up.ts, as the server does before it listens when no model is
 * configured), then answers eight development questions, none of them a warm-up message, timing each answer as the
 * first of its kind. Runs with and without the warm-up alternate.
 *   npx tsx bench/cold-start.ts [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { warmUp, warmUpReading } from '../bot/engine/warm-up.js';
import { classifyIntent } from '../bot/conversation/intents.js';
import { option } from './answer-probe.js';
import { quantile } from './metrics.js';

// Of the kinds residents type: marked, unmarked, chat words, greeting around it, a story first, off the articles.
const QUESTIONS = ['Kế hoạch 239 ban hành ngày nào?', 'ai la giam doc so tt&tt ha noi', 'Em chào anh chị ạ, em muốn hỏi tổ công nghệ số cộng đồng làm những việc gì ạ',
  'dịch covid có phải cx là cơ hội cho cđs ko mn', 'Bố tôi năm nay 70 tuổi, không rành điện thoại. Nghe nói có nhóm người đến tận nhà chỉ cách dùng app. Nhóm đó gồm những ai vậy?',
  'Hải Phòng đặt mục tiêu bao nhiêu phần trăm dân số có tài khoản thanh toán điện tử?', 'thu tuc dang ky ket hon online lam the nao', 'giá vàng hôm nay'];

const args = process.argv.slice(2);
const child = option(args, 'child', '');
if (child) {
  const { engine, index } = await openEngine(parseConfig({ DATA_DIR: option(args, 'data', ''), LOG_LEVEL: 'error' }), {});
  const warmMs = child === 'warm' ? (await warmUp((m) => { classifyIntent(m); return engine.answer(m); }, warmUpReading(index.passages))).ms : 0;
  const ms: number[] = [];
  for (const q of QUESTIONS) {
    const t = performance.now();
    classifyIntent(q);
    await engine.answer(q);
    ms.push(performance.now() - t);
  }
  console.log(JSON.stringify({ warmMs, ms }));
} else {
  const runs = Number(option(args, 'runs', '3'));
  const dataDir = mkdtempSync(join(tmpdir(), 'cold-start-'));
  const run = (mode: string): { warmMs: number; ms: number[] } => JSON.parse(execFileSync(process.execPath,
    ['--import', 'tsx', 'bench/cold-start.ts', '--child', mode, '--data', dataDir], { encoding: 'utf8' }).trim().split('\n').pop()!) as { warmMs: number; ms: number[] };
  run('cold'); // builds and saves the index, so that every timed run opens the same saved one
  const results: Record<string, { warmMs: number; ms: number[] }[]> = { cold: [], warm: [] };
  for (let i = 0; i < runs; i++) for (const mode of ['cold', 'warm']) results[mode]!.push(run(mode));
  rmSync(dataDir, { recursive: true, force: true });
  const median = (xs: readonly number[]): number => quantile(xs, 0.5);
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  console.table(QUESTIONS.map((q, i) => ({ question: q.slice(0, 60), 'ms, no warm-up (median)': r1(median(results.cold!.map((r) => r.ms[i]!))),
    'ms, warmed up (median)': r1(median(results.warm!.map((r) => r.ms[i]!))) })));
  const total = (mode: string): number => median(results[mode]!.map((r) => r.ms.reduce((a, b) => a + b, 0)));
  console.log(`${runs} runs each: the ${QUESTIONS.length} first answers took ${r1(total('cold'))} ms without the warm-up, `
    + `${r1(total('warm'))} ms after it; the warm-up itself ${r1(median(results.warm!.map((r) => r.warmMs)))} ms (medians)`);
}
