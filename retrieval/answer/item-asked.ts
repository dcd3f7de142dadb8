import { foldDiacritics } from '../text/normalize.js';
import type { AskedParticular } from './constraints.js';

// Whether a catalogue or a source holds an item: "Danh mục dữ liệu mở có dữ liệu giờ chạy xe buýt không?", "… có bảng giá
// đất từng xã không"; or whether a limit goes by something ("có giới hạn độ tuổi không"), which a sentence that sets no
// such limit does not say. Read in the expanded question, folded: the lexicon's wordings of the item stand in brackets after
// it ("xe buýt (giao thông vận tải)"). The item runs to the closing "không", "chưa" of its clause, so "số liệu tỉ lệ
// thanh toán không dùng tiền mặt không" keeps its inner "không".
const ITEM_ASKED = /\bco (du lieu|so lieu|thong tin|bang|muc|gioi han) ([^?.!,;:]{1,120}?) (?:khong|ko|k|hong|hok|chua)(?: (?:a|vay|nhi|nhe|ha|ad|ban))*\s*(?:[?.!,;:]|$)/;
// Words that join, not name: "thông tin về X", "số liệu của từng xã".
const JOINING = new Set(['ve', 'cua', 'cho', 'cac', 'nhung', 'tung', 'moi', 'o', 'tai', 'trong', 'the', 'do', 'nay']);

const words = (text: string): string[] => text.split(/[^a-z0-9]+/).filter(Boolean);

/**
 * When a question asks whether a catalogue or a source holds an item, the item as what a reply lacks, and a test of a
 * sentence: it names the item (two of its words side by side, its one word, or one of the lexicon's wordings). A
 * sentence that only names the catalogue ("Thành phố đã ban hành Danh mục dữ liệu mở") does not say what is in it.
 * Undefined when no item is asked.
 */
export function itemAsked(expanded: string): AskedParticular | undefined {
  const text = expanded.normalize('NFC');
  const folded = foldDiacritics(text.toLowerCase());
  const m = ITEM_ASKED.exec(folded);
  if (!m) return undefined;
  const item = m[2]!;
  const wordings = [...item.matchAll(/\(([^)]*)\)/g)].flatMap((w) => w[1]!.split(';')).map((w) => words(w).join(' ')).filter(Boolean);
  const all = words(item.replace(/\([^)]*\)/g, ' '));
  const own = all.filter((w) => !JOINING.has(w));
  if (own.length === 0) return undefined;
  const pairs = own.length === 1 ? own
    : all.slice(1).map((w, i) => [all[i]!, w]).filter((p) => !p.some((w) => JOINING.has(w))).map((p) => p.join(' '));
  // Folding keeps lengths (NFC): the label is the item as typed, without the lexicon's brackets.
  const start = m.index + m[0].indexOf(m[1]!);
  const typed = text.slice(start, start + m[1]!.length + 1 + item.length).replace(/\s*\([^)]*\)/g, '').trim().toLowerCase();
  return {
    asked: { key: `muc ${own.join(' ')}`, label: typed },
    heldIn: (sentence) => {
      const s = ` ${words(foldDiacritics(sentence.normalize('NFC').toLowerCase())).join(' ')} `;
      return [...pairs, ...wordings].some((p) => s.includes(` ${p} `));
    },
  };
}
