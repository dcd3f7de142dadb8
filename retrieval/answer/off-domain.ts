import table from '../data/off-domain.json' with { type: 'json' };
import { cleanText } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** What the index knows: a syllable, or two side by side, in the field the question's marks choose. */
export interface PhraseVocabulary {
  readonly has: (term: string, accented: boolean) => boolean;
}

interface Phrase {
  readonly text: string;
  readonly exact: readonly string[];
  readonly folded: readonly string[];
}

// Every subject's words, read once as syllable keys.
const PHRASES: readonly Phrase[] = Object.entries(table).filter(([k]) => !k.startsWith('_')).flatMap(([, words]) => words as string[])
  .map((text) => {
    const tokens = tokenize(cleanText(text));
    return { text, exact: tokens.map((t) => t.exact), folded: tokens.map((t) => t.folded) };
  });
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) BY_FIRST.set(p.folded[0]!, [...(BY_FIRST.get(p.folded[0]!) ?? []), p]);

/**
 * The everyday subjects outside the articles' domain (sport, entertainment, food, weather…; see off-domain.json) that
 * a question's asking part names and no article uses: "Ai là ca sĩ hát hay nhất Việt Nam?" shares only "Việt Nam"
 * with the articles, and "ca sĩ" says what it is about. Compared with marks when the question has them (folded, "phở"
 * is also "phó"), folded otherwise. A word is used by the articles when the index holds it, pair by pair.
 */
export function offDomainWords(asked: string, accented: boolean, vocabulary: PhraseVocabulary): string[] {
  const tokens = tokenize(cleanText(asked.toLowerCase()));
  const key = (t: Token): string => (accented ? t.exact : t.folded);
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    for (const p of BY_FIRST.get(token.folded) ?? []) {
      const words = accented ? p.exact : p.folded;
      if (!words.every((w, j) => tokens[i + j] !== undefined && key(tokens[i + j]!) === w && tokens[i + j]!.clause === token.clause)) continue;
      const terms = words.length === 1 ? words : words.slice(1).map((w, j) => `${words[j]} ${w}`);
      if (!terms.every((t) => vocabulary.has(t, accented))) found.add(p.text);
    }
  });
  return [...found];
}
