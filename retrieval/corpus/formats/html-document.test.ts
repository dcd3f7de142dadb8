import { describe, expect, it } from 'vitest';
import { htmlDocument } from './html-document.js';

const texts = (html: string) => htmlDocument(html).blocks.map((b) => (b.kind === 'list' ? b.items.join(' / ') : b.kind === 'table' ? b.rows.map((r) => r.join(',')).join(' / ') : b.text));

describe('htmlDocument', () => {
  // The first three are the regex reader's bugs (issue 15): a parser gets them right.
  it.each([
    ['text after a nested <aside> is dropped with it', '<body><aside>a<aside>b</aside>sau aside con</aside><p>Bài</p></body>', ['Bài']],
    ['a ">" inside an attribute value does not end the tag', '<p title="a>b">Xin chào</p>', ['Xin chào']],
    ['an unclosed <p> ends at the next <p>', '<p>Một<p>Hai', ['Một', 'Hai']],
    ['entities, named and numeric', '<p>A &amp; B &#7853; &#x1EA1;&nbsp;C</p>', ['A & B ậ ạ C']],
    ['<br> splits lines into paragraphs', '<div>Dòng một<br>Dòng hai</div>', ['Dòng một', 'Dòng hai']],
    ['inline markup stays inside its paragraph', '<p>Nộp <b>trực tuyến</b> tại <a href="/x">Cổng</a>.</p>', ['Nộp trực tuyến tại Cổng.']],
    ['scripts, styles, comments and forms go', '<body><script>var a="<p>x</p>"</script><style>p{}</style><!-- <p>c</p> --><form><p>f</p></form><p>Giữ</p></body>', ['Giữ']],
    ['hidden and boilerplate-classed blocks go', '<body><div class="share-buttons">Chia sẻ</div><div hidden>ẩn</div><div style="display:none">ẩn</div><ul class="related-news"><li>Tin khác</li></ul><p>Giữ</p></body>', ['Giữ']],
    ['a site <header> goes, an article\'s header stays', '<body><header>Logo</header><article><header><h1>Tựa</h1></header><p>Bài</p></article></body>', ['Tựa', 'Bài']],
    ['nav, footer and figure (with its caption) go', '<body><nav>Menu</nav><p>Bài</p><figure><img src=a><figcaption>Ảnh</figcaption></figure><footer>Bản quyền</footer></body>', ['Bài']],
    ['loose text between blocks is a paragraph', '<div>Trước<p>Giữa</p>Sau</div>', ['Trước', 'Giữa', 'Sau']],
    ['list items stay together, nested lists flatten into their item', '<ol><li>Bước một</li><li>Bước hai<ul><li>chi tiết</li></ul></li></ol>', ['Bước một / Bước hai chi tiết']],
    ['table rows', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', ['A,B / 1,2']],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('takes the <article> with the most text as the content, and reads title, site and date from the head', () => {
    const doc = htmlDocument(`<html><head><title>Tựa - Báo X</title><meta property="og:title" content="Tựa &amp; bài">
      <meta property="og:site_name" content="Báo X"><meta property="article:published_time" content="2024-03-25T08:00:00+07:00"></head>
      <body><article class="teaser"><p>Ngắn</p></article><article><h1>Tựa</h1><p>Đoạn dài hơn của bài chính.</p></article></body></html>`);
    expect(doc).toMatchObject({ title: 'Tựa & bài', publication: 'Báo X', date: '2024-03-25' });
    expect(doc.blocks).toEqual([{ kind: 'heading', level: 1, text: 'Tựa' }, { kind: 'paragraph', text: 'Đoạn dài hơn của bài chính.' }]);
  });

  it('marks a header row: <th>, <thead>, or cells wholly in bold (as Word tables come through mammoth)', () => {
    const bold = htmlDocument('<table><tr><td><p><strong>Lệ phí</strong></p></td></tr><tr><td>100.000 đồng</td></tr></table>').blocks[0];
    const plain = htmlDocument('<table><tr><td>Lệ <b>phí</b></td></tr><tr><td>100.000 đồng</td></tr></table>').blocks[0];
    expect(bold).toMatchObject({ kind: 'table', header: true });
    expect(plain).toMatchObject({ kind: 'table', header: false });
  });
});
