import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article.js';
import { createRetriever } from '../create-retriever.js';
import { createHashedNgramEmbedder } from '../dense/hashed-ngram-embedder.js';
import { appendArticles } from './append-articles.js';
import { openIndex } from './open-index.js';

const embedder = createHashedNgramEmbedder();
const TOPICS = [
  ['Chữ ký số', 'Chữ ký số công cộng được cấp miễn phí cho người dân trong năm 2024.', 'Đăng ký qua ứng dụng VNeID mức độ 2.'],
  ['Lý lịch tư pháp', 'Phiếu lý lịch tư pháp số 1 được cấp trên VNeID trong vòng 5 ngày làm việc.', 'Lệ phí là 200.000 đồng, miễn cho người nghèo.'],
  ['Bảo hiểm y tế', 'Thẻ bảo hiểm y tế điện tử hiển thị trên VNeID thay cho thẻ giấy.', 'Người dân Hà Nội khám bệnh chỉ cần đưa mã QR.'],
  ['Đất đai', 'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp tại bộ phận một cửa cấp xã.', 'Thời hạn giải quyết không quá 15 ngày.'],
  ['Hộ tịch', 'Đăng ký khai sinh trực tuyến qua Cổng dịch vụ công quốc gia, nhận kết quả tại nhà.', 'Theo Kế hoạch 239/KH-UBND của thành phố Đà Nẵng.'],
];
const article = (i: number, [title, ...paragraphs]: string[]): Article => ({
  id: `bai-${i}`, title: title!, publication: 'test', sourceFile: `bai-${i}.md`,
  blocks: [{ kind: 'heading', text: 'Tổng quan' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))],
});
const ARTICLES = TOPICS.map((t, i) => article(i, t));
const QUESTIONS = ['chữ ký số miễn phí không?', 'ly lich tu phap mat bao lau', 'thẻ BHYT ở Hà Nội', 'nộp hồ sơ đất ở đâu', 'khai sinh trực tuyến'];

async function rankings(index: Parameters<typeof createRetriever>[0]): Promise<string[][]> {
  const r = createRetriever(index, embedder);
  return Promise.all(QUESTIONS.map(async (q) => (await r.search(q, 5)).hits.map((h) => `${h.passage.paragraphId} ${h.score.toFixed(9)}`)));
}

function tempDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'open-index-')), 'index');
}

describe('openIndex with a saved index', () => {
  it('loads what it saved and ranks exactly as the build did', async () => {
    const dir = tempDir();
    const built = await openIndex({ dir, articles: ARTICLES, embedder });
    expect(built.rebuiltBecause).toBe('no saved index');
    const loaded = await openIndex({ dir, articles: ARTICLES, embedder });
    expect(loaded.rebuiltBecause).toBeUndefined();
    expect(loaded.passages).toEqual(built.passages);
    expect(await rankings(loaded)).toEqual(await rankings(built));
  });

  it('adds a new article without rebuilding, records it, and ranks as a build over all articles would', async () => {
    const dir = tempDir();
    await openIndex({ dir, articles: ARTICLES.slice(0, 4), embedder });
    const grown = await openIndex({ dir, articles: ARTICLES, embedder });
    expect(grown.rebuiltBecause).toBeUndefined();
    expect(grown.appended).toBe(1);
    expect(grown.manifest.journal).toEqual(['journal-1.json']);
    const reloaded = await openIndex({ dir, articles: ARTICLES, embedder });
    expect(reloaded.rebuiltBecause).toBeUndefined();
    expect(reloaded.appended).toBeUndefined();
    const whole = await openIndex({ articles: ARTICLES, embedder });
    expect(reloaded.passages).toEqual(whole.passages);
    expect(await rankings(reloaded)).toEqual(await rankings(whole));
    expect(await rankings(grown)).toEqual(await rankings(whole));
  });

  it('loads two journal files in one addition, ranking as a build over all articles', async () => {
    const dir = tempDir();
    // Enough built passages for two additions to stay within the journal's share.
    const all = [...TOPICS, ...TOPICS, ...TOPICS].map((t, i) => article(i, t));
    await openIndex({ dir, articles: all.slice(0, 13), embedder });
    await openIndex({ dir, articles: all.slice(0, 14), embedder });
    const grown = await openIndex({ dir, articles: all, embedder });
    expect(grown.manifest.journal).toEqual(['journal-1.json', 'journal-2.json']);
    const reloaded = await openIndex({ dir, articles: all, embedder });
    expect(reloaded.rebuiltBecause).toBeUndefined();
    const whole = await openIndex({ articles: all, embedder });
    expect(reloaded.passages).toEqual(whole.passages);
    expect(await rankings(reloaded)).toEqual(await rankings(whole));
  });

  it.each([
    ['an article changed', (dir: string) => void dir, ARTICLES.map((a, i) => (i === 1 ? { ...a, title: 'Lý lịch tư pháp (sửa)' } : a)), 'corpusHash changed'],
    ['an article removed', (dir: string) => void dir, ARTICLES.slice(1), 'corpusHash changed'],
    ['terms derived another way', (dir: string) => edit(dir, 'manifest.json', (m) => ({ ...m, featuresHash: 'x' })), ARTICLES, 'derived differently'],
    ['a journal file missing', (dir: string) => rmSync(join(dir, 'journal-1.json')), ARTICLES, 'saved index unusable'],
    ['a sparse file cut short', (dir: string) => writeFileSync(join(dir, 'sparse.bin'), readFileSync(join(dir, 'sparse.bin')).subarray(0, 64)), ARTICLES,
      'saved index unusable'],
  ])('rebuilds when %s, and says why', async (_, damage, articles, reason) => {
    const dir = tempDir();
    await openIndex({ dir, articles: ARTICLES.slice(0, 4), embedder });
    await openIndex({ dir, articles: ARTICLES, embedder });
    damage(dir);
    const opened = await openIndex({ dir, articles, embedder });
    expect(opened.rebuiltBecause).toContain(reason);
    const fresh = await openIndex({ articles, embedder });
    expect(await rankings(opened)).toEqual(await rankings(fresh));
    expect((await openIndex({ dir, articles, embedder })).rebuiltBecause).toBeUndefined();
  });

  it('takes the articles given in any order when they are the saved ones, and keeps the build\'s passage order', async () => {
    const dir = tempDir();
    const built = await openIndex({ dir, articles: ARTICLES, embedder });
    const loaded = await openIndex({ dir, articles: [...ARTICLES].reverse(), embedder });
    expect(loaded.rebuiltBecause).toBeUndefined();
    expect(loaded.passages).toEqual(built.passages);
    expect(await rankings(loaded)).toEqual(await rankings(built));
  });

  it('refuses to append an article the index already has', async () => {
    const index = await openIndex({ articles: ARTICLES, embedder });
    await expect(appendArticles({ index, articles: [ARTICLES[2]!], embedder })).rejects.toThrow('bai-2 is already in the index');
  });
});

function edit(dir: string, file: string, change: (json: Record<string, unknown>) => Record<string, unknown>): void {
  writeFileSync(join(dir, file), JSON.stringify(change(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>)));
}
