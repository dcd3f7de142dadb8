/**
 * Start-up and queries again on a DATA_DIR that bench:scale kept (BENCH_KEEP=1), without rebuilding: the server's
 * start (openEngine) and loadIndex alone, each in a fresh process as bench:scale times them, every pool question asked (times on this thread, R@1), and optionally each
 * question's top ten passage ids written to a file, to check that a change leaves the rankings as they were.
 *   npx tsx bench/scale-reload.ts --root /tmp/bench-scale-XXXX [--passages N] [--top10 out.json] [--repeat 1]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { createHashedNgramEmbedder } from '../retrieval/dense/hashed-ngram-embedder.js';
import { quantile } from './metrics.js';
import { loadBenchPool, type BenchPool } from './pool.js';
import { poolArticles } from './scale-corpus.js';
import { startupInProcess } from './scale-startup.js';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const root = option('--root');
if (!root) throw new Error('--root: the directory bench:scale kept');
const target = Number(option('--passages', '100000'));
const repeat = Number(option('--repeat', '1'));
const top10File = option('--top10');
const benchDir = option('--bench-dir', join(import.meta.dirname, '..', '..', 'shared', 'bench'))!;
// The same sets, in the same order, as bench/scale.ts.
const SETS = ['xquad.vi.json', 'mlqa-r.dev.vi.json', 'moh-dvc-faq.vi.passages.jsonl', 'alqac22-23.vi.passages.jsonl',
  'uit-vicov19qa.vi.passages.jsonl'];
const full = loadBenchPool(SETS.map((f) => join(benchDir, f)));
const pool: BenchPool = target >= full.passages.length ? full
  : { passages: full.passages.slice(0, target), questions: full.questions.filter((q) => q.gold.every((g) => g < target)) };
const { poolPositions } = poolArticles(pool);

const env = { DATA_DIR: join(root, 'data'), CORPUS_DIR: join(root, 'no-bundled-corpus'), LOG_LEVEL: 'warn', OPENAI_API_KEY: '' };
const config = parseConfig(env);
const embedder = createHashedNgramEmbedder();

// Start-up as bench:scale times it, each in a process of its own; then this process opens the engine to ask.
const startup = await startupInProcess(env);
const indexLoad = await startupInProcess(env, true);
const opened = await openEngine(config, { embedder });
if (opened.index.rebuiltBecause) throw new Error(`the saved index was not reused: ${opened.index.rebuiltBecause}`);

const retriever = opened.engine.retriever;
const times: number[] = [];
const cpu: number[] = [];
const tops: string[][] = [];
let found = 0;
for (let r = 0; r < repeat; r++) {
  for (const q of pool.questions) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { hits } = await retriever.search(q.question, top10File ? 10 : 1);
    cpu.push(cpuMs(c0));
    times.push(performance.now() - t0);
    if (r > 0) continue;
    if (top10File) tops.push(hits.map((h) => h.passage.paragraphId));
    const top = hits[0]?.passage;
    const at = top ? poolPositions.get(top.articleId)?.[top.ordinal - 1] : undefined;
    if (at !== undefined && q.gold.includes(at)) found++;
  }
}
if (top10File) writeFileSync(top10File, JSON.stringify(tops));
console.log(JSON.stringify({ passages: opened.index.passages.length, startup_ms: startup.ms, startup_cpu_ms: startup.cpu_ms,
  index_load_ms: indexLoad.ms, index_load_cpu_ms: indexLoad.cpu_ms, query_ms_p50: round3(quantile(times, 0.5)),
  query_ms_p95: round3(quantile(times, 0.95)), query_cpu_ms_p95: round3(quantile(cpu, 0.95)),
  recall_at_1: Math.round((found / Math.max(1, pool.questions.length)) * 10000) / 10000,
  rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20) }));

function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
