import provinces from '../data/provinces.json' with { type: 'json' };
import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

// The usual family names, which open a Vietnamese full name ("Nguyễn Việt Hùng", "Vũ Thu Hà").
const SURNAMES = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo',
  'duong', 'ly', 'dinh', 'trinh', 'dao', 'mai', 'cao', 'luong', 'ta', 'ha', 'lam', 'chu', 'kieu', 'quach', 'thai', 'trieu', 'to',
  'la', 'doan', 'luu', 'vuong', 'tang', 'khuat', 'nghiem', 'ton', 'lai']);
// Three or four capitalised syllables: a full name. Two ("Hà Nội", "Việt Hùng") are too often a place or a given name.
const FULL_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2,3}(?![\p{L}\p{N}])/gu;
// Who is named as a person in a question: "ông", "bà", "đồng chí" before the name. Cased by hand: under the "i" flag
// \p{Lu} would match any letter.
const PERSON = /(?<![\p{L}])(?:[ÔôOo]ng|[Bb]à|[Bb]a|[Đđ]ồng chí|[Dd]ong chi)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2,3})(?![\p{L}\p{N}])/gu;

// Folded as the constraints fold a passage ("Sỹ" and "Sĩ" alike).
const key = (name: string): string => tokenize(cleanText(name)).map((t) => t.folded).join(' ');
// "Hồ Chí Minh" opens on a family name and is a city.
const PLACES = provinces.places.map(key);
const isName = (k: string): boolean => SURNAMES.has(k.split(' ')[0]!) && !PLACES.some((p) => ` ${k} `.includes(` ${p} `));

/** Whether folded syllables ("nguyen tien si") open on a family name and are no place's name. */
export const isPersonName = (folded: string): boolean => isName(folded);

/** The people a text names in full, keyed by folded syllables ("nguyen viet hung"); for an article, read once. */
export function peopleNamed(text: string): string[] {
  return [...new Set([...text.matchAll(FULL_NAME)].map((m) => key(m[0])).filter(isName))];
}

/**
 * The people a question names in full after "ông", "bà", "đồng chí" ("Bà Vũ Thu Hà có nói gì về…"), with its own
 * spelling: what they said is asked, and only an article that names them can report it.
 */
export function peopleAsked(question: string): { key: string; label: string }[] {
  return [...question.matchAll(PERSON)].map((m) => ({ key: key(m[1]!), label: m[0][0]!.toLowerCase() + m[0].slice(1) })).filter((p) => isName(p.key));
}
