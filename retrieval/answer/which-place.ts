import { placesIn } from '../rerank/place-filter.js';
import { foldDiacritics } from '../text/normalize.js';

/**
 * "tỉnh nào", "địa phương nào", "thành phố khác nào": which province, by its name (folded text). Asked for districts
 * ("quận nào") the same test cost more answers on the checking halves than it saved (session 13): articles name
 * districts seldom, and "các quận, huyện" often answers well enough.
 */
export const WHICH_PLACE = /\b(tinh|tinh thanh|thanh pho|dia phuong)( khac)? nao\b/;

/**
 * For a question asking which province ("Ngoài Hà Nội, còn tỉnh nào làm thử?"), a test of a sentence: it names a
 * province the question does not already name (`expanded`: the question with its abbreviations expanded). Undefined
 * when the question does not ask which province.
 */
export function namesPlaceAsked(message: string, expanded = message): ((sentence: string) => boolean) | undefined {
  if (!WHICH_PLACE.test(foldDiacritics(message.toLowerCase()))) return undefined;
  // The places it names read with abbreviations expanded: "HN đứng thứ 2, vậy tỉnh nào đứng thứ nhất" names Hà Nội.
  const named = placesIn(expanded);
  return (sentence) => [...placesIn(sentence)].some((p) => !named.has(p));
}
