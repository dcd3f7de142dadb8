import { foldDiacritics } from '../text/normalize.js';
import type { AskedParticular, Constraint } from './constraints.js';

// Whether residents may do something ("người dân có được vào xem trực tiếp không?", "dân thường có được xem không"),
// folded: the residents as the subject of "có được … không". Not what they gain ("dân được lợi gì"), nor a figure of
// them ("phát cho dân được bao nhiêu"), nor a service given them ("có cho dân được tư vấn khám bệnh từ xa không": whether
// the city offers it, which a sentence naming the service answers).
const ALLOWED_ASKED = /(?<!\bcho )\b(?:nguoi dan|dan thuong|dan|cong dan)\b(?: thuong)? (?:co )?(?:duoc|dc|duoc phep) (?!loi\b)((?:(?!bao nhieu|bn|gi|j|nao)[a-z0-9]+ ){0,12}?)(?:khong|ko|k|hong|hok|chua)\b/;
// The residents named in a sentence, with its marks: folded, "dân" is also "dẫn" and "dần".
const RESIDENTS = /(?<!\p{L})(người dân|công dân|nhân dân|cư dân|dân|bà con|người sử dụng|người dùng)(?!\p{L})/iu;

const RESIDENTS_ALLOWED: Constraint = { key: 'nguoi dan duoc', label: 'việc người dân có được làm điều đó hay không' };

/**
 * When a question asks whether residents may do something, what a reply lacks, and a test of a sentence: it speaks of
 * the residents. A sentence on how the city's officials meet online says nothing of whether residents may watch.
 * Undefined when it is not asked.
 */
export function residentsAllowedAsked(question: string): AskedParticular | undefined {
  if (!ALLOWED_ASKED.test(foldDiacritics(question.normalize('NFC').toLowerCase()))) return undefined;
  return { asked: RESIDENTS_ALLOWED, heldIn: (sentence) => RESIDENTS.test(sentence.normalize('NFC')) };
}
