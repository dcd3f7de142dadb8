/**
 * A document as a format reader sees it, before it becomes an Article: headings with their level, paragraphs, lists
 * (items kept together) and tables (rows of cells). Metadata is what the file itself declares (HTML <title>, meta
 * tags); what the text states (a decision's header) is read later from the blocks.
 */
export type DocBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[]; readonly header: boolean };

export interface SourceDocument {
  readonly title?: string;
  readonly publication?: string;
  /** ISO date declared by the file (e.g. article:published_time). */
  readonly date?: string;
  readonly blocks: readonly DocBlock[];
}

/** Whitespace (newlines included) collapsed to single spaces, NFC, trimmed: one line of text. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').normalize('NFC').trim();
}
