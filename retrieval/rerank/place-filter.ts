import provinces from '../data/provinces.json' with { type: 'json' };
import { cleanText, foldDiacritics } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/** How much a paragraph about another province keeps of its score when the question names a province. */
export const OTHER_PLACE_FACTOR = 0.8;

// Places as sequences of exact syllable keys, so tone placement and case do not matter.
const PLACES: readonly (readonly string[])[] = provinces.places.map((p) => tokenize(cleanText(p)).map((t) => t.exact));
const FIRST = new Map<string, (readonly string[])[]>();
for (const p of PLACES) FIRST.set(p[0]!, [...(FIRST.get(p[0]!) ?? []), p]);

/** The provinces a text names (by their exact keys joined with spaces). */
export function placesIn(text: string): Set<string> {
  const keys = tokenize(cleanText(text)).map((t) => t.exact);
  const found = new Set<string>();
  keys.forEach((k, i) => {
    for (const p of FIRST.get(k) ?? []) if (p.every((w, j) => keys[i + j] === w)) found.add(p.join(' '));
  });
  return found;
}

/**
 * A resident asking about Hà Nội should not get Hải Phòng's figure: a paragraph (with its article title) that names
 * provinces, none of them the one asked about, is scaled down. Paragraphs naming no province are left alone.
 */
export function placeFactor(questionPlaces: ReadonlySet<string>, passagePlaces: ReadonlySet<string>): number {
  if (questionPlaces.size === 0 || passagePlaces.size === 0) return 1;
  for (const p of questionPlaces) if (passagePlaces.has(p)) return 1;
  return OTHER_PLACE_FACTOR;
}

// "ở đây", "chỗ tôi", "thành phố mình": the place the resident's story names, though the question names another.
const POINTS_TO_PLACE = /\b(o|tai) (day|do)\b|\b(cho|noi|vung|xom) (toi|minh|em|tui|chau)\b|\b(tinh|thanh pho|tp|quan|huyen|xa|phuong|dia phuong|que) (toi|minh|em|tui|chau|nha (toi|minh|em))\b/;

/** Whether a question points to the place its story names ("Nhà tôi ở Hải Phòng. Ở đây có bao nhiêu…?"). */
export function pointsToStoryPlace(question: string): boolean {
  return POINTS_TO_PLACE.test(foldDiacritics(question.toLowerCase()));
}
