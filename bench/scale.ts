/**
 * Scale benchmark: the five sets of ../shared/bench pooled (8,505 passages, 7,256 questions), plus seeded distractor
 * passages up to --passages N, built by the product's own path (article files under DATA_DIR, openEngine), every
 * question asked. Prints build and start-up times (start-up: openEngine as the server runs it, reading the changed
 * article files and loading the saved index; index_load_ms: loading the index alone), the RSS of the real server
 * (`node --import tsx bot/main.ts`, as npm start runs it, every thread) on that DATA_DIR after a warm-up, query times
 * on this one thread, R@1 on the real pool alone and with the distractors, and the time to add one article of ten
 * passages to the built index (saved in its journal; the start-up that follows loads it). Start-up is timed in a process
 * of its own, as a server starts (bench/scale-startup.ts), and, for comparison with earlier figures, in this one.
 *   npm run --silent bench:scale -- [--json] [--passages 100000] [--seed 1] [--bench-dir ../shared/bench]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../bot/config.js';
import { progressReporter } from '../bot/cli/progress.js';
import { articlesDir, indexDir } from '../bot/engine/data-paths.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { formatArticle } from '../retrieval/corpus/format-article.js';
import { createRetriever } from '../retrieval/create-retriever.js';
import { createHashedNgramEmbedder } from '../retrieval/dense/hashed-ngram-embedder.js';
import { appendArticles } from '../retrieval/index/append-articles.js';
import { openIndex } from '../retrieval/index/open-index.js';
import type { Retriever } from '../retrieval/retriever.js';
import { quantile } from './metrics.js';
import { loadBenchPool, type BenchPool } from './pool.js';
import { distractorArticles, poolArticles, type ScaleCorpus } from './scale-corpus.js';
import { serverRss } from './server-rss.js';
import { startupInProcess } from './scale-startup.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const json = args.includes('--json');
const target = Number(option('--passages', '100000'));
const seed = Number(option('--seed', '1'));
const benchDir = option('--bench-dir', join(import.meta.dirname, '..', '..', 'shared', 'bench'));
const SETS = ['xquad.vi.json', 'mlqa-r.dev.vi.json', 'moh-dvc-faq.vi.passages.jsonl', 'alqac22-23.vi.passages.jsonl',
  'uit-vicov19qa.vi.passages.jsonl'];

const full = loadBenchPool(SETS.map((f) => join(benchDir, f)));
const pool = firstPassages(full, target);
const real = poolArticles(pool);
const embedder = createHashedNgramEmbedder();

// The real pool alone, in memory.
const baseIndex = await openIndex({ articles: real.articles, embedder });
const recallBase = (await recallAt1(pool, real, createRetriever(baseIndex, embedder))).recall;

// The real pool with distractors, as a deployment holds it: article files under DATA_DIR, the index saved beside them.
const root = mkdtempSync(join(tmpdir(), 'bench-scale-'));
// The warm-up asks from one address faster than residents may: the limits are lifted for it.
const env = { DATA_DIR: join(root, 'data'), CORPUS_DIR: join(root, 'no-bundled-corpus'), LOG_LEVEL: 'warn', OPENAI_API_KEY: '',
  RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000' };
const config = parseConfig(env);
try {
  const distractors = distractorArticles(pool, target - pool.passages.length, seed);
  // The added article is made as the distractors are, from the whole pool's unasked passages.
  const [added] = distractorArticles(full, 10, seed + 1, 'added');
  mkdirSync(articlesDir(config), { recursive: true });
  for (const a of [...real.articles, ...distractors]) writeFileSync(join(articlesDir(config), a.sourceFile), formatArticle(a));

  const b0 = performance.now();
  const bc = process.cpuUsage();
  const built = await openEngine(config, { embedder, onProgress: progressReporter('Đang lập chỉ mục') });
  const buildMs = performance.now() - b0;
  const buildCpu = cpuMs(bc);
  if (built.index.passages.length !== target) throw new Error(`built ${built.index.passages.length} passages, expected ${target}`);
  const asked = await recallAt1(pool, real, built.engine.retriever);

  // One more article, added to the built index (and its journal) without rebuilding it, as the server holds it.
  const a0 = performance.now();
  const ac = process.cpuUsage();
  const grown = await appendArticles({ index: built.index, articles: [added!], embedder, dir: indexDir(config) });
  createRetriever(grown, embedder);
  const addMs = performance.now() - a0;
  const addCpu = cpuMs(ac);
  writeFileSync(join(articlesDir(config), added!.sourceFile), formatArticle(added!));

  // Start-up from the saved index as a server does it, in a process of its own: read the article files that changed
  // (the added one), check the manifest, load the index (applying its journal). Then the index alone, again fresh.
  const startup = await startupInProcess(env);
  if (startup.passages !== grown.passages.length) throw new Error('the added article was not saved');
  const indexLoad = await startupInProcess(env, true);
  // The same start in this process, which still holds the built index (what this bench measured until session 8): the
  // heap it holds makes its garbage collection slower than a server's.
  const s0 = performance.now();
  const sc = process.cpuUsage();
  const loaded = await openEngine(config, { embedder });
  const startupSameMs = performance.now() - s0;
  const startupSameCpu = cpuMs(sc);
  if (loaded.index.rebuiltBecause) throw new Error(`the saved index was not reused: ${loaded.index.rebuiltBecause}`);

  // What is known so far, in case the server part fails on a long run.
  console.error(JSON.stringify({ passages: target, build_ms: Math.round(buildMs), build_cpu_ms: Math.round(buildCpu), startup_ms: startup.ms,
    startup_cpu_ms: startup.cpu_ms, index_load_cpu_ms: indexLoad.cpu_ms, recall_at_1_base: recallBase, recall_at_1: asked.recall,
    query_cpu_ms_p95: round3(quantile(asked.cpu, 0.95)), add_article_cpu_ms: Math.round(addCpu) }));
  const server = await serverRss(env, pool.questions.slice(0, 200).map((q) => q.question));
  const result = {
    passages: target,
    build_ms: Math.round(buildMs),
    startup_ms: startup.ms,
    index_load_ms: indexLoad.ms,
    // CPU time beside wall time: on a machine shared with other work, wall time also counts waiting for a core.
    build_cpu_ms: Math.round(buildCpu),
    startup_cpu_ms: startup.cpu_ms,
    index_load_cpu_ms: indexLoad.cpu_ms,
    startup_same_process_ms: Math.round(startupSameMs),
    startup_same_process_cpu_ms: Math.round(startupSameCpu),
    server_ready_ms: server.readyMs,
    rss_mb: server.rssMb,
    query_ms_p50: round3(quantile(asked.times, 0.5)),
    query_ms_p95: round3(quantile(asked.times, 0.95)),
    query_cpu_ms_p50: round3(quantile(asked.cpu, 0.5)),
    query_cpu_ms_p95: round3(quantile(asked.cpu, 0.95)),
    recall_at_1_base: recallBase,
    recall_at_1: asked.recall,
    add_article_ms: Math.round(addMs),
    add_article_cpu_ms: Math.round(addCpu),
  };
  if (json) console.log(JSON.stringify(result));
  else console.table(Object.entries(result).map(([field, value]) => ({ field, value })));
} finally {
  if (!process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true });
  else console.error(`kept ${root}`);
}

/**
 * Below the pool's size, its first n passages and the questions they answer (every gold passage among them): a
 * smaller real corpus, without distractors.
 */
function firstPassages(p: BenchPool, n: number): BenchPool {
  if (!(n > 0)) throw new Error('--passages must be a positive number');
  if (n >= p.passages.length) return p;
  return { passages: p.passages.slice(0, n), questions: p.questions.filter((q) => q.gold.every((g) => g < n)) };
}

/** R@1 over every pool question (any gold passage at rank 1 counts), and each query's time on this thread. */
async function recallAt1(p: BenchPool, corpus: ScaleCorpus, retriever: Retriever): Promise<{ recall: number; times: number[]; cpu: number[] }> {
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (const q of p.questions) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { hits } = await retriever.search(q.question, 1);
    cpu.push(cpuMs(c0));
    times.push(performance.now() - t0);
    const top = hits[0]?.passage;
    const at = top ? corpus.poolPositions.get(top.articleId)?.[top.ordinal - 1] : undefined;
    if (at !== undefined && q.gold.includes(at)) found++;
  }
  return { recall: Math.round((found / Math.max(1, p.questions.length)) * 10000) / 10000, times, cpu };
}

/** CPU time of this process (all its threads) since `from`, in ms: on a shared machine wall time also counts waiting. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
