/**
 * Times this checkout's retriever against another checkout's on the same benchmark questions, taking turns question by
 * question (which goes first alternates), with the server's warm-up before each: what the machine does meanwhile falls
 * on both alike. On a shared machine one bench:retrieval run's p95 moves by a fifth from run to run, more than most
 * changes to the code; this measures a change's cost, and says whether any ranking differs.
 *   npx tsx bench/retrieval-versus.ts OTHER_CHECKOUT FILE [FILE ...] [--passes 3]
 * OTHER_CHECKOUT is a directory holding another version of this repository (a worktree or an unpacked archive) whose
 * node_modules resolve. Each checkout's retriever runs in a thread of its own (retrieval-versus-worker.ts): built
 * side by side in one thread, the first built answered a tenth to a fifth faster than the same code built second
 * (session 57, the same checkout twice), which this tool had counted as the change's.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../bot/wiring/start-ts-worker.js';
import { quantile } from './metrics.js';
import { loadBenchPool } from './pool.js';

const args = process.argv.slice(2);
const at = args.indexOf('--passes');
const passes = Number(at >= 0 ? args[at + 1] : '3');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--passes');
const [other, ...files] = positional;
if (!other || files.length === 0) {
  console.error('usage: npx tsx bench/retrieval-versus.ts OTHER_CHECKOUT FILE [FILE ...] [--passes 3]');
  process.exit(2);
}
const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pool = loadBenchPool(files);

/** Asks a checkout's thread one question: the wall time of its search, measured there, and the ranking. */
function ask(worker: Worker, question: string): Promise<{ ms: number; docs: string }> {
  return new Promise((done) => {
    worker.once('message', done);
    worker.postMessage(question);
  });
}

const checkouts = [{ name: 'this checkout', root: here }, { name: other, root: resolve(other) }];
const workerUrl = new URL('./retrieval-versus-worker.ts', import.meta.url);
const workers = await Promise.all(checkouts.map((c) => startTsWorker(workerUrl, { root: c.root, passages: pool.passages }, c.name)));
const rows = [];
for (let pass = 1; pass <= passes; pass++) {
  const wall: number[][] = [[], []];
  let differ = 0;
  for (const [i, q] of pool.questions.entries()) {
    const docs: string[] = ['', ''];
    for (const j of (i + pass) % 2 === 0 ? [0, 1] : [1, 0]) {
      const answer = await ask(workers[j]!, q.question);
      wall[j]!.push(answer.ms);
      docs[j] = answer.docs;
    }
    if (docs[0] !== docs[1]) differ++;
  }
  for (const [j, c] of checkouts.entries()) {
    rows.push({ pass, checkout: c.name, 'p50 ms': round(quantile(wall[j]!, 0.5)), 'p95 ms': round(quantile(wall[j]!, 0.95)),
      'mean ms': round(wall[j]!.reduce((a, b) => a + b, 0) / wall[j]!.length), 'rankings that differ': differ });
  }
}
console.log(`${pool.passages.length} paragraphs, ${pool.questions.length} questions; pass 1 is the first after each warm-up`);
console.table(rows);
await Promise.all(workers.map((w) => w.terminate()));

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
