import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHashedNgramEmbedder } from '../dense/hashed-ngram-embedder.js';
import { parseArticle } from '../corpus/parse-article.js';
import { openCorpusIndex } from './open-corpus-index.js';
import { openIndex } from './open-index.js';
import { corpusHash } from './manifest.js';

type ParseModule = { parseArticle: typeof parseArticle };

// Counts the article files parsed: a start with nothing changed parses none.
vi.mock('../corpus/parse-article.js', async (importOriginal) => {
  const real = await importOriginal<ParseModule>();
  return { ...real, parseArticle: vi.fn((...args: Parameters<typeof real.parseArticle>) => real.parseArticle(...args)) };
});
const parsed = vi.mocked(parseArticle);

const embedder = createHashedNgramEmbedder();
const FILES: Record<string, string> = {
  'chu-ky-so.md': '# Chữ ký số\n\nChữ ký số công cộng được cấp miễn phí cho người dân trong năm 2024, đăng ký qua ứng dụng VNeID.\n',
  'ly-lich.md': '# Lý lịch tư pháp\n\nPhiếu lý lịch tư pháp số 1 được cấp trên VNeID trong vòng 5 ngày làm việc, lệ phí 200.000 đồng.\n',
  'bhyt.md': '# Bảo hiểm y tế\n\nThẻ bảo hiểm y tế điện tử hiển thị trên VNeID thay cho thẻ giấy khi người dân đi khám bệnh.\n',
};
const ADDED = '# Hộ tịch\n\nĐăng ký khai sinh trực tuyến qua Cổng dịch vụ công quốc gia, nhận kết quả tại nhà trong 3 ngày.\n';

// Files written more than two seconds ago: their stamps are not racy.
function corpusDir(): { root: string; articles: string; index: string } {
  const root = mkdtempSync(join(tmpdir(), 'corpus-index-'));
  const articles = join(root, 'articles');
  mkdirSync(articles);
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(articles, name), text);
  return { root, articles, index: join(root, 'index') };
}

async function open(d: { articles: string; index: string }) {
  parsed.mockClear();
  const index = await openCorpusIndex({ dirs: [d.articles], dir: d.index, embedder });
  return { index, parsed: parsed.mock.calls.length };
}

/** Makes every stamp of the saved index trusted, as it is two seconds after its files were written. */
function settle(index: string): void {
  const file = join(index, 'sources.json');
  writeFileSync(file, JSON.stringify((JSON.parse(readFileSync(file, 'utf8')) as { racy: boolean }[]).map((s) => ({ ...s, racy: false }))));
}

describe('openCorpusIndex', () => {
  beforeEach(() => {
    parsed.mockClear();
  });

  it('builds, then starts without parsing any article file, serving what it built', async () => {
    const d = corpusDir();
    const built = await open(d);
    expect(built.index.rebuiltBecause).toBe('no saved index');
    settle(d.index);
    const again = await open(d);
    expect(again.parsed).toBe(0);
    expect(again.index.rebuiltBecause).toBeUndefined();
    expect(again.index.passages).toEqual(built.index.passages);
    expect(corpusHash(again.index.articles)).toBe(built.index.manifest.corpusHash);
  });

  it('reads again a file written just before its stamp was taken (racy), and then trusts it', async () => {
    const d = corpusDir();
    await open(d);
    // Just written: racy, read again on the next start.
    expect((await open(d)).parsed).toBe(Object.keys(FILES).length);
  });

  it.each([
    ['an edit that keeps the size and puts the old mtime back', (d: { articles: string }) => {
      const file = join(d.articles, 'ly-lich.md');
      const { atime, mtime } = statSync(file);
      writeFileSync(file, FILES['ly-lich.md']!.replace('200.000', '300.000'));
      utimesSync(file, atime, mtime);
    }, 'corpusHash changed'],
    ['a file removed', (d: { articles: string }) => rmSync(join(d.articles, 'bhyt.md')), 'corpusHash changed'],
  ])('notices %s and rebuilds', async (_, change, reason) => {
    const d = corpusDir();
    await open(d);
    settle(d.index);
    change(d);
    const opened = await open(d);
    expect(opened.index.rebuiltBecause).toContain(reason);
    expect(opened.index.articles.map((a) => JSON.stringify(a)).sort())
      .toEqual((await openIndex({ articles: opened.index.articles, embedder })).articles.map((a) => JSON.stringify(a)).sort());
    expect(opened.index.passages.some((p) => p.text.includes('300.000'))).toBe(reason === 'corpusHash changed' && opened.index.articles.length === 3);
  });

  it('adds a new file to the saved index instead of rebuilding it', async () => {
    const d = corpusDir();
    await open(d);
    settle(d.index);
    writeFileSync(join(d.articles, 'ho-tich.md'), ADDED);
    const grown = await open(d);
    expect(grown.index.appended).toBe(1);
    expect(grown.index.passages.at(-1)?.text).toContain('khai sinh');
  });

  it('a damaged or unreadable sources.json only costs reading the files again', async () => {
    const d = corpusDir();
    const built = await open(d);
    writeFileSync(join(d.index, 'sources.json'), '{"not": "stamps"');
    const again = await open(d);
    expect(again.parsed).toBe(Object.keys(FILES).length);
    expect(again.index.rebuiltBecause).toBeUndefined();
    expect(again.index.passages).toEqual(built.index.passages);
  });

  it.each([
    ['articles.bin cut short', (dir: string) => writeFileSync(join(dir, 'articles.bin'), readFileSync(join(dir, 'articles.bin')).subarray(0, 100)),
      'articles.bin'],
    ['vectors.bin of another build', (dir: string, other: string) => copyFileSync(join(other, 'vectors.bin'), join(dir, 'vectors.bin')),
      'vectors.bin: belongs to another build'],
    ['sparse.bin of another build', (dir: string, other: string) => copyFileSync(join(other, 'sparse.bin'), join(dir, 'sparse.bin')),
      'sparse.bin: belongs to another build'],
    ['hnsw.bin of another build', (dir: string, other: string) => copyFileSync(join(other, 'hnsw.bin'), join(dir, 'hnsw.bin')),
      'is not the one in vectors.bin'],
  ])('rebuilds when %s, naming the file', async (_, damage, reason) => {
    const d = corpusDir();
    const built = await open(d);
    settle(d.index);
    // Another build of the same articles: same sizes, other build id (and another graph when its vectors differ).
    const other = corpusDir();
    writeFileSync(join(other.articles, 'chu-ky-so.md'), FILES['chu-ky-so.md']!.replace('2024', '2025'));
    await open(other);
    damage(d.index, other.index);
    const opened = await open(d);
    expect(opened.index.rebuiltBecause).toContain(reason);
    expect(opened.index.passages).toEqual(built.index.passages);
  });
});
