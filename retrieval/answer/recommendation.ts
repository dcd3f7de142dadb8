import { foldDiacritics, hasDiacritics } from '../text/normalize.js';

// Asking which thing to buy or pick, or where it is good or cheap: "quán nào ngon", "loại nào tốt", "ở đâu rẻ", "rẻ
// nhất", "nên mua", "nên chọn ngành nào", "bên nào giao nhanh hơn", "miễn phí mà tốt". News on public services and
// digital government recommends no product, shop or school. Not "nên dùng/cài … nào" ("nên cài app nào để làm lý lịch tư
// pháp" is answered by VNeID), nor "tốt nhất" or "đẹp nhất" alone ("hiệu quả tốt nhất", "thời điểm đẹp nhất").
const MARKED = new RegExp(String.raw`(?<![\p{L}])(?:(?:nào|đâu) (?:ngon|rẻ|đẹp|tốt|uy tín|xịn|bền)|(?:ngon|rẻ|xịn|uy tín) nhất`
  + String.raw`|nên mua|nên chọn(?: [\p{L}\d]+){0,3} nào|(?:bên|hãng|loại|hiệu) nào(?: [\p{L}\d]+){1,5} hơn|(?:miễn phí|rẻ) mà (?:tốt|ngon|đẹp|xịn))(?![\p{L}])`, 'u');
// Typed without marks, only what has no other common reading ("nao re" is also "nào rẽ", "nao xin" "nào xin").
const FOLDED = new RegExp(String.raw`(?<![a-z0-9])(?:(?:nao|dau) (?:ngon|tot|uy tin)|(?:ngon|uy tin) nhat|nen mua`
  + String.raw`|nen chon(?: [a-z0-9]+){0,3} nao|(?:ben|hang|loai|hieu) nao(?: [a-z0-9]+){1,5} hon|mien phi ma (?:tot|ngon|dep))(?![a-z0-9])`);

/** Whether the asking part asks for a recommendation of a product, shop, school or the like (see above). */
export function asksRecommendation(asked: string): boolean {
  const text = asked.normalize('NFC').toLowerCase();
  return hasDiacritics(text) ? MARKED.test(text) : FOLDED.test(foldDiacritics(text));
}
