import type { TurnRecord } from '../core/turn-record.js';

/**
 * Case folding for the q filter, done in TypeScript for both databases: SQLite's lower() folds ASCII only and
 * PostgreSQL's depends on the database's LC_CTYPE, while 'Chữ Ký' must match 'chữ ký' everywhere. NFC first so a
 * decomposed 'ữ' (u + horn + tilde) matches a precomposed one.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The stored search_text of a turn: question, rewrite and answer, folded, one per line. */
export function turnSearchText(record: Pick<TurnRecord, 'question' | 'rewrite' | 'answer'>): string {
  return [record.question, record.rewrite ?? '', record.answer].map(foldForSearch).join('\n');
}

/** A LIKE pattern (ESCAPE '\') matching any text containing q, with q's own %, _ and \ taken literally. */
export function containsPattern(q: string): string {
  return `%${foldForSearch(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
