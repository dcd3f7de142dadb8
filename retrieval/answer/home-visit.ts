import { foldDiacritics } from '../text/normalize.js';
import type { AskedParticular, Constraint } from './constraints.js';

// Whether a service comes to the resident's home ("Phường có cử người đến tận nhà cấp chữ ký số … không?", "… hay cán bộ
// đến tận nhà làm giúp?", "có được làm tại nhà không"), folded, in a clause that asks yes or no; not a figure of homes
// reached ("bao nhiêu phần trăm nhà … kéo cáp quang về tận nhà rồi").
const HOME = String.raw`\b(?:tan nha|tai nha|(?:den|di) tung nha)\b`;
const VISIT_ASKED = new RegExp(String.raw`(?:\bco\b[^?.!;]*${HOME}[^?.!;]*\b(?:khong|ko|k|hong|hok|chua)\b|\bhay\b[^?.!;]*${HOME})`);
// Nor a clause asking something else of it ("cái tổ hay đến tận nhà hướng dẫn … có vai trò thế nào", where "hay" is
// "often"; "làm thế nào …, phải ra phường hay làm tại nhà").
const OTHER_ASK = /\b(?:bao nhieu|bn|may|the nao|ntn|nhu nao|ra sao|gi|j|nao|ai|o dau|sao)\b/;
// Home, in a sentence, with its marks.
const AT_HOME = /(?<!\p{L})(tận nhà|tại nhà|đến nhà|tới nhà|từng nhà|tận nơi|tại gia|về nhà)(?!\p{L})/iu;

const HOME_VISIT: Constraint = { key: 'tan nha', label: 'việc phục vụ tận nhà' };

/**
 * When a question asks whether a service comes to the resident's home, what a reply lacks, and a test of a sentence: it
 * speaks of the home. "Hà Nội triển khai chữ ký số miễn phí … tại bộ phận một cửa" says where it is given, not that anyone
 * brings it home. Undefined when it is not asked.
 */
export function homeVisitAsked(asked: string): AskedParticular | undefined {
  const folded = foldDiacritics(asked.normalize('NFC').toLowerCase());
  const clause = folded.split(/[?.!;]/).find((c) => VISIT_ASKED.test(c));
  if (clause === undefined || OTHER_ASK.test(clause)) return undefined;
  return { asked: HOME_VISIT, heldIn: (sentence) => AT_HOME.test(sentence.normalize('NFC')) };
}
