import type { Article } from './article.js';

/** Writes an article in the corpus's own Markdown form (front matter, "## " headings, blank-line paragraphs). */
export function formatArticle(a: Article): string {
  const meta = [
    `id: ${oneLine(a.id)}`,
    `title: ${oneLine(a.title)}`,
    `publication: ${oneLine(a.publication)}`,
    ...(a.date ? [`date: ${oneLine(a.date)}`] : []),
    ...(a.asOf ? [`as_of: ${oneLine(a.asOf)}`] : []),
    ...(a.author ? [`author: ${oneLine(a.author)}`] : []),
    `source_file: ${oneLine(a.sourceFile)}`,
    ...(a.sourceBytes !== undefined ? [`source_bytes: ${a.sourceBytes}`] : []),
  ];
  const body = a.blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text));
  return `---\n${meta.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

/** A front-matter value on one line: a line break (of any kind) inside it would write a field of its own. */
function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}
