import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
