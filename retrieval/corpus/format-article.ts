import type { Article } from './article.js';

/** Writes an article in the corpus's own Markdown form (front matter, "## " headings, blank-line paragraphs). */
export function formatArticle(a: Article): string {
  const meta = [
    `id: ${a.id}`,
    `title: ${a.title}`,
    `publication: ${a.publication}`,
    ...(a.date ? [`date: ${a.date}`] : []),
    ...(a.author ? [`author: ${a.author}`] : []),
    `source_file: ${a.sourceFile}`,
    ...(a.sourceBytes !== undefined ? [`source_bytes: ${a.sourceBytes}`] : []),
  ];
  const body = a.blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text));
  return `---\n${meta.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}
