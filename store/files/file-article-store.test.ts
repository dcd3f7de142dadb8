import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStat } from '../../retrieval/corpus/load-corpus.js';
import type { SourceStamp } from '../../retrieval/corpus/source-stamp.js';
import { describeArticleStoreContract } from '../article-store.contract.js';
import { FileArticleStore } from './file-article-store.js';

const dirs: string[] = [];

describe('FileArticleStore', () => {
  describeArticleStoreContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-articles-'));
    dirs.push(dir);
    return new FileArticleStore(join(dir, 'articles'), join(dir, 'articles-removed'));
  }, async () => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
});

describe('FileArticleStore with files put there by hand', () => {
  it('reads .txt and .html articles too, and a new upload under such an id takes the file\'s place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-articles-'));
    try {
      mkdirSync(join(dir, 'articles'));
      writeFileSync(join(dir, 'articles', 'le-phi.html'), `<html><head><title>Lệ phí cấp phiếu</title></head><body><p>${'Lệ phí cấp phiếu lý lịch tư pháp là 200.000 đồng. '.repeat(3)}</p></body></html>`);
      writeFileSync(join(dir, 'articles', 'README.md'), '# Không phải bài viết');
      const store = new FileArticleStore(join(dir, 'articles'), join(dir, 'articles-removed'));
      expect((await store.load()).articles.map((a) => [a.id, a.fileName])).toEqual([['le-phi', 'le-phi.html']]);
      const [old] = await store.get(['le-phi']);
      await store.put([{ ...old!, fileName: 'le-phi.md', text: `---\nid: le-phi\ntitle: Lệ phí mới\n---\n\n${'Lệ phí cấp phiếu nay là 100.000 đồng. '.repeat(3)}\n` }]);
      expect(readdirSync(join(dir, 'articles')).sort()).toEqual(['README.md', 'le-phi.md']);
      expect((await store.removed('le-phi')).map((r) => r.how)).toEqual(['replaced']);
      writeFileSync(join(dir, 'articles', 'trung.txt'), `---\nid: le-phi\n---\nTrùng\n\n${'Một bài khác dùng cùng mã. '.repeat(4)}`);
      await expect(store.load()).rejects.toThrow(/article id "le-phi" is already used by/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('FileArticleStore with stamps', () => {
  const article = (id: string, words: string): string => `---\nid: ${id}\ntitle: Bài ${id}\n---\n\n${`${words} `.repeat(12)}\n`;

  it('lists a file its stamp vouches for without reading it, and reads one that changed, is new or was stamped racy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-articles-'));
    try {
      const articles = join(dir, 'articles');
      mkdirSync(articles);
      for (const id of ['a', 'b', 'c']) writeFileSync(join(articles, `${id}.md`), article(id, 'Thủ tục cấp phiếu lý lịch tư pháp.'));
      // Stamps whose digests are not the files' own: a version taken from one shows the file was not read.
      const stamp = (id: string, racy: boolean): SourceStamp => ({ file: join(articles, `${id}.md`), ...fileStat(join(articles, `${id}.md`)), id,
        digest: `${id}`.repeat(64).slice(0, 64), racy });
      const store = new FileArticleStore(articles, join(dir, 'articles-removed'), [stamp('a', false), stamp('b', true)]);
      const read = (await new FileArticleStore(articles, join(dir, 'articles-removed')).snapshot()).articles;
      const versions = async (): Promise<Record<string, string>> => Object.fromEntries((await store.snapshot()).articles.map((a) => [a.id, a.version]));
      const real = Object.fromEntries(read.map((a) => [a.id, a.version]));
      expect(await versions()).toEqual({ a: 'a'.repeat(16), b: real.b, c: real.c });
      // Rewritten with other text (and so another size): read again.
      writeFileSync(join(articles, 'a.md'), article('a', 'Lệ phí cấp phiếu lý lịch tư pháp là 200.000 đồng.'));
      const now = await versions();
      expect(now.a).not.toBe('a'.repeat(16));
      expect(now.a).toBe((await store.get(['a']))[0]!.version);
      rmSync(join(articles, 'c.md'));
      writeFileSync(join(articles, 'd.md'), article('d', 'Đăng ký khai sinh trực tuyến.'));
      expect(Object.keys(await versions())).toEqual(['a', 'b', 'd']);
      writeFileSync(join(articles, 'e.md'), article('b', 'Một bài khác dùng cùng mã.'));
      await expect(store.snapshot()).rejects.toThrow(/e\.md.*article id "b" is already used by .*b\.md/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
