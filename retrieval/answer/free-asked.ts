import { foldDiacritics, hasDiacritics } from '../text/normalize.js';
import type { Constraint } from './constraints.js';

// Free of charge, as residents and articles say it: "miễn phí", "miễn lệ phí", "không mất phí", "không thu lệ phí", "không tốn tiền". Not "free", which
// residents also say of unpaid work ("làm free").
const FREE = /\b(mien (le )?phi|khong (mat|ton|thu) (le )?(phi|tien))\b/;
// "không (được) miễn phí" is a charge asked about, and "trả phí hay miễn phí" asks which: neither pins a free service.
const NOT_FREE = /\b(khong|chua|het|bo)( duoc)? mien phi\b|\bhay (\S+ )?mien phi\b|\bmien phi hay\b/;

const folded = (text: string): string => foldDiacritics(text.toLowerCase());

/**
 * What a question pins when it asks about a free service ("Ở Hải Phòng có cấp chữ ký số miễn phí cho dân không?"): a
 * passage that speaks of the service but not of it being free does not answer it.
 */
export function freeAsked(question: string): Constraint | undefined {
  const text = folded(question);
  return FREE.test(text) && !NOT_FREE.test(text) ? { key: 'mien phi', label: 'miễn phí' } : undefined;
}

// An article's text has its marks: read as written, not folded whole for every quoted passage.
const FREE_MARKED = /(?<!\p{L})(miễn (lệ )?phí|không (mất|tốn|thu) (lệ )?(phí|tiền))(?!\p{L})/iu;

/** Whether a text says something is free of charge. */
export function saysFree(text: string): boolean {
  return hasDiacritics(text) ? FREE_MARKED.test(text.normalize('NFC')) : FREE.test(folded(text));
}
