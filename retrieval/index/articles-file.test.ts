import { describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article.js';
import { articleDigest } from '../corpus/article-digest.js';
import { decodeArticles, encodeArticles, type ArticleBlobs } from './articles-file.js';

const A: Article = { id: 'chu-ky-so', title: 'Chữ ký số', publication: 'Báo Đà Nẵng', date: '2024-05-01', sourceFile: 'chu-ky-so.md',
  blocks: [{ kind: 'heading', text: 'Tổng quan' }, { kind: 'paragraph', text: 'Chữ ký số được cấp miễn phí.' }, { kind: 'paragraph', text: '' }] };
// Keys in another order, an optional field between others, and text outside the Basic Multilingual Plane.
const B = { sourceFile: 'b.txt', id: 'b', asOf: '2025', title: 'B', publication: 'x', sourceBytes: 1234,
  blocks: [{ kind: 'paragraph', text: 'Hồ sơ 😀 nộp trực tuyến' }] } as Article;
// A block with a field this format does not know is kept as it is.
const C = { id: 'c', title: 'C', publication: 'x', sourceFile: 'c.md', blocks: [{ kind: 'paragraph', text: 'Bước 1', list: true }] } as unknown as Article;
const EMPTY: Article = { id: 'd', title: 'D', publication: 'x', sourceFile: 'd.md', blocks: [] };

describe('encodeArticles / decodeArticles', () => {
  it.each([
    ['one article', [A], ['chu-ky-so:1', 'chu-ky-so:2']],
    ['keys in another order, a character outside the BMP', [B], ['b:1']],
    ['an unusual block', [C], ['c:1']],
    ['an article without blocks', [EMPTY], []],
    ['all of them', [A, B, C, EMPTY], ['chu-ky-so:1', 'chu-ky-so:2', 'b:1', 'c:1']],
    ['none', [], []],
  ])('gives back %s exactly: same JSON, digests and paragraph ids', (_, articles, ids) => {
    const decoded = decodeArticles(encodeArticles(articles, ids), 'articles.bin');
    expect(decoded.articles.map((a) => JSON.stringify(a))).toEqual(articles.map((a) => JSON.stringify(a)));
    expect(decoded.digests).toEqual(articles.map(articleDigest));
    expect(decoded.paragraphIds).toEqual(ids);
  });

  it('refuses a paragraph id with a line break', () => expect(() => encodeArticles([A], ['a\nb'])).toThrow('line break'));

  it.each([
    ['offsets that do not end at the text', (b: ArticleBlobs) => ({ ...b, text: b.text.subarray(1) }), 'block offsets do not fit the text'],
    ['a block of no known kind', (b: ArticleBlobs) => ({ ...b, kinds: b.kinds.map(() => 7) }), 'block 0 is of no known kind'],
    ['fewer blocks than the articles have', (b: ArticleBlobs) => ({ ...b, kinds: b.kinds.subarray(0, -1), starts: b.starts.subarray(0, -1),
      text: b.text.subarray(0, b.starts[b.starts.length - 2]) }), 'article b has more blocks than the file'],
    ['a digest missing', (b: ArticleBlobs) => ({ ...b, digests: b.digests.slice(64) }), 'digests for'],
  ])('names the file when it holds %s', (_, damage, message) => {
    const blobs = damage(encodeArticles([A, B], ['chu-ky-so:1', 'chu-ky-so:2', 'b:1']));
    expect(() => decodeArticles(blobs, '/x/articles.bin')).toThrow(`/x/articles.bin: ${message}`);
  });
});
