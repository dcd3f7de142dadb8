import { foldDiacritics } from '../text/normalize.js';

// The kinds of document a question or a sentence names, folded.
const KINDS = '(ke hoach|quyet dinh|nghi quyet|de an|quy hoach|chuong trinh|chi thi|thong tu|nghi dinh|cong van|luat)';
const KIND_NAMED = new RegExp(String.raw`\b${KINDS}(?: so)?(?: (\d+))?`, 'g');
// A day right after a numbered document's reference is that document's: "Nghị quyết số 18-NQ/TU ngày 30/12/2022 của
// Thành uỷ", "Kế hoạch số 174/KH-UBND ngày 27/7/2021". Folded.
const DATED = new RegExp(String.raw`\b${KINDS}(?: so)? (\d+)(?:[/-][a-z0-9/&-]*)? ngay \d{1,2}\/\d{1,2}\/\d{2,4}`, 'g');

/**
 * A sentence (folded) without the days that belong to documents other than the ones a question names: asked when
 * "Quy hoạch Thủ đô" was approved, "…bám sát … Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành uỷ…" gives the
 * resolution's day, not the plan's. Another kind of document is another document; so is one of the same kind with
 * another number, when the question gives one. A question naming no document keeps every day.
 */
export function withoutOtherDocumentDays(question: string): (folded: string) => string {
  const named = [...foldDiacritics(question.toLowerCase().normalize('NFC')).matchAll(KIND_NAMED)].map((m) => ({ kind: m[1]!, number: m[2] }));
  if (named.length === 0) return (folded) => folded;
  const asked = (kind: string, number: string): boolean => named.some((n) => n.kind === kind && (n.number === undefined || n.number === number));
  return (folded) => folded.replace(DATED, (reference, kind: string, number: string) => (asked(kind, number) ? reference : ' '));
}
