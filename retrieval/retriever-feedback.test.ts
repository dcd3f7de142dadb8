import { describe, expect, it } from 'vitest';
import type { Article } from './corpus/article.js';
import { createRetriever } from './create-retriever.js';
import { createHashedNgramEmbedder } from './dense/hashed-ngram-embedder.js';
import { openIndex } from './index/open-index.js';

const embedder = createHashedNgramEmbedder();
const PARAGRAPHS = [
  'Thẻ bảo hiểm y tế điện tử hiển thị trên ứng dụng định danh VNeID.',
  // Shares no word with the question below, several with the paragraph above.
  'Ứng dụng định danh VNeID cài trên điện thoại thông minh.',
  'Phiếu lý lịch tư pháp được cấp trong năm ngày làm việc.',
];
const ARTICLES: Article[] = PARAGRAPHS.map((text, i) => ({
  id: `bai-${i}`, title: '', publication: 'test', sourceFile: `bai-${i}.md`, blocks: [{ kind: 'paragraph', text }],
}));

async function sparseScores(feedback: boolean): Promise<Map<string, number>> {
  const index = await openIndex({ articles: ARTICLES, embedder });
  const retriever = createRetriever(index, embedder, feedback ? { ranking: { feedback: { docs: 1, terms: 20, weight: 0.3 } } } : {});
  const { hits } = await retriever.search('thẻ bảo hiểm y tế', 5);
  return new Map(hits.map((h) => [h.passage.text, h.sparse]));
}

describe('Retriever with pseudo-relevance feedback', () => {
  it('off (the default): a passage without the question\'s words has no sparse score', async () => {
    expect((await sparseScores(false)).get(PARAGRAPHS[1]!) ?? 0).toBe(0);
  });

  it('on: the best passage\'s words lend a score to a passage that shares them, the best passage stays first', async () => {
    const scores = await sparseScores(true);
    expect(scores.get(PARAGRAPHS[1]!)).toBeGreaterThan(0);
    expect(scores.get(PARAGRAPHS[2]!) ?? 0).toBe(0);
    expect(scores.get(PARAGRAPHS[0]!)).toBeGreaterThan(scores.get(PARAGRAPHS[1]!)!);
  });
});
