import { describe, expect, it } from 'vitest';
import { FakeCorpus } from '../testing/fake-corpus.js';
import { SAMPLE_ARTICLES } from '../testing/sample-data.js';
import { resolveCitedSources } from './cited-sources.js';

const file = (text: string) => ({ fileName: 'chu-ky-so.md', content: Buffer.from(text) });
// One paragraph: the second one's id is gone from the new version.
const NEW = 'Chữ ký số được cấp trực tuyến trên VNeID, không cần đến bộ phận một cửa.';

describe('resolveCitedSources', () => {
  it.each<[string, (c: FakeCorpus) => Promise<void>, string, unknown]>([
    ['a served paragraph', async () => undefined, 'chu-ky-so#1', undefined],
    ['a paragraph of a replaced version', async (c) => void (await c.replace('chu-ky-so', file(NEW), {})), 'chu-ky-so#2', 'replaced'],
    ['a paragraph of a deleted article', async (c) => c.remove('chu-ky-so'), 'chu-ky-so#1', 'deleted'],
  ])('%s', async (_name, change, paragraphId, removed) => {
    const corpus = new FakeCorpus(SAMPLE_ARTICLES);
    const before = corpus.article('chu-ky-so')!.blocks.find((b) => b.paragraphId === paragraphId)!;
    await change(corpus);
    const { sources, articles } = await resolveCitedSources(corpus, { citations: [{ paragraphId, articleId: 'chu-ky-so' }] });
    expect(sources[0]).toMatchObject({ n: 1, paragraphId, paragraph: before });
    expect(sources[0]!.removed).toBe(removed);
    expect(articles.map((a) => a.id)).toEqual(['chu-ky-so']);
  });

  it('says nothing was found for a paragraph no version holds', async () => {
    const { sources, articles } = await resolveCitedSources(new FakeCorpus(SAMPLE_ARTICLES), { citations: [{ paragraphId: 'x#9', articleId: 'x' }] });
    expect(sources).toEqual([{ n: 1, paragraphId: 'x#9', articleId: 'x' }]);
    expect(articles).toEqual([]);
  });
});
