import { foldDiacritics, hasDiacritics } from '../text/normalize.js';
import { placesIn } from '../rerank/place-filter.js';
import type { AskedParticular } from './constraints.js';

// "những quận, huyện cụ thể nào", "cụ thể là những chợ nào", "các di tích cụ thể nào": the resident asks for the named
// places or units themselves (folded text). "cụ thể hóa", "con số cụ thể" and "muốn biết cụ thể hơn" ask no names.
const BEFORE = /\b(?:nhung|cac) ((?:[a-z0-9]+(?:, | va | )?){1,4}?) cu the nao\b/;
const AFTER = /\bcu the la (?:nhung|cac) ((?:[a-z0-9]+ ?){1,3}?) nao\b/;
// Without "cụ thể", for units that have names only: "phủ tới những quận nào rồi?". With marks typed, "những chỗ nào"
// (which points) is not "những chợ nào" (which markets).
const UNITS = ['quận', 'huyện', 'thị xã', 'phường', 'xã', 'chợ', 'di tích', 'bệnh viện', 'trường', 'nút', 'nút giao', 'ngã tư', 'tuyến phố',
  'tuyến đường'];
const UNIT = `(?:${UNITS.map((u) => foldDiacritics(u)).join('|')})`;
const UNITS_WHICH = new RegExp(String.raw`\b(?:nhung|cac) (${UNIT}(?:(?:, | va )${UNIT})*) nao\b`);
// One administrative unit where something is or happens ("đặt ở quận nào", "thuộc huyện nào", "Phường nào làm trước?"):
// only those, since "ở chỗ nào" (where) folds to "ở chợ nào". Not in a list ("sở nào, quận nào làm tới đâu", "cơ quan,
// phường nào làm kém": whichever), nor asking whether any has ("làm ở quận nào chưa") or saying any will do ("ở xã nào
// cũng được").
const ONE_UNIT = `(?:${['quận', 'huyện', 'thị xã', 'phường', 'xã'].map((u) => foldDiacritics(u)).join('|')})`;
const UNIT_WHICH = new RegExp(String.raw`(?:\b(?:o|tai|thuoc|den) |^|[.?!;:] *)(${ONE_UNIT}) nao\b(?! (?:chua|khong|ko|hay|cung)\b)(?!,)`);
// "có quận nào … không ạ, cho e xin tên": whether any, then its name asked outright.
const UNIT_NAME_ASKED = new RegExp(String.raw`\b(${ONE_UNIT}) nao\b.{0,120}?\b(?:xin ten|cho biet ten|ke ten|ten (?:la )?(?:gi|j))\b`);
// One body asked for by name: "Công ty nào phát triển iHanoi?", "liên kết với trường đại học nào", "của báo nào".
// Unmarked, "truong nao" is also "trưởng nào" (which head) and "bao nao", "dai nao" other words: marked only. A kind
// ("loại doanh nghiệp nào") is not a name, nor is a channel, which is mostly a kind too ("qua những kênh nào").
const BODIES = ['công ty', 'tập đoàn', 'doanh nghiệp', 'nhà mạng', 'ngân hàng', 'trường đại học', 'trường', 'báo', 'đài', 'bệnh viện'];
const BODIES_UNMARKED = ['cong ty', 'tap doan', 'doanh nghiep', 'nha mang', 'ngan hang', 'truong dai hoc', 'benh vien'];
const BODY_WHICH = new RegExp(String.raw`(?<!\b(?:loai hinh|loai|kieu|dang|hinh thuc|mo hinh) )\b(${BODIES.map((b) => foldDiacritics(b)).join('|')}) nao\b`);

// A document's number asked ("ban hành kế hoạch thực hiện số mấy?", "Nghị quyết số bao nhiêu?"): only a sentence
// numbering a document of that kind answers; the number of another (the resolution a plan carries out) does not.
// Folded, "so" is also sở and sổ, and "số" ends "chuyển đổi số", "kinh tế số": only "số mấy", "số bao nhiêu", "số hiệu"
// ask a number, with marks only as "số", never after a word "số" qualifies; of the document named last before it.
const DOCUMENTS = ['kế hoạch', 'nghị quyết', 'quyết định', 'chỉ thị', 'đề án', 'thông tư', 'nghị định', 'công văn', 'chương trình'];
const DOCUMENT = `(?:${DOCUMENTS.map((d) => foldDiacritics(d)).join('|')})`;
const NUMBER_ASKED = new RegExp(String.raw`\b(${DOCUMENT})\b((?: (?!${DOCUMENT}\b)[a-z0-9]+){0,4}?) (?:la )?(so) (?:may|bao nhieu|hieu)\b`);
const QUALIFIED = /\b(doi|thuat|te|hoi|quyen|nghe|hoa|ban)$/;

function numberAsked(text: string, folded: string): NamedInstances | undefined {
  const m = NUMBER_ASKED.exec(folded);
  if (!m || QUALIFIED.test(m[2]!)) return undefined;
  // Folding keeps lengths (NFC, one mark a letter), so the typed "số" is where the folded "so" is.
  const at = m.index + m[0].lastIndexOf(` so `) + 1;
  if (hasDiacritics(text) && text.slice(at, at + 2).toLowerCase() !== 'số') return undefined;
  const kind = m[1]!;
  const typed = text.slice(m.index, m.index + kind.length);
  const numberOf = new RegExp(String.raw`\b${kind} (?:so )?\d`);
  return { asked: { key: `${kind} so`, label: `số của ${typed.toLowerCase()}` },
    heldIn: (sentence) => numberOf.test(foldDiacritics(sentence.normalize('NFC').toLowerCase())) };
}

/**
 * What the question asks to be named, as it wrote it ("những quận, huyện cụ thể"), held by a sentence that names one:
 * one of the asked nouns, then a capitalised name ("quận Hoàn Kiếm", "chợ Đồng Xuân").
 */
export type NamedInstances = AskedParticular;

/**
 * When a question asks which places, units or bodies by name, a test of a sentence: it names one. Undefined when it
 * does not ask so. The articles often speak of such things in general ("thí điểm tại một số quận, huyện", "liên kết
 * với các viện, trường"), which does not answer which ones.
 */
export function namedInstancesAsked(question: string): NamedInstances | undefined {
  // NFC, so folding keeps every index: the label is cut from the question as typed.
  const text = question.normalize('NFC');
  const folded = foldDiacritics(text.toLowerCase());
  const numbered = numberAsked(text, folded);
  if (numbered) return numbered;
  const members = provincesOfSetAsked(text, folded);
  if (members) return members;
  const app = appAsked(text, folded);
  if (app) return app;
  const specific = BEFORE.exec(folded) ?? AFTER.exec(folded);
  const units = specific ? null : UNITS_WHICH.exec(folded) ?? UNIT_WHICH.exec(folded) ?? UNIT_NAME_ASKED.exec(folded);
  const m = specific ?? units ?? BODY_WHICH.exec(folded);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const typed = text.slice(start, start + m[1]!.length).trim();
  // With marks typed, the nouns are matched with them: folded, "quận" is also the "quan" of "cơ quan Nhà nước".
  const marked = hasDiacritics(text);
  const nouns = (marked ? typed.toLowerCase() : m[1]!).split(/, | và | va /).map((n) => n.trim()).filter(Boolean);
  // Folded, "cho" is chỗ (a spot: "vướng ở những chỗ nào") as often as chợ (a market).
  if (units && !marked && nouns.includes('cho')) return undefined;
  const known = specific ? undefined : units ? UNITS : marked ? BODIES : BODIES_UNMARKED;
  if (known && (marked || !units) && !nouns.every((n) => known.includes(n))) return undefined;
  const noun = new RegExp(`(?<![\\p{L}])(?:${nouns.map((n) => n.replace(/\s+/g, '\\s+')).join('|')})\\s+`, 'gu');
  return {
    asked: { key: nouns.join(' '), label: `${typed} cụ thể` },
    heldIn: (sentence) => {
      // The noun in any case ("Quận", "quận"), the name after it capitalised. "tại UBND các quận, huyện" names none: a
      // partial answer that quotes it says so. Folded, "quan" is also the "quan" of "cơ quan".
      const cased = marked ? sentence.normalize('NFC') : foldDiacritics(sentence.normalize('NFC'));
      const lower = cased.toLowerCase();
      return [...lower.matchAll(noun)].some((n) => /\p{Lu}/u.test(cased[n.index + n[0].length] ?? '') && !(!marked && /\bco $/.test(lower.slice(0, n.index))));
    },
  };
}

// "đăng ký qua ứng dụng nào", "xài app gì", "xem ở trang web nào": an app or a site by name. The articles name one by a
// name with capitals inside it ("VNeID", "IHanoi"; not an acronym such as "UBND"), Zalo, an address ("x.gov.vn"), or,
// an app only, as an electronic record ("sổ sức khỏe điện tử"); a sentence naming none does not say which ("Cung cấp
// dịch vụ tư vấn khám, chữa bệnh từ xa").
// "chưa có phần mềm gì" (none at all) tells, it does not ask.
// "Cái app dành cho dân thủ đô tên là gì": its name asked further on in the clause.
// "đã được dạy dùng máy tính, phần mềm gì chưa?", "có app nào không?": before a yes-or-no close, "gì" and "nào" are any
// (whether there is one), not which.
const APP_WHICH = /(?<![a-z0-9])(?<!\b(?:chua|khong|ko|chang) (?:co )?)(ung dung|app|phan mem|trang web|website|web|(?<!\b(?:tinh|hien|thuc) )trang)(?:( [a-z0-9]+){0,2} (nao|gi|j)(?!(?: (?!co\b)[a-z]+){0,3} (?:chua|khong|ko|hong|hok)(?: [a-z]+){0,2}\W*$)|(?: [a-z0-9-]+){1,16} ten (?:la |goi la )?(?:gi|j))(?![a-z0-9])/;
const APP_NAMES = /(?<![\p{L}])(?:\p{L}+\p{Lu}\p{L}*)(?<=\p{Ll}\p{L}*)|(?<![\p{L}])Zalo(?![\p{L}])|điện tử|(?<![\p{L}\d.])[\p{L}\d-]+\.(?:gov\.vn|vn|com|org)(?![\p{L}\d])/gu;

const SITE = /^(?:trang web|website|web|trang)$/;

function appAsked(text: string, folded: string): NamedInstances | undefined {
  const m = APP_WHICH.exec(folded);
  if (!m) return undefined;
  const typed = text.slice(m.index, m.index + m[1]!.length);
  // Typed with marks, a page is "trang"; "trạng" (state) and "tráng" are not.
  if (m[1] === 'trang' && hasDiacritics(text) && typed.toLowerCase() !== 'trang') return undefined;
  // A name the question already gives does not say which app: "sổ sức khỏe điện tử … dùng app nào?" asks the app behind
  // an electronic record it names, which no record named "điện tử" answers, nor "VNeID" when it asks "VNeID … app nào".
  const given = ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `;
  // A site is named by its name or address, not as a record: "sổ sức khỏe điện tử" is no web page.
  const namesRecord = given.includes(' dien tu ') || SITE.test(m[1]!);
  const newName = (sentence: string): boolean => [...sentence.normalize('NFC').matchAll(APP_NAMES)]
    .some((n) => (n[0] === 'điện tử' ? !namesRecord : !given.includes(` ${foldDiacritics(n[0].toLowerCase())} `)));
  return { asked: { key: 'ung dung ten', label: `tên ${typed.toLowerCase()}` }, heldIn: newName };
}

// "5 địa phương dẫn đầu cả nước … là những tỉnh nào?", "gồm những tỉnh thành nào": the members of a counted set of
// provinces, asked by name (folded). A sentence that says a city is "một trong 5 địa phương dẫn đầu" names one of them,
// not which they are: only a sentence naming two provinces or more lists them. The set is what the question is about
// ("… là / gồm những tỉnh nào"), not where it picks from ("Trong 63 tỉnh thành, những tỉnh nào … nhiều nhất?").
const PROVINCES_OF_SET = /(?<!\b(?:trong|so voi|trong so|giua|cua|tren|ngoai) )\b(\d+) (dia phuong|tinh|thanh pho|tinh thanh|tinh, thanh pho)\b.*\b(?:la|gom|gom co|bao gom) (?:nhung|cac) (?:dia phuong|tinh|thanh pho|tinh thanh|noi) nao\b/;

function provincesOfSetAsked(text: string, folded: string): NamedInstances | undefined {
  const m = PROVINCES_OF_SET.exec(folded);
  if (!m) return undefined;
  // Folding keeps lengths (NFC): the label is the set as typed ("5 địa phương").
  const typed = text.slice(m.index, m.index + m[1]!.length + 1 + m[2]!.length);
  return { asked: { key: `${m[1]} ${m[2]}`, label: `tên ${typed.toLowerCase()}` }, heldIn: (sentence) => placesIn(sentence).size >= 2 };
}
