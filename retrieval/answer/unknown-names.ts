import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { PROVINCE_KEYS } from './constraints.js';

/** Keys of one syllable, or of two adjacent ones joined by a space. */
export interface TermKeys {
  readonly exact: string;
  readonly folded: string;
}

/** Whether the corpus has a syllable, and two side by side (folded, joined by a space). */
export interface Vocabulary {
  readonly hasSyllable: (keys: TermKeys) => boolean;
  readonly hasFoldedPair?: (pair: string) => boolean;
}

// A word in title case that does not open a sentence: a name ("nước Úc", "ứng dụng Grab"). Words in capitals are
// abbreviations, read by their own table. Pairs are not checked: a resident's "Hà Nội Xuân Ất Tỵ" or "Cầu Giấy" is
// written side by side nowhere in the articles, yet asks about what they say.
// A web site's name ("bài trên Chinhphu.vn") says where the resident read it, not what they ask about. After a dash too:
// "trận Việt Nam - Thái Lan".
const NAME = /(?<=[\p{L}\p{N},;)\-–]\s+)\p{Lu}[\p{Ll}\p{M}]+[\p{Lu}\p{Ll}\p{M}]*(?![\p{L}\p{M}]|\.[a-zA-Z]{2,4}\b)/gu;

/**
 * The names a question uses that no article has, not even as a syllable: "Thủ đô của nước Úc là gì?" is about
 * something the articles never mention, however well "thủ đô" and "thành phố" are covered.
 */
export function unknownNames(question: string, vocabulary: Vocabulary): string[] {
  const cleaned = cleanText(question);
  // The resident's own place is the story's only beside a province asked of (else it may be what is asked about).
  const story = cleaned.replace(STORY_PLACE, (_, before: string, name: string) => before + name.replace(/\p{L}+/gu, '~'));
  const text = story !== cleaned && namesProvince(story) ? story : cleaned;
  const single = (text.match(NAME) ?? []).filter((name) => tokenize(name).some((t) => !vocabulary.hasSyllable(t)));
  const hasPair = vocabulary.hasFoldedPair;
  if (!hasPair) return single;
  // A name of exactly two words, each common alone, that the articles never write side by side: "Thái Lan" (thái,
  // lan tỏa), "Hàn Quốc". Provinces are places the constraints read (a city the articles do not cover is a partial
  // answer), and so is a name after a unit word or "ở" ("quận Cầu Giấy", "ở Cầu Giấy").
  const pairs = [...text.matchAll(TWO_WORD_NAME)].map((m) => m[0]).filter((name) => {
    const keys = tokenize(name).map((t) => t.folded).join(' ');
    return !PROVINCE_KEYS.has(keys) && !hasPair(keys);
  });
  return [...single, ...pairs.filter((p) => !single.includes(p))];
}

const UNITS = ['quận', 'huyện', 'phường', 'xã', 'tỉnh', 'thị xã', 'thị trấn', 'thành phố', 'tp', 'quan', 'huyen', 'phuong', 'xa', 'tinh',
  'thi xa', 'thi tran', 'thanh pho'];
// Typed in lower case or with a capital ("Quận", "TP"); the name after it must be in title case, so no /i flag.
// A name after "ở", "tại" is a place: one the articles do not cover gets a partial answer, from the place constraint.
const UNIT = `(?:${[...UNITS, 'ở', 'tại', 'o', 'tai'].flatMap((u) => [u, u[0]!.toUpperCase() + u.slice(1), u.toUpperCase()]).join('|')})`;
const TWO_WORD_NAME = new RegExp(`(?<=[\\p{L}\\p{N},;)\\-–]\\s+)(?<!(?:^|\\s)${UNIT}\\s+)(?<!\\p{Lu}[\\p{Ll}\\p{M}]*\\s+)` +
  '\\p{Lu}[\\p{Ll}\\p{M}]+\\s+\\p{Lu}[\\p{Ll}\\p{M}]+(?![\\p{L}\\p{M}]|\\s+\\p{Lu})', 'gu');

const capitalised = (words: readonly string[]): string => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|');

// Where the resident lives or works, in a clause of its own ("Tôi ở Thủy Nguyên, không biết xã mình có chưa", "nhà
// mình tại Ba Vì."): the story's place, not a subject the articles lack, when the question names a province it asks of
// (see unknownNames). "Mình tại Singapore thì dùng VNeID được không" asks of Singapore. Unmarked "con o" is also "còn ở".
const RESIDENT = capitalised(['tôi', 'mình', 'em', 'tui', 'tớ', 'cháu', 'toi', 'minh', 'nhà tôi', 'nhà mình', 'quê tôi', 'quê mình',
  'gia đình tôi', 'nha toi', 'nha minh']);
const STORY_PLACE = new RegExp(String.raw`((?<![\p{L}])(?:${RESIDENT})(?: (?:sống|làm|học|song|lam|hoc))? (?:ở|tại|o|tai)\s+)` +
  String.raw`(\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+)*)(?=\s*[,.;:!])`, 'gu');

/** Whether a text names a province the place constraint reads ("Hải Phòng", "ha noi"). */
function namesProvince(text: string): boolean {
  const folded = tokenize(text).map((t) => t.folded);
  return folded.some((_, i) => [2, 3, 1].some((n) => i + n <= folded.length && PROVINCE_KEYS.has(folded.slice(i, i + n).join(' '))));
}
