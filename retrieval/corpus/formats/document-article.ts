import { foldDiacritics } from '../../text/normalize.js';
import type { Article, ArticleBlock, MetaDefaults } from '../article.js';
import { buildArticle } from '../build-article.js';
import { readDocumentHeader } from './document-header.js';
import { oneLine, type DocBlock, type SourceDocument } from './source-document.js';

const ORDERED = /^(\d{1,2})[.)]\s+/;
const BULLET = /^[-–•+*]\s+/;
// A list longer than this is cut between items into passages of about this size, so one passage stays quotable.
const MAX_LIST_CHARS = 1200;

/** Consecutive paragraphs that number themselves 1., 2., 3. (or bullet themselves) are one list, as a PDF prints it. */
function groupListParagraphs(blocks: readonly DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (const b of blocks) {
    const last = out.at(-1);
    if (b.kind !== 'paragraph') out.push(b);
    else if (last?.kind === 'list' && last.ordered && Number(ORDERED.exec(b.text)?.[1]) === last.items.length + 1) {
      out[out.length - 1] = { ...last, items: [...last.items, b.text.replace(ORDERED, '')] };
    } else if (last?.kind === 'list' && !last.ordered && BULLET.test(b.text)) {
      out[out.length - 1] = { ...last, items: [...last.items, b.text.replace(BULLET, '')] };
    } else if (ORDERED.exec(b.text)?.[1] === '1') out.push({ kind: 'list', ordered: true, items: [b.text.replace(ORDERED, '')] });
    else if (BULLET.test(b.text)) out.push({ kind: 'list', ordered: false, items: [b.text.replace(BULLET, '')] });
    else out.push(b);
  }
  // A "list" of one item was a numbered paragraph after all.
  return out.map((b) => (b.kind === 'list' && b.items.length === 1 ? { kind: 'paragraph', text: `${b.ordered ? '1. ' : '• '}${b.items[0]}` } : b));
}

function listPassages(items: readonly string[], ordered: boolean, lead?: string): string[] {
  const marked = items.map((t, i) => (ordered ? `${i + 1}. ${t}` : `• ${t}`));
  const passages: string[] = [];
  let current = lead ?? '';
  for (const item of marked) {
    if (current && current.length + item.length > MAX_LIST_CHARS && current !== lead) {
      passages.push(current);
      current = '';
    }
    current = current ? `${current} ${item}` : item;
  }
  if (current) passages.push(current);
  return passages;
}

/** A table row as a sentence a resident can read: "Lệ phí: 100.000 đồng; Thời hạn: 10 ngày", or cells joined by " | ". */
function tableRows(rows: readonly (readonly string[])[], header: boolean): string[] {
  const head = header ? rows[0]! : undefined;
  return (header ? rows.slice(1) : rows).map((cells) => head
    ? cells.flatMap((c, i) => (c ? [head[i] ? `${head[i]}: ${c}` : c] : [])).join('; ')
    : cells.filter(Boolean).join(' | ')).filter(Boolean);
}

/** Blocks as the corpus keeps them: headings, and paragraphs where a list (with its lead-in line) or a table row is one. */
export function articleBlocks(blocks: readonly DocBlock[]): ArticleBlock[] {
  const out: ArticleBlock[] = [];
  for (const b of groupListParagraphs(blocks)) {
    if (b.kind === 'heading') out.push({ kind: 'heading', text: b.text });
    else if (b.kind === 'paragraph') out.push({ kind: 'paragraph', text: b.text });
    else if (b.kind === 'list') {
      const prev = out.at(-1);
      const lead = prev?.kind === 'paragraph' && prev.text.endsWith(':') ? out.pop()!.text : undefined;
      for (const text of listPassages(b.items, b.ordered, lead)) out.push({ kind: 'paragraph', text });
    } else for (const text of tableRows(b.rows, b.header)) out.push({ kind: 'paragraph', text: oneLine(text) });
  }
  return out;
}

const same = (a: string, b: string) => foldDiacritics(a).toLowerCase().replace(/\W+/g, '') === foldDiacritics(b).toLowerCase().replace(/\W+/g, '');

/**
 * A PDF, Word or HTML document as an article. Title, issuing body and date come from the file's own declarations,
 * then from what its header states, then from its first heading; `defaults` (given beside the file) fill what is left.
 */
export function documentArticle(file: string, doc: SourceDocument, o: { fields?: Record<string, string>; defaults?: MetaDefaults; sourceBytes?: number } = {}): Article {
  const fields = o.fields ?? {};
  const header = readDocumentHeader(doc.blocks);
  let blocks = header.blocks;
  let title = fields['title'] ?? header.title ?? doc.title;
  const first = blocks[0];
  if (first?.kind === 'heading' && (!title ? first.level <= 2 : same(first.text, title))) {
    title ??= first.text;
    blocks = blocks.slice(1);
  }
  title ??= o.defaults?.title;
  const publication = fields['publication'] ?? doc.publication ?? header.publication ?? o.defaults?.publication;
  const date = fields['date'] ?? doc.date ?? header.date ?? o.defaults?.date;
  return buildArticle(file, {
    ...(fields['id'] ? { id: fields['id'] } : {}),
    ...(title ? { title: oneLine(title) } : {}),
    ...(publication ? { publication: oneLine(publication) } : {}),
    ...(date ? { date } : {}),
    ...(fields['author'] ? { author: fields['author'] } : {}),
    ...(fields['source_file'] ? { sourceFile: fields['source_file'] } : {}),
    ...(o.sourceBytes !== undefined ? { sourceBytes: o.sourceBytes } : {}),
    blocks: articleBlocks(blocks),
  });
}
