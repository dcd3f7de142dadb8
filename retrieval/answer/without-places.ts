import provinces from '../data/provinces.json' with { type: 'json' };
import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { AskedTerms, TermSet } from './coverage.js';

// Provinces and the country, by their first folded syllable: a resident types them with marks or without.
const PLACE_TOKENS = [...provinces.places, 'Việt Nam'].map((p) => tokenize(cleanText(p)));
const PLACES = new Map<string, (readonly string[])[]>();
for (const place of PLACE_TOKENS.map((p) => p.map((t) => t.folded))) PLACES.set(place[0]!, [...(PLACES.get(place[0]!) ?? []), place]);
const PLACE_SYLLABLES = new Set(PLACE_TOKENS.flat().flatMap((t) => [t.exact, t.folded]));

/**
 * The asked terms without the places the question names: its syllables in either field, any pair touching one ("ở Hải",
 * a seam that weighs like a rare word), and an abbreviation read only as a place ("HP"). What is left is what the
 * question asks of the place, which a sentence must speak of to answer it.
 */
export function withoutPlaces(asked: AskedTerms, question: string): AskedTerms {
  const tokens = tokenize(cleanText(question));
  const keys = new Set<string>();
  tokens.forEach((token, i) => {
    for (const place of PLACES.get(token.folded) ?? []) {
      if (!place.every((syllable, j) => tokens[i + j]?.folded === syllable)) continue;
      for (const t of tokens.slice(i, i + place.length)) keys.add(t.exact).add(t.folded);
    }
  });
  const placeOnly = (wording: TermSet): boolean => [...wording.uni.keys(), ...wording.pair.keys()]
    .every((term) => term.split(' ').every((s) => PLACE_SYLLABLES.has(s)));
  const groups = asked.groups.filter((g) => g.alternatives.length === 0 || !g.alternatives.every(placeOnly));
  if (keys.size === 0 && groups.length === asked.groups.length) return asked;
  const keep = (terms: ReadonlyMap<string, number>): Map<string, number> =>
    new Map([...terms].filter(([term]) => !term.split(' ').some((s) => keys.has(s))));
  const strip = (wording: TermSet): TermSet => ({ uni: keep(wording.uni), pair: keep(wording.pair) });
  return { ...strip(asked), groups: groups.map((g) => ({ ...g, typed: strip(g.typed), alternatives: g.alternatives.map(strip) })) };
}
