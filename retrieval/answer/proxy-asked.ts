import type { AskedParticular, Constraint } from './constraints.js';

// Whether one may apply for someone else ("LLTP qua VNeID có làm hộ cho ng nhà dc ko", "nộp thay cho bố được không", "có
// được ủy quyền không"), read with the marks the resident typed: unmarked "ho" is also hồ sơ, hộ chiếu and hộ kinh doanh.
// The one done for: family, or anyone else.
const FOR = String.raw`(?:cho )?(?:người nhà|ng nhà|người thân|người khác|ng khác|bố|mẹ|ba|má|ông|bà|con|vợ|chồng|anh|chị|em)(?!\p{L})`;
const PROXY_ASKED = new RegExp(String.raw`(?<!\p{L})(?:(?:làm|xin|nộp|đăng ký|khai|kích hoạt|lấy|nhận) (?:hộ|thay|giùm)(?!\p{L}) ?${FOR}|(?:làm|xin|nộp|đăng ký|nhận) (?:hộ|thay) cho(?!\p{L})|ủy quyền|uỷ quyền)`, 'iu');
// A sentence that speaks of acting for another.
const FOR_ANOTHER = /(?<!\p{L})(ủy quyền|uỷ quyền|thay cho|thay mặt|hộ cho|người thân|người nhà|người khác|giám hộ)(?!\p{L})/iu;

const PROXY: Constraint = { key: 'lam ho', label: 'việc làm thay cho người khác' };

/**
 * When a question asks whether one may apply for someone else, what a reply lacks, and a test of a sentence: it
 * speaks of acting for another. "Mỗi ngày có 700 - 800 trường hợp đề nghị cấp lý lịch tư pháp qua VNeID" does not
 * say who may apply. Undefined when it is not asked.
 */
export function proxyAsked(asked: string): AskedParticular | undefined {
  if (!PROXY_ASKED.test(asked.normalize('NFC'))) return undefined;
  return { asked: PROXY, heldIn: (sentence) => FOR_ANOTHER.test(sentence.normalize('NFC')) };
}
