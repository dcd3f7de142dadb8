/**
 * Retrieval benchmark: pools the paragraphs of SQuAD-format files and of passages/questions JSONL pairs (give the
 * `X.passages.jsonl`; `X.questions.jsonl` is read beside it) into a corpus built by the product's own pipeline, asks
 * every question and reports recall, MRR, build and query times and memory, with MiniSearch and plain BM25 measured in
 * the same run. A question is found when any of its gold passages comes back. R@1 is also given on each half of the
 * questions (split by a hash of their id, see isHeldOut), the halves bench/tune-ranking.ts tunes and checks on.
 * Query times are taken twice: on the first pass (new questions, after the warm-up a server does before it listens:
 * the corpus's own sentences, retrieval/warm-up-sentences.ts; `--no-warm-up` leaves it out, code not yet optimised)
 * and on a second pass of the same questions (whose readings are memoised), each as wall time and as the CPU time the
 * process spent; on a machine shared with other work only the CPU time says what a question costs.
 *   npm run --silent bench:retrieval -- [--json] [--no-warm-up] FILE [FILE ...]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../retrieval/corpus/article.js';
import { createRetriever } from '../retrieval/create-retriever.js';
import { createHashedNgramEmbedder } from '../retrieval/dense/hashed-ngram-embedder.js';
import { openIndex } from '../retrieval/index/open-index.js';
import { cleanText } from '../retrieval/text/normalize.js';
import { extractAnswer } from '../retrieval/answer/extract-answer.js';
import { evidenceFirst } from '../retrieval/answer/evidence-first.js';
import { warmUpSentences } from '../retrieval/warm-up-sentences.js';
import { quantile, rankMetrics, recallAt1ByHalf } from './metrics.js';
import { miniSearchPeer, plainBm25Peer, type PeerRetriever } from './peers.js';
import { isHeldOut, loadBenchPool } from './pool.js';
import { timedPass, type TimedPass } from './timed-pass.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const warmed = !args.includes('--no-warm-up');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run --silent bench:retrieval -- [--json] [--no-warm-up] FILE.json|X.passages.jsonl [...]');
  process.exit(2);
}

const pool = loadBenchPool(files);
const paragraphs = pool.passages.map((p) => p.text);
// One article per pooled paragraph, so passage i is paragraph i; a JSONL passage's title is its article's title.
const articles: Article[] = pool.passages.map(({ text, title }, i) => ({
  id: `p${i}`,
  title,
  publication: 'bench',
  sourceFile: 'bench',
  blocks: [{ kind: 'paragraph', text: cleanText(text) }],
}));
const embedder = createHashedNgramEmbedder();

const t0 = performance.now();
const built = await openIndex({ articles, embedder });
const retriever = createRetriever(built, embedder);
const buildMs = performance.now() - t0;

const held = pool.questions.map(isHeldOut);
const ask = async (q: string): Promise<number[]> => (await retriever.search(q, 10)).hits.map((h) => h.doc);
// As the server does before it listens (bot/engine/warm-up.ts); none of the sentences is a benchmark question.
const warmingSentences = warmed ? warmUpSentences(built.passages) : [];
const w0 = performance.now();
for (const sentence of warmingSentences) await ask(sentence);
const warmUpMs = performance.now() - w0;
const cold = await timedPass(pool.questions, ask);
const warm = await timedPass(pool.questions, ask);
const rssMb = process.memoryUsage().rss / 2 ** 20;
// The ranking a reply shows (the product's `retrieved`): the passage its first quoted sentence comes from leads (see
// evidence-first.ts). Not timed: it adds the answer check to each question.
const replyRanks: number[] = [];
for (const q of pool.questions) {
  const result = await retriever.search(q.question, 10);
  const extraction = extractAnswer(result, retriever.sparse);
  const docs = evidenceFirst(result.hits, extraction.status === 'no_answer' ? undefined : extraction.sentences[0]?.passage).map((h) => h.doc);
  replyRanks.push(docs.findIndex((d) => q.gold.includes(d)));
}

// Start-up from a saved index: save once, then time load + retriever construction.
const dir = mkdtempSync(join(tmpdir(), 'bench-index-'));
await openIndex({ articles, embedder, dir: join(dir, 'index') });
const s0 = performance.now();
const loaded = await openIndex({ articles, embedder, dir: join(dir, 'index') });
createRetriever(loaded, embedder);
const startupMs = performance.now() - s0;
rmSync(dir, { recursive: true, force: true });
if (loaded.rebuiltBecause) throw new Error(`saved index was not reused: ${loaded.rebuiltBecause}`);

const ours = {
  paragraphs: paragraphs.length,
  questions: pool.questions.length,
  ...rankMetrics(cold.ranks),
  recall_at_1_halves: recallAt1ByHalf(cold.ranks, held),
  reply_recall_at_1: rankMetrics(replyRanks).recall_at_1,
  reply_recall_at_1_halves: recallAt1ByHalf(replyRanks, held),
  build_ms: Math.round(buildMs),
  warm_up_sentences: warmingSentences.length,
  warm_up_ms: Math.round(warmUpMs),
  ...timings(cold, warm),
  rss_mb: Math.round(rssMb),
  startup_ms: Math.round(startupMs),
};

const peers = [];
for (const peer of [plainBm25Peer(paragraphs), miniSearchPeer(paragraphs)]) peers.push(await measurePeer(peer));
if (json) console.log(JSON.stringify({ ...ours, peers }));
else {
  const rows = [{ name: 'this project (hybrid)', ...ours }, ...peers];
  console.log(`${paragraphs.length} paragraphs, ${pool.questions.length} questions from ${files.join(', ')}`);
  console.table(rows.map((r) => ({ retriever: r.name, 'R@1': r.recall_at_1, 'R@5': r.recall_at_5, 'R@10': r.recall_at_10,
    'MRR@10': r.mrr_at_10, 'p50 ms': r.query_ms_p50, 'p95 ms': r.query_ms_p95, 'CPU p95 ms': r.query_cpu_ms_p95,
    'warm CPU p50 ms': r.warm_cpu_ms_p50, 'warm CPU p95 ms': r.warm_cpu_ms_p95 })));
  const halves = ours.recall_at_1_halves;
  console.log(`this project's R@1 on the tuning / held-out half: ${halves.tune} / ${halves.held}`);
  const reply = ours.reply_recall_at_1_halves;
  console.log(`the reply's ranking (the quoted passage first): R@1 ${ours.reply_recall_at_1} (tuning / held-out half ${reply.tune} / ${reply.held})`);
  console.log(`build ${ours.build_ms} ms, start-up from saved index ${ours.startup_ms} ms, RSS ${ours.rss_mb} MB`);
  console.log(warmed ? `the first pass followed the server's warm-up on ${warmingSentences.length} of the corpus's sentences (${ours.warm_up_ms} ms)`
    : 'the first pass had no warm-up (--no-warm-up)');
}

async function measurePeer(peer: PeerRetriever) {
  const search = (q: string): number[] => peer.search(q, 10);
  const first = await timedPass(pool.questions, search);
  const again = await timedPass(pool.questions, search);
  return { name: peer.name, ...rankMetrics(first.ranks), ...timings(first, again) };
}

/** Wall and CPU quantiles of the first pass (query_ms_*, query_cpu_ms_*), CPU quantiles of the second (warm_cpu_ms_*). */
function timings(first: TimedPass, second: TimedPass) {
  return {
    query_ms_p50: round3(quantile(first.wallMs, 0.5)),
    query_ms_p95: round3(quantile(first.wallMs, 0.95)),
    query_cpu_ms_p95: round3(quantile(first.cpuMs, 0.95)),
    warm_cpu_ms_p50: round3(quantile(second.cpuMs, 0.5)),
    warm_cpu_ms_p95: round3(quantile(second.cpuMs, 0.95)),
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
