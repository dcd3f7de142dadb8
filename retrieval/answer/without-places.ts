import provinces from '../data/provinces.json' with { type: 'json' };
import { cleanText, hasDiacritics } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { AskedTerms, TermSet } from './coverage.js';

// Provinces and the country as tokens, by their first syllable in each field: a question is read in the field its
// marks choose ("cao bằng", "hòa bình" typed with marks are not Cao Bằng, Hòa Bình).
const PLACE_TOKENS = [...provinces.places, 'Việt Nam'].map((p) => tokenize(cleanText(p)));
const byFirst = (field: 'exact' | 'folded'): Map<string, string[][]> => {
  const map = new Map<string, string[][]>();
  for (const place of PLACE_TOKENS.map((p) => p.map((t) => t[field]))) map.set(place[0]!, [...(map.get(place[0]!) ?? []), place]);
  return map;
};
const EXACT = byFirst('exact');
const FOLDED = byFirst('folded');
// A wording the lexicon added that is one place and nothing else ("HP" read as Hải Phòng), as its terms.
const PLACE_WORDINGS = new Set(PLACE_TOKENS.flatMap((p) => (['exact', 'folded'] as const).map((f) => {
  const keys = p.map((t) => t[f]);
  return keys.length === 1 ? keys[0]! : keys.slice(1).map((k, i) => `${keys[i]} ${k}`).join('|');
})));

/**
 * The asked terms without the places the question names, where it names them: their syllables (when the question
 * uses them nowhere else), every pair touching one ("ở Hải", a seam that weighs like a rare word), and an abbreviation
 * read only as a place ("HP"). What is left is what the question asks of the place, which a sentence must speak of.
 */
export function withoutPlaces(asked: AskedTerms, question: string): AskedTerms {
  const tokens = tokenize(cleanText(question));
  const field = hasDiacritics(question) ? 'exact' : 'folded';
  const places = field === 'exact' ? EXACT : FOLDED;
  const inPlace = new Array<boolean>(tokens.length).fill(false);
  tokens.forEach((token, i) => {
    for (const place of places.get(token[field]) ?? []) {
      if (place.every((syllable, j) => tokens[i + j]?.[field] === syllable)) inPlace.fill(true, i, i + place.length);
    }
  });
  const drop = new Set<string>();
  const keysOf = (t: Token): string[] => [t.exact, t.folded];
  const elsewhere = new Set(tokens.filter((_, i) => !inPlace[i]).flatMap(keysOf));
  tokens.forEach((t, i) => {
    if (inPlace[i]) for (const k of keysOf(t)) if (!elsewhere.has(k)) drop.add(k);
    const next = tokens[i + 1];
    if (next && (inPlace[i] || inPlace[i + 1])) drop.add(`${t.exact} ${next.exact}`).add(`${t.folded} ${next.folded}`);
  });
  const placeOnly = (wording: TermSet): boolean => PLACE_WORDINGS.has(wording.pair.size > 0 ? [...wording.pair.keys()].join('|') : [...wording.uni.keys()].join('|'));
  const groups = asked.groups.filter((g) => g.alternatives.length === 0 || !g.alternatives.every(placeOnly));
  if (drop.size === 0 && groups.length === asked.groups.length) return asked;
  const keep = (terms: ReadonlyMap<string, number>): Map<string, number> => new Map([...terms].filter(([term]) => !drop.has(term)));
  const strip = (wording: TermSet): TermSet => ({ uni: keep(wording.uni), pair: keep(wording.pair) });
  return { ...strip(asked), groups: groups.map((g) => ({ ...g, typed: strip(g.typed), alternatives: g.alternatives.map(strip) })) };
}
