// Procedures named in general, folded: every one ("mọi thủ tục", "tất cả giấy tờ"), or what something serves ("để làm
// thủ tục", "để giải quyết giấy tờ cho dân").
const GENERIC_PROCEDURE = /\b(moi|tat ca|de (lam|giai quyet|xu ly)( cac| moi)?) (thu tuc|ho so|giay to)\b/g;
const PROCEDURE = /\b(thu tuc|ho so|giay to)\b/;

/**
 * Whether the asking sentences (folded, lower-cased) speak of a procedure, its papers or its file, so that the one a
 * story names may be what they ask of ("Mẹ tôi cần làm thẻ căn cước mới. Thủ tục như thế nào?"). Procedures in general
 * name none: "Con mình mới sinh… Hà Nội có nối với kho dữ liệu dân cư quốc gia để làm thủ tục không?" asks of the
 * city's link, not of the birth registration. Session 63, every tuning half: key fact +3, nothing lost, no
 * unanswerable question answered.
 */
export function speaksOfProcedure(folded: string): boolean {
  return PROCEDURE.test(folded.replace(GENERIC_PROCEDURE, ' '));
}
