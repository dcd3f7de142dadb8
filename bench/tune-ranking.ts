/**
 * Ranking settings measured on a split benchmark: builds the pooled index once, then asks every question under each
 * setting in a JSON file (`[{name, options}]`, options as createRetriever takes them). Questions are split by a hash
 * of their text into a tuning half and a held-out half, so a setting is chosen on one and checked on the other.
 *   npx tsx bench/tune-ranking.ts SETTINGS.json FILE [FILE ...]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Article } from '../retrieval/corpus/article.js';
import { createRetriever, type RetrieverOptions } from '../retrieval/create-retriever.js';
import { createHashedNgramEmbedder } from '../retrieval/dense/hashed-ngram-embedder.js';
import { fnv1a } from '../retrieval/dense/hash.js';
import { openIndex } from '../retrieval/index/open-index.js';
import { cleanText } from '../retrieval/text/normalize.js';
import { quantile } from './metrics.js';
import { loadBenchPool } from './pool.js';

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
/** The held-out half: an odd hash of the question's text. */
const held = pool.questions.map((q) => (fnv1a(q.question) & 1) === 1);

for (const { name, options } of settings) {
  const retriever = createRetriever(built, embedder, options);
  const hit = [0, 0];
  const count = [0, 0];
  const times: number[] = [];
  for (const [i, q] of pool.questions.entries()) {
    const start = performance.now();
    const result = await retriever.search(q.question, 10);
    times.push(performance.now() - start);
    const part = held[i] ? 1 : 0;
    count[part]!++;
    if (result.hits[0] && q.gold.includes(result.hits[0].doc)) hit[part]!++;
  }
  const r = (h: number, n: number): string => (h / Math.max(1, n)).toFixed(4);
  console.log([name.padEnd(28), 'tune', r(hit[0]!, count[0]!), 'held', r(hit[1]!, count[1]!), 'all', r(hit[0]! + hit[1]!, count[0]! + count[1]!),
    'p95', quantile(times, 0.95).toFixed(3)].join(' '));
}
