/**
 * Times this checkout's retriever against another checkout's on the same benchmark questions, in one process, taking
 * turns question by question (which goes first alternates), with the server's warm-up before each: what the machine
 * does meanwhile falls on both alike. On a shared machine one bench:retrieval run's p95 moves by a fifth from run to run,
 * more than most changes to the code; this measures a change's cost, and says whether any ranking differs.
 *   npx tsx bench/retrieval-versus.ts OTHER_CHECKOUT FILE [FILE ...] [--passes 3]
 * OTHER_CHECKOUT is a directory holding another version of this repository (a worktree or an unpacked archive) whose
 * node_modules resolve; its retrieval code is loaded beside this one's.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { option } from './answer-probe.js';
import { quantile } from './metrics.js';
import { loadBenchPool } from './pool.js';

const args = process.argv.slice(2);
const passes = Number(option(args, 'passes', '3'));
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--passes');
const [other, ...files] = positional;
if (!other || files.length === 0) {
  console.error('usage: npx tsx bench/retrieval-versus.ts OTHER_CHECKOUT FILE [FILE ...] [--passes 3]');
  process.exit(2);
}
const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pool = loadBenchPool(files);

interface Searcher { search(question: string, k: number): Promise<{ hits: readonly { doc: number }[] }> }

/** A checkout's retriever over the pooled paragraphs, built and warmed up by that checkout's own code. */
async function retrieverOf(root: string): Promise<Searcher> {
  const load = (path: string) => import(resolve(root, path));
  const [{ createRetriever }, { createHashedNgramEmbedder }, { openIndex }, { cleanText }, { warmUpSentences }] = await Promise.all([
    load('retrieval/create-retriever.ts'), load('retrieval/dense/hashed-ngram-embedder.ts'), load('retrieval/index/open-index.ts'),
    load('retrieval/text/normalize.ts'), load('retrieval/warm-up-sentences.ts')]);
  const articles = pool.passages.map(({ text, title }, i) => ({ id: `p${i}`, title, publication: 'bench', sourceFile: 'bench',
    blocks: [{ kind: 'paragraph', text: cleanText(text) }] }));
  const embedder = createHashedNgramEmbedder();
  const built = await openIndex({ articles, embedder });
  const retriever = createRetriever(built, embedder) as Searcher;
  for (const sentence of warmUpSentences(built.passages) as string[]) await retriever.search(sentence, 10);
  return retriever;
}

const checkouts = [{ name: 'this checkout', root: here }, { name: other, root: resolve(other) }];
const retrievers = [];
for (const c of checkouts) retrievers.push(await retrieverOf(c.root));
const rows = [];
for (let pass = 1; pass <= passes; pass++) {
  const wall: number[][] = [[], []];
  let differ = 0;
  for (const [i, q] of pool.questions.entries()) {
    const docs: string[] = ['', ''];
    for (const j of (i + pass) % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      const result = await retrievers[j]!.search(q.question, 10);
      wall[j]!.push(performance.now() - start);
      docs[j] = result.hits.map((h) => h.doc).join(',');
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
