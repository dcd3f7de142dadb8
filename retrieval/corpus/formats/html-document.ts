import { DomUtils, parseDocument } from 'htmlparser2';
import { parseDate } from '../front-matter.js';
import { oneLine, type DocBlock, type SourceDocument } from './source-document.js';

/** The one file that knows htmlparser2: an HTML page (or mammoth's HTML of a Word file) becomes a SourceDocument. */

type Root = ReturnType<typeof parseDocument>;
type Node = Root['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;
type Text = Extract<Node, { type: 'text' }>;

// Never article text: code, forms, navigation, asides and figures (captions repeat the text or describe photos).
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas', 'nav', 'aside', 'footer',
  'form', 'button', 'select', 'textarea', 'input', 'figure', 'picture', 'video', 'audio', 'map', 'dialog', 'head', 'title']);
const BOILERPLATE = /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|sidebar|footer|share|sharing|social|comments?|related|banner|ads?|advert\w*|cookie\w*|pagination|subscribe|newsletter|rating|tin-lien-quan|tin-cung-chuyen-muc|binh-luan)([-_\s]|$)/i;
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'address', 'center', 'dl', 'dt', 'dd',
  'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'body', 'html']);

const isElement = (n: Node): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const isText = (n: Node): n is Text => n.type === 'text';

function dropped(el: Element, keepHeader: boolean): boolean {
  if (DROPPED.has(el.name) || (el.name === 'header' && !keepHeader)) return true;
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(a['style'] ?? '')) return true;
  return BOILERPLATE.test(`${a['class'] ?? ''} ${a['id'] ?? ''} ${a['role'] === 'navigation' ? 'nav' : ''}`);
}

/** All text under a node, block children and <br> separated by spaces, dropped elements left out. */
function textOf(node: Node, keepHeader: boolean): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || dropped(node, keepHeader)) return '';
  if (node.name === 'br') return ' ';
  const inner = node.children.map((c) => textOf(c, keepHeader)).join('');
  return BLOCK.has(node.name) ? ` ${inner} ` : inner;
}

/** A cell whose whole text is bold: Word tables (through mammoth) mark their header row so, not with <th>. */
function isStrong(el: Element): boolean {
  const squash = (t: string) => t.replace(/\s+/g, '');
  const bold = DomUtils.findAll((e) => e.name === 'strong' || e.name === 'b', el.children).map((e) => squash(DomUtils.textContent(e))).join('');
  return bold.length > 0 && bold === squash(DomUtils.textContent(el));
}

function table(el: Element, keepHeader: boolean): DocBlock | undefined {
  const rows = DomUtils.findAll((e) => e.name === 'tr', el.children).map((tr) => ({
    cells: tr.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th'),
    inHead: tr.parent !== null && 'name' in tr.parent && tr.parent.name === 'thead',
  }));
  const text = rows.map((r) => r.cells.map((c) => oneLine(textOf(c, keepHeader)))).filter((r) => r.some((c) => c));
  if (text.length === 0) return undefined;
  const first = rows[0]!;
  const header = text.length > 1 && (first.inHead || first.cells.every((c) => c.name === 'th' || isStrong(c)));
  return { kind: 'table', rows: text, header };
}

/** Walks the content root: headings, paragraphs, lists and tables become blocks; loose inline text becomes paragraphs. */
function collect(root: Element | Root, keepHeader: boolean): DocBlock[] {
  const blocks: DocBlock[] = [];
  let inline = '';
  const flush = (): void => {
    const text = oneLine(inline);
    if (text) blocks.push({ kind: 'paragraph', text });
    inline = '';
  };
  const visit = (node: Node): void => {
    if (isText(node)) return void (inline += node.data);
    if (!isElement(node) || dropped(node, keepHeader)) return;
    const name = node.name;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      flush();
      const text = oneLine(textOf(node, keepHeader));
      if (text) blocks.push({ kind: 'heading', level: Number(heading[1]), text });
    } else if (name === 'ul' || name === 'ol') {
      flush();
      const items = node.children.filter(isElement).filter((c) => c.name === 'li').map((li) => oneLine(textOf(li, keepHeader))).filter(Boolean);
      if (items.length) blocks.push({ kind: 'list', ordered: name === 'ol', items });
    } else if (name === 'table') {
      flush();
      const t = table(node, keepHeader);
      if (t) blocks.push(t);
    } else if (name === 'br' || name === 'hr') flush();
    else if (BLOCK.has(name)) {
      flush();
      node.children.forEach(visit);
      flush();
    } else node.children.forEach(visit);
  };
  root.children.forEach(visit);
  flush();
  return blocks;
}

const textLength = (el: Element): number => oneLine(DomUtils.textContent(el)).length;

function meta(doc: Root, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const el = DomUtils.findOne((e) => e.name === 'meta' && (e.attribs['property'] === key || e.attribs['name'] === key), doc.children);
    const v = el ? oneLine(el.attribs['content'] ?? '') : '';
    if (v) return v;
  }
  return undefined;
}

/**
 * The page's main content: the <article>, <main> or role="main" element with the most text, else <body>.
 * Navigation, asides, footers, figures, forms, hidden elements and blocks whose class names them (menu, share,
 * related, comments…) are dropped; a <header> is kept only inside an <article>, where it holds the article's title.
 */
export function htmlDocument(html: string): SourceDocument {
  const doc = parseDocument(html);
  const candidates = DomUtils.findAll((e) => e.name === 'article' || e.name === 'main' || e.attribs['role'] === 'main', doc.children);
  const main = candidates.sort((a, b) => textLength(b) - textLength(a))[0];
  const root = main ?? DomUtils.findOne((e) => e.name === 'body', doc.children) ?? doc;
  const titleEl = DomUtils.findOne((e) => e.name === 'title', doc.children);
  const title = meta(doc, ['og:title']) ?? (titleEl ? oneLine(DomUtils.textContent(titleEl)) : undefined);
  const publication = meta(doc, ['og:site_name']);
  const timeEl = DomUtils.findOne((e) => e.name === 'time' && !!e.attribs['datetime'], doc.children);
  const date = parseDate((meta(doc, ['article:published_time', 'date', 'dc.date']) ?? timeEl?.attribs['datetime'])?.slice(0, 10));
  return {
    ...(title ? { title } : {}),
    ...(publication ? { publication } : {}),
    ...(date ? { date } : {}),
    blocks: collect(root, main?.name === 'article'),
  };
}
