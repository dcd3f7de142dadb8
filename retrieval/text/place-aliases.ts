import type { AbbreviationTable } from './abbreviations.js';
import { foldDiacritics } from './normalize.js';

/**
 * Other ways residents write a province's name, each read as the name itself: joined, as in English and on signs
 * ("Hanoi", "Haiphong", "Danang"), and the everyday names the list of provinces lacks ("Sài Gòn", "Saigon"). They go in
 * the abbreviation table, so a question reads "Saigon (Hồ Chí Minh)" and the place checks see the city it names: read
 * as an unknown word, "Saigon có bao nhiêu dịch vụ công trực tuyến?" was answered with Hải Phòng's figure.
 */
export function placeAliases(places: readonly string[], everyday: Readonly<Record<string, string>>): AbbreviationTable {
  const table: Record<string, string> = {};
  const add = (written: string, name: string): void => {
    table[written] = name;
    // Only names of two or more plain words join: "Bà Rịa - Vũng Tàu" and "TP.HCM" are written so or not at all.
    if (/^\p{L}+(?: \p{L}+)+$/u.test(written)) table[foldDiacritics(written).replace(/ /g, '').toLowerCase()] = name;
  };
  for (const place of places) add(place, place);
  for (const [written, name] of Object.entries(everyday)) add(written, name);
  // A listed name is already read as itself: only its joined form is an alias.
  for (const place of places) if (table[place] === place) delete table[place];
  return table;
}
