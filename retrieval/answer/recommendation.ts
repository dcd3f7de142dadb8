import { foldDiacritics, hasDiacritics } from '../text/normalize.js';

// Asking which shop, brand or model to pick, or where something is good to eat or cheap to buy: "quán nào ngon", "loại
// nào tốt", "hãng nào bền hơn", "ở đâu rẻ", "ngon nhất", "miễn phí mà tốt". News on public services and digital
// government recommends no shop or product. Only after a word for one (quán, tiệm, hãng, loại, mẫu…): "ứng dụng nào tốt
// để làm lý lịch tư pháp", "nên chọn hình thức nào", "con đường nào bền vững" ask of what the articles tell, and "nên
// mua chữ ký số ở đâu" is answered by where it is free.
const PICKED = '(?:quán|tiệm|cửa hàng|shop|hãng|loại|mẫu|dòng|nhãn hiệu|thương hiệu|con|cái|chỗ)';
// A product picked within a budget ("điện thoại nào dưới 5 triệu", "laptop nào tầm 10 triệu"), and a place good to go
// ("đi chơi ở đâu đẹp"): "người đi chơi tới Hà Nội được hỗ trợ gì" asks what the articles tell.
const PRODUCT = '(?:điện thoại|máy tính|laptop|máy|xe|tivi|tủ lạnh)';
// Advice asked on a purchase or on where to put one's own money ("Tư vấn giúp laptop cho giáo viên tầm 15 triệu", "Theo
// bạn nên đầu tư vào đâu?"): "tư vấn thủ tục", "Hà Nội nên đầu tư vào đâu" ask of what the articles tell.
const ADVICE = String.raw`tư vấn(?: (?:giúp|cho|hộ))?(?: (?:mình|em|tôi|tui|cháu))?(?: (?:mua|chọn))? ${PRODUCT}|theo (?:bạn|ad|admin|anh|chị|em)(?: thì)?,?(?: (?:tôi|mình|em|tui))? (?:có )?nên (?:đầu tư|mua|chọn|gửi)`;
const MARKED = new RegExp(String.raw`(?<![\p{L}])(?:${ADVICE}|${PICKED}(?: [\p{L}\d]+){0,3} nào (?:ngon|rẻ|đẹp|tốt|xịn|bền)(?! vững)`
  + String.raw`|ở đâu (?:ngon|rẻ|đẹp|vui)|(?:ngon|rẻ) nhất|(?:${PICKED}|${PRODUCT}|mạng xã hội|game|phim|bài hát)(?: [\p{L}\d]+){0,3} (?:nào )?(?:đang )?hot|${PRODUCT}(?: [\p{L}\d]+){0,3} nào(?: [\p{L}\d]+){0,3} (?:dưới|tầm|khoảng|trong tầm) \d+(?![^?]*\b(?:hỗ trợ|cấp|tặng|phát|trợ giá))|(?:hãng|loại|mẫu|dòng) nào(?: [\p{L}\d]+){1,5} hơn|(?:miễn phí|rẻ) mà (?:tốt|ngon|đẹp|xịn))(?![\p{L}])`, 'u');
// Typed without marks, only what has no other common reading: "quan nao" is also "quận nào", "hang nao" "hạng nào",
// "dau tot" "đầu tốt" (khởi đầu tốt).
const FOLDED = /(?<![a-z0-9])(?:(?:tiem|cua hang|shop)(?: [a-z0-9]+){0,3} nao (?:ngon|tot|dep)|nao ngon|ngon nhat|mang xa hoi nao (?:dang )?hot|mien phi ma (?:tot|ngon|dep))(?![a-z0-9])/;

/** Whether the asking part asks which shop, brand or model to pick (see above). */
export function asksRecommendation(asked: string): boolean {
  const text = asked.normalize('NFC').toLowerCase();
  return hasDiacritics(text) ? MARKED.test(text) : FOLDED.test(foldDiacritics(text));
}
