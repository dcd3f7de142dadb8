import { foldDiacritics, hasDiacritics } from '../text/normalize.js';

// Parts of a city or a country a figure may be asked of: the city's figure is not theirs. Compared with their marks
// when the question has them: folded, "nói thành phố" and "Hà Nội thành" hold "noi thanh". "nội thành" is read marked
// only, and not after "Hà".
const AREAS_MARKED = /(?<!\p{L})(ngoại thành|(?<!hà )nội thành|nông thôn|vùng sâu|vùng xa|miền núi|vùng cao|hải đảo|ven biển)(?!\p{L})/gu;
const AREAS_FOLDED = /\b(ngoai thanh|nong thon|vung sau|vung xa|mien nui|vung cao|hai dao|ven bien)\b/g;
// A clause that opens on the resident says where they live ("Nhà tôi ở ngoại thành, …"), not what is asked.
const RESIDENT_OPENS = /^\s*(nha )?(toi|minh|em|tui|chung toi)\b/;

const areasIn = (text: string, marked: boolean): string[] => [...(marked ? text.matchAll(AREAS_MARKED) : text.matchAll(AREAS_FOLDED))]
  .map((m) => foldDiacritics(m[1]!));

/**
 * A figure asked of a part of the city ("Tỷ lệ hộ có smartphone ở các huyện ngoại thành HN là bao nhiêu?") is given
 * only by a sentence naming that part: the share of all the city's households is not the suburbs'. Read in the asking
 * part, outside a clause where the resident says where they live. A test of a sentence; all pass when none is asked.
 */
export function areaAsked(asked: string): (sentence: string) => boolean {
  const lower = asked.toLowerCase().normalize('NFC');
  const marked = hasDiacritics(lower);
  const clauses = lower.split(/[,.;:!?]/).filter((c) => !RESIDENT_OPENS.test(foldDiacritics(c)));
  const areas = new Set(clauses.flatMap((c) => areasIn(c, marked)));
  if (areas.size === 0) return () => true;
  return (sentence) => areasIn(sentence.toLowerCase().normalize('NFC'), true).some((a) => areas.has(a));
}
