/**
 * One checkout's retriever in a thread of its own (bench/retrieval-versus.ts): built over the pooled paragraphs and
 * warmed up by that checkout's code, then timing each question it is sent. Its own thread is its own V8 heap and
 * compiler state, so neither checkout's timings depend on which was built first.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { BenchPassage } from './pool.js';

interface Searcher { search(question: string, k: number): Promise<{ hits: readonly { doc: number }[] }> }

const { root, passages } = workerData as { root: string; passages: readonly BenchPassage[] };
const port = parentPort!;

try {
  const load = (path: string) => import(resolve(root, path));
  const [{ createRetriever }, { createHashedNgramEmbedder }, { openIndex }, { cleanText }, { warmUpSentences }] = await Promise.all([
    load('retrieval/create-retriever.ts'), load('retrieval/dense/hashed-ngram-embedder.ts'), load('retrieval/index/open-index.ts'),
    load('retrieval/text/normalize.ts'), load('retrieval/warm-up-sentences.ts')]);
  const articles = passages.map(({ text, title }, i) => ({ id: `p${i}`, title, publication: 'bench', sourceFile: 'bench',
    blocks: [{ kind: 'paragraph', text: cleanText(text) }] }));
  const embedder = createHashedNgramEmbedder();
  const built = await openIndex({ articles, embedder });
  const retriever = createRetriever(built, embedder) as Searcher;
  for (const sentence of warmUpSentences(built.passages) as string[]) await retriever.search(sentence, 10);
  port.on('message', async (question: string) => {
    const start = performance.now();
    const result = await retriever.search(question, 10);
    const ms = performance.now() - start;
    port.postMessage({ ms, docs: result.hits.map((h) => h.doc).join(',') });
  });
  port.postMessage({ type: 'ready' });
} catch (err) {
  port.postMessage({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
}
