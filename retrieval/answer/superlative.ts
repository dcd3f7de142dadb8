import { foldDiacritics } from '../text/normalize.js';
import type { Constraint } from './constraints.js';

// Which one is first, most or least: "quận huyện nào cấp nhiều nhất", "tỉnh nào đứng thứ nhất", "chỉ số thành phần nào
// tăng mạnh nhất", "lĩnh vực nào được đầu tư nhiều tiền nhất" (folded). Not "nhà nào cũng" (every house), nor "ít nhất"
// (at least) or "cập nhật" (update), nor when ("khi nào", "năm nào … đứng đầu" asks a date).
const ASKED = /(?:\b(?!(?:khi|luc|hoi|nam|bao gio)\b)[a-z0-9]+ )?(?<!\b(?:khi|luc|hoi|nam) )\bnao\b(?! cung\b)(?: [a-z0-9]+){0,5}? (nhieu(?: (?!nhat\b)[a-z]+)? nhat|cao nhat|thap nhat|manh nhat|lon nhat|tot nhat|nhanh nhat|dung dau|dan dau|thu nhat)\b/;
// A sentence that ranks or compares: "nhất", "dẫn đầu", "đứng đầu", "top".
// "thống nhất" (unified), "duy nhất" (only), "ít nhất" (at least) and "nhất là" (above all) rank nothing.
const RANKS = /(?<!\p{L})(?<!(?:thống|duy|ít) )nhất(?! là)(?!\p{L})|(?<!\p{L})(dẫn đầu|đứng đầu|top)(?!\p{L})/iu;

/**
 * What a question asks to be singled out as first, most or least ("quận huyện nào cấp nhiều nhất"), as typed, or
 * undefined. Only a sentence that ranks answers it: "đã cấp khoảng 10 nghìn chữ ký số" gives the total, not which
 * district gave the most, and "Thành phố đứng thứ 2" not who stands first.
 */
export function superlativeAsked(asked: string): Constraint | undefined {
  // NFC, so folding keeps every index: the label is cut from the question as typed.
  const text = asked.normalize('NFC');
  const m = ASKED.exec(foldDiacritics(text.toLowerCase()));
  if (!m) return undefined;
  return { key: m[0], label: text.slice(m.index, m.index + m[0].length) };
}

/** Whether a sentence ranks or compares: it may say which one is first. */
export function ranksOrCompares(sentence: string): boolean {
  return RANKS.test(sentence);
}
