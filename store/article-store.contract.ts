import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleStore } from '../core/article-store.js';
import { articleVersion } from '../retrieval/corpus/article-version.js';
import { parseArticle } from '../retrieval/corpus/parse-article.js';

const FILLER = 'Người dân nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia và nhận kết quả qua bưu điện.';
/** An article as the editor stores one: its text in the corpus's form and the version of that text as read back. */
const article = (id: string, body: string) => {
  const text = `---\nid: ${id}\ntitle: Bài ${id}\npublication: Phường\nsource_file: ${id}.pdf\n---\n\n${body} ${FILLER}\n`;
  return { id, version: articleVersion(parseArticle(`${id}.md`, text)), fileName: `${id}.md`, text, source: Buffer.from(`%PDF ${body}`) };
};
const v = (id: string, body: string) => article(id, body).version;

/** What every ArticleStore does, on a fresh store per test. */
export function describeArticleStoreContract(open: () => Promise<ArticleStore>, cleanup: () => Promise<void> = async () => undefined): void {
  let store: ArticleStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('stores a batch, lists it in a snapshot and gives each article back with its text', async () => {
    await store.put([article('a', 'Nội dung bài a đủ dài.'), article('b', 'Nội dung bài b.')]);
    const snap = await store.snapshot();
    expect(snap.articles.map((a) => [a.id, a.version])).toEqual([['a', v('a', 'Nội dung bài a đủ dài.')], ['b', v('b', 'Nội dung bài b.')]]);
    expect(snap.articles.every((a) => a.revision === snap.revision)).toBe(true);
    const [b] = await store.get(['b', 'khong-co']);
    expect(b).toMatchObject({ id: 'b', fileName: 'b.md', text: article('b', 'Nội dung bài b.').text });
    expect((await store.load()).articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('replaces an article under its id, keeping the old version as replaced; deletes one, keeping it as deleted', async () => {
    await store.put([article('a', 'Bản đầu tiên của bài.')]);
    await store.put([article('a', 'Bản thứ hai, đã sửa.')]);
    expect((await store.get(['a']))[0]?.text).toContain('Bản thứ hai');
    expect((await store.removed('a')).map((r) => [r.version, r.how])).toEqual([[v('a', 'Bản đầu tiên của bài.'), 'replaced']]);
    expect(await store.remove('a')).not.toBeUndefined();
    expect(await store.get(['a'])).toEqual([]);
    expect((await store.snapshot()).articles).toEqual([]);
    const removed = await store.removed('a');
    expect(removed.map((r) => r.version)).toEqual([v('a', 'Bản thứ hai, đã sửa.'), v('a', 'Bản đầu tiên của bài.')]);
    expect(removed[0]?.how).toBe('deleted');
    expect(await store.remove('a')).toBeUndefined();
  });
}
