import { foldDiacritics } from '../text/normalize.js';
import type { AskedParticular, Constraint } from './constraints.js';
import { namesPersonNotIn } from './question-type.js';

// Who spoke, hosted or answered ("ai dẫn chương trình", "ai là người phát biểu", "bài phỏng vấn là ai trả lời"), folded.
// "có ai nói gì không", "chưa ai trả lời" ask whether anyone did, not who.
const ASKS_SPEAKER = /(?<!\b(?:co|chua|khong|ko|neu|hinh nhu|nghe) )\b(?:ai|nguoi nao)\b(?: (?:la nguoi|da|se|duoc|lai|dung ra))? (dan chuong trinh|dan|lam mc|mc|phat bieu|tra loi|noi|chia se)\b/;

/**
 * When a question asks who spoke, hosted or answered, the speaker as what a reply lacks, and a test of a sentence: it
 * names a person the question does not already name. Only a person speaks: "do Cổng thông tin điện tử thành phố cùng Sở
 * … tổ chức" says who held a dialogue, not who hosted it. Undefined when no speaker is asked.
 */
export function speakerAsked(question: string): AskedParticular | undefined {
  const text = question.normalize('NFC');
  const folded = foldDiacritics(text.toLowerCase());
  const m = ASKS_SPEAKER.exec(folded);
  if (!m) return undefined;
  // Labelled with the resident's verb ("tên người dẫn chương trình"); folding keeps lengths (NFC).
  const at = m.index + m[0].length - m[1]!.length;
  const asked: Constraint = { key: 'nguoi noi', label: `tên người ${text.slice(at, at + m[1]!.length).toLowerCase()}` };
  const namesPerson = namesPersonNotIn(folded);
  return { asked, heldIn: (sentence) => namesPerson(sentence.normalize('NFC')) };
}
