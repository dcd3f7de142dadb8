import { foldDiacritics } from '../text/normalize.js';
import type { Constraint } from './constraints.js';

// How two things differ: "mức độ 3 với mức độ 4 khác nhau chỗ nào", "chữ ký số khác gì chữ ký điện tử", "điểm khác biệt
// là gì" (folded). Not "mấy trang khác nhau" (several different sites) nor "khác nhau một trời một vực" (a remark): the
// difference must be asked, by a question word after it.
const ASKED = /\b(khac nhau|khac biet|diem khac(?: nhau| biet)?|khac)\b(?: (?:o|la|the|thi|nhu|co))*? (cho nao|diem nao|o dau|the nao|ra sao|nhu nao|ntn|gi|j|nhung gi)\b/;
// "khác" alone asks a difference only with these words after it ("khác gì", "khác ở đâu", "khác thế nào"): "còn tỉnh nào
// khác không" asks another, and "khác nhau chỗ nào" is asked by "khác nhau".
const BARE_KHAC_ASKS = new Set(['gi', 'j', 'o dau', 'nhu nao', 'the nao', 'ra sao']);
// A sentence that tells a difference: it contrasts or compares.
const CONTRASTS = /(?<!\p{L})(khác|trong khi|thay vì|ngược lại|so với|hơn|chỉ khác|còn\s+\p{L}+\s+thì)(?!\p{L})/iu;

/** How two things differ, asked (see ASKED), as typed, or undefined. */
export function differenceAsked(asked: string): Constraint | undefined {
  // NFC, so folding keeps every index: the label is cut from the question as typed.
  const text = asked.normalize('NFC');
  const m = ASKED.exec(foldDiacritics(text.toLowerCase()));
  if (!m || (m[1] === 'khac' && !BARE_KHAC_ASKS.has(m[2]!))) return undefined;
  return { key: m[0], label: text.slice(m.index, m.index + m[0].length) };
}

/** Whether a sentence contrasts or compares: it may say how two things differ. */
export function tellsDifference(sentence: string): boolean {
  return CONTRASTS.test(sentence);
}
