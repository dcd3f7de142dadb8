import table from '../data/off-domain.json' with { type: 'json' };
import { cleanText, foldDiacritics, hasDiacritics } from '../text/normalize.js';
import { runsOn } from '../text/runs-on.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** What the index knows: a syllable, or two side by side, by their marked keys. */
export interface PhraseVocabulary {
  readonly has: (term: string) => boolean;
}

interface Phrase {
  readonly text: string;
  readonly exact: readonly string[];
  readonly folded: readonly string[];
  /** Also matched typed without marks (off-domain.json's _unmarked). */
  readonly unmarked: boolean;
}

const UNMARKED = new Set(table._unmarked);
// Every subject's words, read once as syllable keys.
const PHRASES: readonly Phrase[] = Object.entries(table).filter(([k]) => !k.startsWith('_')).flatMap(([, words]) => words as string[])
  .map((text) => {
    const tokens = tokenize(cleanText(text));
    return { text, exact: tokens.map((t) => t.exact), folded: tokens.map((t) => t.folded), unmarked: UNMARKED.has(text) };
  });
// Any phrase at all, folded: most questions name none, and are not tokenized again (the answer's hot path). Both the
// tokenizer's folding ("mĩ phẩm": a lone y after a consonant is i) and plain folding ("mỹ phẩm" → "my pham").
const ANY = new RegExp(`(?<![a-z0-9])(?:${[...new Set(PHRASES.flatMap((p) => [p.folded.join(' '), foldDiacritics(p.text.toLowerCase())]))]
  .join('|')})(?![a-z0-9])`);
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) BY_FIRST.set(p.folded[0]!, [...(BY_FIRST.get(p.folded[0]!) ?? []), p]);

// A clause that opens on the resident tells their story up to its first asking word ("Tôi bán trà sữa, …", "Tôi bán
// phở không biết…", "…, tôi muốn theo dõi giảm cân"); after it, it asks ("Tôi muốn biết ca sĩ nào…", "Mình muốn hỏi
// tử vi").
const STORY_OPENERS = new Set(['tôi', 'toi', 'mình', 'minh', 'em', 'tui', 'tớ', 'bố', 'mẹ', 'vợ', 'chồng']);
const ASKS = new Set(['nào', 'gì', 'ai', 'đâu', 'sao', 'mấy', 'không', 'chưa', 'hỏi', 'biết', 'tìm', 'xem', 'kể', 'cho',
  'nao', 'gi', 'j', 'dau', 'may', 'khong', 'ko', 'chua', 'hoi', 'biet', 'tim', 'ke', 'bao']);

/**
 * The everyday subjects outside the articles' domain (sport, entertainment, food, weather…; see off-domain.json) that
 * a question names outside the resident's story (a clause opening on the resident, up to its first asking word), and
 * that no article uses: "Ai là ca sĩ hát hay nhất Việt Nam?" shares only "Việt Nam" with the articles, and "ca sĩ"
 * says what it is about. A syllable typed with marks is compared with them; one typed without only for the words
 * whose unmarked spelling is not another word's ("ca si" is ca sĩ, "tang can" may be "tăng cán bộ"). A word is used
 * by the articles when the index holds it, pair by pair, as they write it.
 */
export function offDomainWords(asked: string, vocabulary: PhraseVocabulary): string[] {
  // Any run of other characters separates words, as the tokenizer reads them ("bóng/đá").
  if (!ANY.test(foldDiacritics(asked.toLowerCase()).replace(/[^a-z0-9]+/g, ' '))) return [];
  const tokens = tokenize(cleanText(asked));
  const story = new Set<number>();
  let inStory = false;
  tokens.forEach((t, i) => {
    if (i === 0 || tokens[i - 1]!.clause !== t.clause) inStory = STORY_OPENERS.has(t.surface.toLowerCase());
    if (inStory && ASKS.has(t.surface.toLowerCase())) inStory = false;
    if (inStory) story.add(i);
  });
  // A message of story only is read whole.
  if (story.size === tokens.length) story.clear();
  const same = (token: Token | undefined, p: Phrase, j: number): boolean => token !== undefined
    && (token.exact === p.exact[j] || (p.unmarked && !hasDiacritics(token.surface) && token.folded === p.folded[j]));
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    if (story.has(i)) return;
    for (const p of BY_FIRST.get(token.folded) ?? []) {
      if (!p.exact.every((_, j) => same(tokens[i + j], p, j) && tokens[i + j]!.clause === token.clause)) continue;
      // Not a phrase the text runs on from into another word: "số đề tài" counts research topics, no lottery.
      if (runsOn(p.folded[p.folded.length - 1]!, tokens[i + p.exact.length]?.folded ?? '')) continue;
      const terms = p.exact.length === 1 ? p.exact : p.exact.slice(1).map((w, j) => `${p.exact[j]} ${w}`);
      if (!terms.every((t) => vocabulary.has(t))) found.add(p.text);
    }
  });
  return [...found];
}
