import { foldDiacritics } from '../text/normalize.js';

// Whether someone still holds an office, or who holds it now: "…bây giờ còn làm Giám đốc Sở không?", "…hay đã chuyển
// công tác?", "ai đang thay?" (folded text). The post is named after "còn làm": "ông … còn làm gì nữa" asks what else he
// does. A news article tells who held an office when it was written, never whether they hold it today.
const POST = '(?:pho )?(?:giam doc|chu tich|bi thu|chanh van phong|truong phong|truong ban|bo truong|thu truong|thu tuong|lanh dao|chuc|o so|viec o|cong tac o)';
const STILL = new RegExp(String.raw`\bcon (?:(?:lam|giu|dam nhiem|la|dung dau) ${POST}|duong chuc|tai vi|cong tac)\b|\bai (?:dang |hien dang |bay gio )?(?:thay|ke nhiem)\b|\bda (?:chuyen cong tac|chuyen di|nghi huu|ve huu|thoi chuc|nghi viec)\b`);
// …of an office, or of someone by name: "đã chuyển sang bản trên máy chưa" (the school records) asks nothing of anyone,
// and "bà con hỏi tôi thành phố còn làm mô hình gì nữa không" names no one.
const OFFICE = /\b(giam doc|chu tich|bi thu|chanh van phong|truong phong|truong ban|bo truong|thu truong|thu tuong)\b/;
const NAMED = /(?<!\p{L})(?:[ôÔ]ng|[bB]à) \p{Lu}/u;

/** Whether the asking part asks if a person still holds an office today, or who holds it now. */
export function asksStillInOffice(asked: string): boolean {
  const text = foldDiacritics(asked.toLowerCase().normalize('NFC'));
  return STILL.test(text) && (OFFICE.test(text) || NAMED.test(asked.normalize('NFC')));
}
