/**
 * Ranking settings measured on a split benchmark: builds the pooled index once, then asks every question under each
 * setting in a JSON file (`[{name, options}]`, options as createRetriever takes them). Questions are split by a hash
 * of their id (of their text when the file gives none) into a tuning half and a held-out half, so a setting is chosen on
 * one and checked on the other.
 *   npx tsx bench/tune-ranking.ts SETTINGS.json FILE [FILE ...]
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../retrieval/corpus/article.js';
import { createRetriever, type RetrieverOptions } from '../retrieval/create-retriever.js';
import { createHashedNgramEmbedder } from '../retrieval/dense/hashed-ngram-embedder.js';
import { openIndex } from '../retrieval/index/open-index.js';
import { cleanText } from '../retrieval/text/normalize.js';
import { quantile, recallAt1ByHalf } from './metrics.js';
import { isHeldOut, loadBenchPool } from './pool.js';
import { timedPass } from './timed-pass.js';

const [settingsFile, ...files] = process.argv.slice(2);
if (!settingsFile || files.length === 0) {
  console.error('usage: npx tsx bench/tune-ranking.ts SETTINGS.json FILE [FILE ...]');
  process.exit(2);
}
const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { name: string; options: RetrieverOptions }[];
const pool = loadBenchPool(files);
const articles: Article[] = pool.passages.map(({ text, title }, i) => ({
  id: `p${i}`, title, publication: 'bench', sourceFile: 'bench', blocks: [{ kind: 'paragraph', text: cleanText(text) }],
}));
const embedder = createHashedNgramEmbedder();
const built = await openIndex({ articles, embedder });
const held = pool.questions.map(isHeldOut);

for (const { name, options } of settings) {
  const retriever = createRetriever(built, embedder, options);
  const pass = await timedPass(pool.questions, async (q) => (await retriever.search(q, 10)).hits.map((h) => h.doc));
  const r1 = recallAt1ByHalf(pass.ranks, held);
  console.log([name.padEnd(28), 'tune', r1.tune.toFixed(4), 'held', r1.held.toFixed(4), 'all', r1.all.toFixed(4),
    'p95', quantile(pass.wallMs, 0.95).toFixed(3), 'cpu p95', quantile(pass.cpuMs, 0.95).toFixed(3)].join(' '));
}
