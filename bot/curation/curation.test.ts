import { describe, expect, it } from 'vitest';
import type { CuratedAnswer } from '../../core/ports/log-store.js';
import { CuratedMatcher } from './curated-matcher.js';
import { questionShape, questionSimilarity } from './question-similarity.js';
import { prepareQuery } from '../../retrieval/query.js';
import { createAbbreviationExpander } from '../../retrieval/text/abbreviations.js';
import { createChatWordReader } from '../../retrieval/text/chat-words.js';

const sim = (a: string, b: string): number => questionSimilarity(questionShape(a), questionShape(b));

describe('questionSimilarity', () => {
  it.each([
    ['Chữ ký số miễn phí làm ở đâu?', 'chu ky so mien phi lam o dau', 1],
    ['Chữ ký số miễn phí làm ở đâu?', 'Chữ ký số miễn phí làm ở đâu vậy?', 0.8],
  ])('%j ~ %j ≥ %d', (a, b, min) => {
    expect(sim(a, b)).toBeGreaterThanOrEqual(min);
  });
  it.each([
    ['Chữ ký số miễn phí làm ở đâu?', 'Lý lịch tư pháp làm ở đâu?', 0.5],
    ['Hà Nội có bao nhiêu dịch vụ công?', 'Hải Phòng có bao nhiêu dịch vụ công?', 0.8],
    ['giá vàng hôm nay', 'chữ ký số miễn phí', 0.1],
  ])('%j vs %j < %d', (a, b, max) => {
    expect(sim(a, b)).toBeLessThan(max);
  });
});

describe('CuratedMatcher', () => {
  const curated = (id: string, question: string, status: CuratedAnswer['status'] = 'active'): CuratedAnswer => ({
    id, question, answer: `đáp ${id}`, citations: [], articleHashes: {}, status, hits: 0, createdBy: 'a', createdAt: '', updatedAt: '',
  });
  const store = (list: CuratedAnswer[]) => ({ listCurated: async () => list });

  it('serves the closest active answer above the threshold and nothing below it', async () => {
    const m = new CuratedMatcher({ store: store([curated('a', 'Chữ ký số miễn phí làm ở đâu?'), curated('b', 'Lý lịch tư pháp qua VNeID?')]), threshold: 0.8 });
    expect((await m.match('chu ky so mien phi lam o dau'))?.curated.id).toBe('a');
    expect(await m.match('lý lịch tư pháp mất bao lâu')).toBeUndefined();
  });

  it('with retrieval\'s reading, serves a correction for the same question in chat words, abbreviations and everyday words', async () => {
    const reading = {
      abbreviations: createAbbreviationExpander({ LLTP: 'lý lịch tư pháp', CKS: 'chữ ký số' }),
      chatWords: createChatWordReader({ ko: 'không', dc: 'được', j: 'gì' }),
    };
    const read = (q: string) => prepareQuery(q, reading);
    const list = [curated('a', 'Làm lý lịch tư pháp trên VNeID được không?'), curated('b', 'Chữ ký số miễn phí làm ở đâu?')];
    const plain = new CuratedMatcher({ store: store(list), threshold: 0.8 });
    const reads = new CuratedMatcher({ store: store(list), threshold: 0.8, read });
    expect(await plain.match('lam LLTP tren vneid dc ko')).toBeUndefined();
    expect((await reads.match('lam LLTP tren vneid dc ko'))?.curated.id).toBe('a');
    expect((await reads.match('CKS mien phi lam o dau vay ad'))?.curated.id).toBe('b');
    expect(await reads.match('LLTP mất bao lâu')).toBeUndefined();
  });

  it('never serves an answer flagged for review', async () => {
    const m = new CuratedMatcher({ store: store([curated('a', 'Chữ ký số miễn phí làm ở đâu?', 'needs_review')]), threshold: 0.8 });
    expect(await m.match('Chữ ký số miễn phí làm ở đâu?')).toBeUndefined();
  });

  it('reads the list again after its time to live', async () => {
    const list: CuratedAnswer[] = [];
    let t = 0;
    const m = new CuratedMatcher({ store: store(list), threshold: 0.8, ttlMs: 1000, now: () => t });
    expect(await m.match('chữ ký số miễn phí')).toBeUndefined();
    list.push(curated('a', 'chữ ký số miễn phí'));
    expect(await m.match('chữ ký số miễn phí')).toBeUndefined();
    t = 1001;
    expect((await m.match('chữ ký số miễn phí'))?.curated.id).toBe('a');
  });
});
