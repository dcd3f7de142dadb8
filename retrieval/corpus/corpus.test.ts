import { describe, expect, it } from 'vitest';
import { ArticleError, slugify } from './article.js';
import { formatArticle } from './format-article.js';
import { parseDate, splitFrontMatter } from './front-matter.js';
import { parseArticle } from './parse-article.js';
import { articlePassages } from './passages.js';

const LONG = 'Người dân được cấp chữ ký số miễn phí tại bộ phận một cửa của các sở, ngành và UBND quận, huyện.';

describe('front matter and dates', () => {
  it('splits fields from the body', () => {
    expect(splitFrontMatter('---\ntitle: Tiêu đề\nDate: 2024-03-25\n---\nThân bài')).toEqual({
      fields: { title: 'Tiêu đề', date: '2024-03-25' },
      body: 'Thân bài',
    });
  });
  it.each([
    ['2024-03-25', '2024-03-25'],
    ['25/3/2024', '2024-03-25'],
    ['31/2/2024', undefined],
    ['hôm qua', undefined],
  ])('parseDate(%j) = %j', (v, out) => {
    expect(parseDate(v)).toBe(out);
  });
  it.each([
    ['000_215be2947c13ab6b.txt', '000-215be2947c13ab6b'],
    ['Hà Nội: Chuyển đổi số!', 'ha-noi-chuyen-doi-so'],
  ])('slugify(%j) = %j', (v, out) => {
    expect(slugify(v)).toBe(out);
  });
});

describe('parseArticle', () => {
  it('reads a .txt whose first line is the title', () => {
    const a = parseArticle('dir/bai-viet.txt', `Tiêu đề bài\n\n${LONG}\n\n## Mục hai\n\n${LONG} Thêm.`, { publication: 'Báo A' });
    expect(a).toMatchObject({ id: 'bai-viet', title: 'Tiêu đề bài', publication: 'Báo A', sourceFile: 'bai-viet.txt' });
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('drops navigation, figures and footers from HTML', () => {
    const html = `<html><head><title>Tin &amp; bài</title></head><body><nav>Menu</nav><article><h1>Tin &amp; bài</h1><p>${LONG}</p>` +
      '<figure><figcaption>Ảnh minh họa</figcaption></figure></article><footer>Bình luận</footer></body></html>';
    const a = parseArticle('tin.html', html);
    expect(a.title).toBe('Tin & bài');
    expect(JSON.stringify(a.blocks)).not.toMatch(/Menu|Ảnh minh họa|Bình luận/);
  });

  it.each([
    ['empty.txt', ''],
    ['short.txt', 'Tiêu đề\n\nNgắn.'],
    ['x.pdf', LONG],
    ['x.docx', LONG],
    ['bin.txt', `Tiêu đề\n\n${LONG}\u0000`],
    ['bad-date.md', `---\ntitle: T\ndate: 2024-13-01\n---\n${LONG}`],
  ])('rejects %s with an error naming it', (file, content) => {
    expect(() => parseArticle(file, content)).toThrow(ArticleError);
    expect(() => parseArticle(file, content)).toThrow(file);
  });

  it('round-trips through formatArticle', () => {
    const a = parseArticle('a.md', `---\nid: a\ntitle: T\npublication: P\ndate: 2022-12-12\n---\n\n${LONG}\n\n## H\n\n${LONG} Hai.`);
    expect(parseArticle('a.md', formatArticle(a))).toEqual(a);
  });

  it('writes every metadata value on one line, whatever it holds', () => {
    const a = parseArticle('a.md', `---\nid: a\ntitle: T\n---\n\n${LONG}`);
    const text = formatArticle({ ...a, title: 'Tiêu đề\nid: khac\r\ndate: 2020-01-01\u2028x', publication: 'Báo\u0085id: y' });
    expect(text.match(/^id:/gm)).toEqual(['id:']);
    expect(parseArticle('a.md', text)).toMatchObject({ id: 'a', title: 'Tiêu đề id: khac date: 2020-01-01 x', publication: 'Báo id: y' });
  });

  it('decodes numeric entities', () => {
    expect(parseArticle('a.html', `<title>T</title><p>&#7853; &#x1EA1; ${LONG}</p>`).blocks[0]!.text).toBe(`ậ ạ ${LONG}`);
  });

  it('keeps a title with a newline on one line when written out (no front-matter field smuggled in)', () => {
    const a = parseArticle('a.md', `${LONG}\n\n${LONG}`, { title: 'Tiêu đề\nid: khac' });
    expect(a.title).toBe('Tiêu đề id: khac');
    expect(parseArticle('a.md', formatArticle(a))).toEqual(a);
  });
});

describe('paragraph ids', () => {
  const article = (paras: string[]) => parseArticle('a.md', `---\nid: a\ntitle: T\n---\n\n${paras.join('\n\n')}`);
  it('keeps the id of an unchanged paragraph when others change', () => {
    const before = articlePassages(article([LONG, `${LONG} Một.`, `${LONG} Hai.`]));
    const after = articlePassages(article([`${LONG} Mới.`, `${LONG} Một.`, `${LONG} Hai.`]));
    expect(after[1]!.paragraphId).toBe(before[1]!.paragraphId);
    expect(after[2]!.paragraphId).toBe(before[2]!.paragraphId);
    expect(after[0]!.paragraphId).not.toBe(before[0]!.paragraphId);
  });
  it('tells repeated paragraphs apart', () => {
    const ids = articlePassages(article([LONG, LONG])).map((p) => p.paragraphId);
    expect(new Set(ids).size).toBe(2);
  });
});
