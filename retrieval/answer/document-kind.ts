import { foldDiacritics } from '../text/normalize.js';
import type { AskedParticular } from './constraints.js';

// When a document was issued or by what number ("… được phê duyệt vào ngày nào", "ban hành theo quyết định số mấy"),
// folded. "ký" alone is also a signature ("chữ ký số"): only before a time or number asked, within the clause.
const ISSUE_ASKED = /\b(?:phe duyet|duyet|ban hanh|thong qua|(?<!\bchu )ky(?: duyet| ban hanh)?|ra)\b[^.?!;]{0,60}?\b(?:ngay nao|nam nao|khi nao|luc nao|bao gio|thang nao|ngay may|hom nao|nam may|so may|so bao nhieu|so hieu)\b/;
// The kinds of document a resident names by title ("Đề án xây dựng thành phố thông minh", "chương trình số hóa của Hà
// Nội"); one numbered ("Kế hoạch 239") is pinned by the constraints already. "văn bản" names no kind.
const KINDS = ['kế hoạch', 'quyết định', 'nghị quyết', 'đề án', 'chương trình', 'chỉ thị', 'chiến lược', 'quy hoạch', 'nghị định', 'thông tư'];
const KIND = new RegExp(String.raw`\b(${KINDS.map((k) => foldDiacritics(k)).join('|')})\b(?! (?:so )?\d)`);

// The words of a title after its kind, up to a word that starts what is said of it ("do", "được", "mà", "theo"…).
const TITLE = /^(?: (?!(?:do|duoc|dc|da|ma|cua|duyet|phe duyet|ban hanh|ky|thong qua|la|co|theo|vao|bang|tai|nay|ay|nao|gi|ra|so (?:may|bao|hieu))\b)[a-z0-9&]+){0,6}/;

/**
 * When a question asks when, or under what number, a document it names by its kind was issued, the document as what a
 * reply lacks, and a test of a sentence: it names a document of that kind. "Đề án xây dựng thành phố thông minh được
 * phê duyệt ngày nào?" is not answered by the day a plan or a programme was issued. The first kind named is the
 * document asked of ("Chương trình … được duyệt bằng quyết định số mấy": the programme, which the sentence approving
 * it names). Undefined when no such question is asked.
 */
export function documentKindAsked(asked: string): AskedParticular | undefined {
  const text = asked.normalize('NFC');
  const folded = foldDiacritics(text.toLowerCase());
  if (!ISSUE_ASKED.test(folded)) return undefined;
  const m = KIND.exec(folded);
  if (!m) return undefined;
  const kind = m[1]!;
  const named = new RegExp(String.raw`\b${kind}\b`);
  // Labelled with its title as typed, up to the verb or the clause's end ("đề án xây dựng thành phố thông minh").
  const title = TITLE.exec(folded.slice(m.index + kind.length))?.[0] ?? '';
  return { asked: { key: kind, label: text.slice(m.index, m.index + kind.length + title.length).toLowerCase() },
    heldIn: (sentence) => named.test(foldDiacritics(sentence.normalize('NFC').toLowerCase())) };
}

// A new document of a kind replacing a numbered one ("có ban hành nghị quyết mới … thay cho Nghị quyết 18-NQ/TU không?"),
// folded.
const SUCCESSOR_ASKED = new RegExp(String.raw`\b(${KINDS.map((k) => foldDiacritics(k)).join('|')}) moi\b.{0,80}?\bthay (?:cho|the)(?: cho)? (?:${KINDS.map((k) => foldDiacritics(k)).join('|')}) (?:so )?(\d+)`);

/**
 * When a question asks whether a new document replaces a numbered one, the new document as what a reply lacks, and a
 * test of a sentence: it names a document of the new one's kind with another number. The replaced resolution's own
 * sentence says nothing of a successor. Undefined when it is not asked.
 */
export function successorAsked(asked: string): AskedParticular | undefined {
  const text = asked.normalize('NFC');
  const folded = foldDiacritics(text.toLowerCase());
  const m = SUCCESSOR_ASKED.exec(folded);
  if (!m) return undefined;
  const [, kind, replaced] = m as unknown as [string, string, string];
  const numbered = new RegExp(String.raw`\b${kind} (?:so )?(\d+)`, 'g');
  return { asked: { key: `${kind} moi`, label: `${text.slice(m.index, m.index + kind.length).toLowerCase()} mới` },
    heldIn: (sentence) => [...foldDiacritics(sentence.normalize('NFC').toLowerCase()).matchAll(numbered)].some((n) => n[1] !== replaced) };
}
