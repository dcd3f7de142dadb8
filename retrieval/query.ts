import provinces from './data/provinces.json' with { type: 'json' };
import { spacedNumbers, unshouted, withoutListMarks } from './text/typed-form.js';
import { withExpansions, type AbbreviationExpander, type ExpansionMatch } from './text/abbreviations.js';
import { repairTelex, type ChatWordReader } from './text/chat-words.js';
import { fillMarks, repairMarks, type MarkVocabulary } from './text/mark-repair.js';
import { escapeRegExp } from './text/escape-reg-exp.js';
import { cleanText, foldDiacritics, hasDiacritics, syllableKeys } from './text/normalize.js';
import { DOUBT_PHRASES } from './text/claims.js';
import { CONTEXT_WEIGHT, messageSentences, withoutCourtesyText, type MessageSentence } from './text/question-focus.js';
import { repairSlips, type SlipVocabulary } from './text/slip-repair.js';
import { tokenize, type Token } from './text/tokenize.js';
import { fieldTerms, type Field, type FieldTerms } from './sparse/terms.js';

/** A weight per query term, parallel to the arrays of FieldTerms. */
export type TermWeights = Readonly<Record<Field, readonly number[]>>;

/** A question made ready for the indexes. */
export interface PreparedQuery {
  /** The cleaned question with abbreviations expanded: what the dense embedder sees. */
  readonly text: string;
  /** The sentences that ask, as read (chat words, telex, abbreviations expanded): what constraints are read from. */
  readonly focus: string;
  /**
   * The asking sentences as typed (chat words and telex read, nothing expanded), without marks when the resident typed
   * none (chat words bring theirs): what the kind of fact, the names and the choices asked are read from.
   */
  readonly asked: string;
  /** Terms of the asking sentences only (the same as terms when nothing is context): what answerability weighs. */
  readonly focusTerms: FieldTerms;
  /** Terms of the asking sentences without those they point back to (the same as focusTerms when none). */
  readonly ownTerms: FieldTerms;
  /** Whether the resident typed diacritics; without them only folded terms can match fairly. */
  readonly accented: boolean;
  /** Content tokens: interrogative words removed. */
  readonly tokens: readonly Token[];
  readonly terms: FieldTerms;
  /** Query-side multiplier of each term's BM25 contribution (names weigh more). */
  readonly weights: TermWeights;
  /** The same terms' weights for answerability: a wording the lexicon added always at its reduced weight. */
  readonly answerWeights: TermWeights;
  /**
   * The everyday phrases the paraphrase lexicon read, each with the official wordings it stands for: answerability
   * weighs each as one meaning, held when the passage holds the resident's words or one of the wordings.
   */
  readonly paraphrased: readonly Paraphrased[];
  /**
   * The asking sentences and the whole message as the resident named things: abbreviations expanded, no official
   * wording from the paraphrase lexicon (those are guesses among alternatives, not what the resident pinned).
   */
  readonly named: { readonly focus: string; readonly text: string };
  /**
   * The sentences an asking one points back to, as read (abbreviations expanded, wordings added), "" when none: their
   * words count towards the question at REFERRED_WEIGHT, and a place, year or document they name counts only where
   * the asking sentences name none of that kind.
   */
  readonly referred: string;
}

/** One everyday phrase (or abbreviation) of the question and the official wordings (alternatives) added for it. */
export interface Paraphrased {
  readonly typed: string;
  readonly alternatives: readonly string[];
  /** Whether it is in an asking sentence (else in the story around the question). */
  readonly asking: boolean;
  /** An abbreviation the resident typed ("TT&TT"), read as its one expansion; else an everyday phrase. */
  readonly abbreviation?: true;
}

// Alternatives in a lexicon entry are separated by semicolons: "sổ sức khỏe điện tử; hồ sơ bệnh án điện tử".
const ALTERNATIVES = /\s*;\s*/;

/** What the articles' index knows, so a question's spelling can be read against it. */
export interface QueryVocabulary {
  hasExact(syllable: string): boolean;
  hasFolded(syllable: string): boolean;
  hasFoldedPair(pair: string): boolean;
  /** Absent: marks typed astray are not repaired (see repairMarks). */
  hasExactPair?(pair: string): boolean;
}

/** How questions are read before retrieval; everything but the abbreviations is optional. */
export interface QueryReading {
  readonly abbreviations: AbbreviationExpander;
  /** Official terms added beside everyday ones (same mechanism as abbreviations, questions only). */
  readonly paraphrases?: AbbreviationExpander;
  readonly chatWords?: ChatWordReader;
  readonly vocabulary?: QueryVocabulary;
  /** Weigh context sentences of a long message down (default); false reads every sentence as asking. */
  readonly context?: boolean;
}

// Question phrases are rare in declarative paragraphs, so BM25 would give them a high weight and match noise.
// Multi-syllable phrases come first so "bao nhiêu" is caught as a whole; matching marks every covered token.
const VOCATIVES = ['cháu', 'con', 'bác', 'cô', 'chú', 'anh', 'chị', 'em', 'bạn', 'ad', 'admin', 'bot', 'ông', 'bà', 'cụ', 'mọi người', 'mn'];
const QUESTION_PHRASES = [
  'bao nhiêu', 'bao lâu', 'bao giờ', 'khi nào', 'lúc nào', 'tại sao', 'vì sao', 'làm sao', 'như thế nào', 'thế nào',
  'là cái gì', 'là gì', 'cái gì', 'những gì', 'điều gì', 'ở đâu', 'là ai', 'những ai', 'mấy', 'gì', 'nào', 'ai', 'đâu', 'sao', 'nhiêu',
  // The day asked for ("diễn ra hôm nào"): a frame of the asking word, which news seldom writes; left in, it reads as a
  // subject the articles lack. So is the spot ("ra chỗ nào thì được cấp"), with marks only (MARKED_PHRASES).
  'hôm nào', 'bữa nào',
  // Courtesy and chat around a question ("Chào bạn, cho mình hỏi…", "…được không ạ?") says nothing of its subject.
  'xin chào', 'chào bạn', 'chào ad', 'chào anh', 'chào chị', 'chào em', 'cảm ơn', 'cám ơn', 'cho mình hỏi', 'cho em hỏi',
  'cho tôi hỏi', 'cho cháu hỏi', 'cho con hỏi', 'xin hỏi', 'ad ơi', 'bạn ơi', 'ạ', 'nhé', 'nha', 'nhỉ', 'vậy', 'ơi',
  'được không', 'có không', 'không ạ', 'nhờ bot', 'nhờ bạn', 'nhờ ad', 'nhờ admin',
  // Hearsay inside the question ("…nghe nói ra quận làm được, có thật không?") says how the resident learnt it.
  'nghe nói', 'nghe bảo', 'nghe đồn', 'người ta bảo', 'người ta nói', 'thấy bảo',
  // Wondering ("Mình tò mò không biết thành phố cấp được bao nhiêu…") says that the resident asks, not what about; "thật
  // ra" (in fact) how sure they are.
  'tò mò', 'không biết', 'thật ra', 'thực ra', 'thiệt ra',
  // Asking whether a claim is true says how sure the resident is, nothing of the subject ("có đúng là… không hay tôi
  // nghe nhầm?", "con số chính xác là bao nhiêu").
  ...DOUBT_PHRASES, 'chính xác',
  // Whom the resident addresses before "ơi" ("bác ơi, …"): the person spoken to, not the subject (after a closing word,
  // see questionMask).
  ...VOCATIVES.map((v) => `${v} ơi`),
].map((p) => p.split(' ').map(syllableKeys));

// The words residents ask with, which articles seldom write ("phần trăm": they write "%"): a slip on one of them
// ("phần trămm", "bao nhiêuu") is read against these as well as against the articles.
const ASKING_WORDS = [...QUESTION_PHRASES.flat(), ...['phần trăm', 'tỷ lệ', 'mấy giờ', 'lệ phí'].flatMap((p) => p.split(' ').map(syllableKeys))];
const ASKING_EXACT = new Set(ASKING_WORDS.map((k) => k.exact));
const ASKING_FOLDED = new Set(ASKING_WORDS.map((k) => k.folded));
/** Whether the lexicon or the abbreviations read a word by itself ("app", "CKS"). */
const readsAlone = (reading: QueryReading, word: string): boolean => [reading.paraphrases, reading.abbreviations]
  .some((table) => table?.find(word).some((m) => m.typed.toLowerCase() === word.toLowerCase()));
const slipVocabulary = (v: QueryVocabulary): SlipVocabulary => ({
  hasExact: (k) => ASKING_EXACT.has(k) || v.hasExact(k),
  hasFolded: (k) => ASKING_FOLDED.has(k) || v.hasFolded(k),
});
// By first word, in the list's order: a token is tried against the phrases that start with it, not all ~50.
const byFirstWord = (phrases: readonly string[][]): ReadonlyMap<string, readonly string[][]> => {
  const map = new Map<string, string[][]>();
  for (const p of phrases) map.set(p[0]!, [...(map.get(p[0]!) ?? []), p]);
  return map;
};
const VOCATIVE_KEYS = VOCATIVES.filter((v) => !v.includes(' ')).map(syllableKeys);
// Vocatives of two words ("…vậy mọi người?"), by their last word: the word before must be the first.
const VOCATIVE_PAIRS = VOCATIVES.filter((v) => v.includes(' ')).map((v) => v.split(' ').map(syllableKeys));
const VOCATIVE_EXACT = new Set(VOCATIVE_KEYS.map((k) => k.exact));
const VOCATIVE_FOLDED = new Set(VOCATIVE_KEYS.map((k) => k.folded));
// "vậy" and "thế" close a question as the particles do ("…làm theo kiểu nào vậy mọi người?").
const CLOSER_KEYS = ['không', 'chưa', 'ạ', 'nhé', 'nha', 'hả', 'nhỉ', 'vậy', 'thế'].map(syllableKeys);
const CLOSER_EXACT = new Set(CLOSER_KEYS.map((k) => k.exact));
const CLOSER_FOLDED = new Set(CLOSER_KEYS.map((k) => k.folded));
// "thế" opening a clause carries the conversation on (see questionMask).
const OPENER_EXACT = new Set([syllableKeys('thế').exact]);
const OPENER_FOLDED = new Set([syllableKeys('thế').folded]);
// Unmarked, "cho nao" is also chợ nào, "hoi nao" hội nào, and "ha" the Hà of Hà Nội; "hen", "hỉ" close a question in the
// South and the Centre ("…mấy ngày hen?"), but unmarked "hen" is also hẹn (an appointment).
const MARKED_PHRASES = ['chỗ nào', 'hồi nào', 'hả', 'hen', 'hỉ'].map((p) => p.split(' ').map(syllableKeys));
const EXACT_PHRASES = byFirstWord([...QUESTION_PHRASES, ...MARKED_PHRASES].map((p) => p.map((k) => k.exact)));
const FOLDED_PHRASES = byFirstWord(QUESTION_PHRASES.map((p) => p.map((k) => k.folded)));

// A capitalised word after the first is usually a name, the most selective part of a question.
const NAME_WEIGHT = 1.5;

/** Which tokens belong to a question phrase; exact keys for accented questions, folded keys otherwise. */
export function questionMask(tokens: readonly Token[], accented: boolean): boolean[] {
  const phrases = accented ? EXACT_PHRASES : FOLDED_PHRASES;
  const vocatives = accented ? VOCATIVE_EXACT : VOCATIVE_FOLDED;
  const closers = accented ? CLOSER_EXACT : CLOSER_FOLDED;
  const openers = accented ? OPENER_EXACT : OPENER_FOLDED;
  const key = (t: Token): string => (accented ? t.exact : t.folded);
  const mask = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of phrases.get(key(tokens[i]!)) ?? []) {
      if (!phrase.every((w, j) => tokens[i + j] !== undefined && key(tokens[i + j]!) === w)) continue;
      for (let j = 0; j < phrase.length; j++) mask[i + j] = true;
    }
    // "…có thật không cháu?", "…được chưa em": whom the resident addresses, closing a clause after its closing word.
    // Inside a clause it is a subject ("Vậy con tôi…", "không, em học sinh…").
    const next = tokens[i + 1];
    const closesClause = next === undefined || next.clause !== tokens[i]!.clause;
    if (i > 0 && closesClause && vocatives.has(key(tokens[i]!)) && closers.has(key(tokens[i - 1]!))) {
      mask[i] = true;
      mask[i - 1] = true;
    }
    const pair = i > 1 && closesClause ? VOCATIVE_PAIRS.find((p) => key(tokens[i - 1]!) === (accented ? p[0]!.exact : p[0]!.folded)
      && key(tokens[i]!) === (accented ? p[1]!.exact : p[1]!.folded)) : undefined;
    if (pair && closers.has(key(tokens[i - 2]!))) mask[i] = mask[i - 1] = mask[i - 2] = true;
    // "Thế IHanoi là gì?", "ok. the covid co lam…": "thế" opening a clause, before more of it, carries the conversation
    // on and says nothing of the subject; unmarked, "the" there is thế as well.
    const opens = i === 0 || tokens[i - 1]!.clause !== tokens[i]!.clause;
    if (opens && !closesClause && openers.has(key(tokens[i]!))) mask[i] = true;
  }
  return mask;
}

/**
 * Query weight of each token: 0 for question words, NAME_WEIGHT for capitalised words after the first of their
 * sentence (a sentence's first word is capitalised whatever it is: "…hổng tốn tiền. Có thật không?").
 */
export function tokenWeights(tokens: readonly Token[], mask: readonly boolean[], starts?: ReadonlySet<number>): number[] {
  return tokens.map((t, i) => (mask[i] ? 0 : i > 0 && !starts?.has(i) && /^\p{Lu}/u.test(t.surface) ? NAME_WEIGHT : 1));
}

/**
 * Distinct terms of the weighted tokens, each with the largest weight it occurs with. Pairs come from the original
 * sequence and are dropped when either side is removed, so no pair spans a gap the resident never typed.
 */
export function weightedTerms(tokens: readonly Token[], weights: readonly number[]): { terms: FieldTerms; weights: TermWeights } {
  const fields: Record<Field, Map<string, number>> = { exact: new Map(), folded: new Map(), exactPair: new Map(), foldedPair: new Map() };
  const put = (f: Field, term: string, w: number): void => {
    if (w > 0) fields[f].set(term, Math.max(fields[f].get(term) ?? 0, w));
  };
  tokens.forEach((t, i) => {
    put('exact', t.exact, weights[i]!);
    put('folded', t.folded, weights[i]!);
    const next = tokens[i + 1];
    if (next && next.clause === t.clause && weights[i]! > 0 && weights[i + 1]! > 0) {
      const w = Math.max(weights[i]!, weights[i + 1]!);
      put('exactPair', `${t.exact} ${next.exact}`, w);
      put('foldedPair', `${t.folded} ${next.folded}`, w);
    }
  });
  const keys = (f: Field): string[] => [...fields[f].keys()];
  const values = (f: Field): number[] => [...fields[f].values()];
  return {
    terms: { exact: keys('exact'), folded: keys('folded'), exactPair: keys('exactPair'), foldedPair: keys('foldedPair') },
    weights: { exact: values('exact'), folded: values('folded'), exactPair: values('exactPair'), foldedPair: values('foldedPair') },
  };
}

export function prepareQuery(question: string, reading: QueryReading): PreparedQuery {
  // "[số điện thoại]" and the like are placeholders redaction left, not words the resident asked with.
  // A pasted list mark or quotes, or caps lock, say nothing of what is asked (typed-form.ts).
  const typed = unshouted(spacedNumbers(withoutListMarks(cleanText(question).replace(PLACEHOLDER, ' '))).trim(),
    (word) => reading.abbreviations.find(word).length > 0);
  const chat = reading.chatWords ? reading.chatWords(typed) : typed;
  const telex = reading.vocabulary ? repairTelex(chat, reading.vocabulary) : { text: chat, repaired: false };
  // After telex: a word it reads is known by then, and a slip on a marked word ("sốo", "nhiệmm") is read next.
  const slips = reading.vocabulary ? repairSlips(telex.text, slipVocabulary(reading.vocabulary), (w) => readsAlone(reading, w)).text : telex.text;
  const split = reading.context === false ? [{ text: slips, asking: true }] : messageSentences(slips);
  // Marks are read only when the resident typed them (chat words and expansions bring their own) and they hold up,
  // once the few typed astray are read as the articles spell them beside the same neighbour.
  // A message with telex keys left in is read unmarked, though the keys are read as marks where they spell a word the
  // articles use ("Hải Phongf" → Phòng, for the kind of fact and the names): read marked, such messages (their other
  // marks often astray too) lost a question on two checking halves and gained one on a tuning half (session 13).
  // Counted without greetings and thanks: a phone types "Cảm ơn bạn nhiều nhé!" with its marks by habit or by
  // autocorrect, around a question typed without any ("giam doc so noi vu ha noi la ai Cảm ơn bạn nhiều nhé!").
  // Counted in the sentences that ask, too: a story told with marks ("Tôi là giáo viên về hưu.") before a question typed
  // without them ("giam doc so noi vu ha noi ten la gi") says nothing of how the question was typed.
  const askingWords = split.every((s) => s.asking) ? undefined
    : new Set(split.filter((s) => s.asking).flatMap((s) => s.text.toLowerCase().match(/\p{L}+/gu) ?? []));
  const markedByResident = typedWithMarks(reading.context === false ? typed : withoutCourtesyText(typed), reading.chatWords, askingWords);
  const typedMarks = markedByResident && !telex.repaired;
  const vocabulary = reading.vocabulary;
  // A word typed without its marks (or with them astray) in a marked message is written as its neighbour reads it
  // ("dien thoại cầm tay" → điện thoại), so that the lexicon, whose phrases match by their marks, and the kind of fact
  // read the word meant.
  const read = typedMarks && vocabulary?.hasExactPair
    ? split.map((s) => ({ ...s, text: fillMarks(s.text, vocabulary as MarkVocabulary) })) : split;
  const own = (s: MessageSentence): boolean => s.asking && !s.referred;
  const asked = read.filter(own).map((s) => s.text).join(' ');
  // Each sentence's everyday phrases, found once: they are expanded here and kept for answerability (paraphrased).
  // In a marked message, a word typed without marks that the articles never write so ("phan" in "bao nhiêu phan
  // trăm") stands for its marked form in the lexicon's phrases; one they write ("kho") is the word it is.
  const bare = typedMarks && vocabulary ? (w: string): boolean => !vocabulary.hasExact(syllableKeys(w).exact) : undefined;
  const found = read.map((s) => reading.paraphrases?.find(s.text, bare) ?? []);
  // Each sentence in pieces, the resident's words and the wordings the lexicon added, abbreviations expanded once per
  // piece: the sentence's text is its pieces with the wordings in brackets, as withExpansions writes them (no
  // abbreviation spans a bracket), and the tokens know which piece they came from.
  const pieces = read.map((s, i) => expansionPieces(s.text, found[i]!, (typed) => unknownPhrase(typed, vocabulary))
    .map((p) => ({ ...p, text: reading.abbreviations.expand(p.text) })));
  const sentences = read.map((s, i) => ({ ...s, text: pieces[i]!.map((p) => (p.added ? ` (${p.text})` : p.text)).join('') }));
  const text = sentences.map((s) => s.text).join('\n');
  const all: Token[] = [];
  const context: boolean[] = [];
  const referredToken: boolean[] = [];
  // Tokens of the official wordings the lexicon added (not of the resident's words): they weigh less in ranking.
  const added: boolean[] = [];
  // …unless they stand in for words no article uses ("hối lộ" for "tham nhũng"): then they are all there is to match.
  const standsIn: boolean[] = [];
  // Where each sentence starts among the tokens: its first word is capitalised as any sentence's is, not as a name.
  const starts = new Set<number>();
  read.forEach((s, i) => {
    starts.add(all.length);
    for (const piece of pieces[i]!) {
      const base = all.length ? all[all.length - 1]!.clause + 1 : 0;
      for (const t of tokenize(piece.text)) {
        all.push({ ...t, clause: t.clause + base });
        context.push(!s.asking);
        referredToken.push(s.referred === true);
        added.push(piece.added);
        standsIn.push(piece.standsIn);
      }
    }
  });
  // The vocabulary object itself is passed (not a copy): repairMarks keeps what it learns of it.
  if (typedMarks && vocabulary?.hasExactPair) all.splice(0, all.length, ...repairMarks(all, vocabulary as MarkVocabulary).tokens);
  const accented = typedMarks && marksHold(all, vocabulary);
  const mask = questionMask(all, accented);
  // A question made only of interrogatives keeps them rather than becoming empty.
  const keepAll = mask.every(Boolean);
  const said = attributionMask(all);
  const part = (i: number): number => (context[i] ? CONTEXT_WEIGHT : referredToken[i] ? REFERRED_WEIGHT : 1);
  const unscaled = tokenWeights(all, keepAll ? mask.map(() => false) : mask, starts)
    .map((w, i) => w * part(i) * (said[i] ? ATTRIBUTION_WEIGHT : 1));
  const weights = unscaled.map((w, i) => (added[i] ? w * PARAPHRASE_WEIGHT : w));
  const tokens = all.filter((_, i) => weights[i]! > 0);
  const weighted = weightedTerms(all, weights);
  // Ranking only: answerability weighs a stand-in as any wording (a full weight there answered "Xe buýt số 34 ở HN đi
  // qua những đâu?" with a passage on transport), so the same terms weigh differently for the two.
  const ranked = standsIn.some(Boolean)
    ? weightedTerms(all, unscaled.map((w, i) => (added[i] && !standsIn[i] ? w * PARAPHRASE_WEIGHT : w))).weights : weighted.weights;
  const terms = withCodes(weighted.terms, text);
  const focus = sentences.filter(own).map((s) => s.text).join(' ');
  const referred = sentences.filter((s) => s.referred && !s.subjectOnly).map((s) => s.text).join(' ');
  const focusTerms = context.some(Boolean) ? weightedTerms(all, weights.map((w, i) => (context[i] ? 0 : w))).terms : weighted.terms;
  const ownTerms = referredToken.some(Boolean)
    ? weightedTerms(all, weights.map((w, i) => (context[i] || referredToken[i] ? 0 : w))).terms : focusTerms;
  const everyday = read.flatMap((s, i) => found[i]!.map((m): Paraphrased => ({ typed: m.typed,
    alternatives: m.expansion.split(ALTERNATIVES).filter(Boolean), asking: s.asking })));
  // Abbreviations the resident typed are one meaning with their expansion too ("TT&TT", "thông tin và truyền thông").
  const typedAbbreviations = read.map((s) => reading.abbreviations.find(s.text));
  const abbreviated = read.flatMap((s, i) => typedAbbreviations[i]!.map((m): Paraphrased => ({ typed: m.typed,
    alternatives: [m.expansion], asking: s.asking, abbreviation: true })));
  const paraphrased = [...everyday, ...abbreviated];
  const named = everyday.length > 0 ? namedParts(read, typedAbbreviations) : { focus, text };
  // Read as the resident typed it: typed without marks, the marks chat words brought ("z" read "vậy", "dc" "được")
  // would make the kind of fact be read as from a marked question, where "xep thu may" asks no rank (unmarked "may" is
  // also máy). Marks the resident typed stay, held or not ("dữ liệu mở của" is not "mở cửa").
  const askedAsTyped = markedByResident ? asked : foldDiacritics(asked);
  return { text, focus, asked: askedAsTyped, focusTerms, ownTerms, accented, tokens, terms, weights: padWeights(ranked, terms), answerWeights: padWeights(weighted.weights, terms), paraphrased, named, referred };
}

/**
 * What the lexicon adds stands beside the resident's words, not over them: an official wording weighs half of a typed
 * word in ranking. At full weight the wordings outranked the resident's own words on questions outside this corpus's
 * field (XQuAD + MLQA R@1 0.8777 at 1, 0.8801 at 0.5; bench:scale's pool at 100,000 passages 0.437 → 0.444), while
 * the development sets' key fact is the same (answerability weighs the wordings on its own, see coverage.ts).
 */
const PARAPHRASE_WEIGHT = 0.5;

/**
 * A sentence an asking one points back to names the subject ("Kế hoạch 310") among the resident's story ("hàng xóm
 * bảo…"): its words weigh between the question's and the story's.
 */
const REFERRED_WEIGHT = 0.6;

/** A sentence cut into the resident's words and the wordings the lexicon added after them (in brackets, as expand writes). */
function expansionPieces(text: string, matches: readonly ExpansionMatch[], unknown: (typed: string) => boolean): Piece[] {
  if (matches.length === 0) return [{ text, added: false, standsIn: false }];
  const out: Piece[] = [];
  let last = 0;
  for (const { end, expansion, typed } of matches) {
    out.push({ text: text.slice(last, end), added: false, standsIn: false }, { text: expansion, added: true, standsIn: unknown(typed) });
    last = end;
  }
  out.push({ text: text.slice(last), added: false, standsIn: false });
  return out;
}

interface Piece {
  readonly text: string;
  /** A wording the lexicon added beside the resident's words. */
  readonly added: boolean;
  /** Added for words the articles never use (unknownPhrase). */
  readonly standsIn: boolean;
}

/**
 * Whether no article uses the typed phrase: none of its adjacent syllable pairs (of a one-syllable phrase, the
 * syllable) is in the index, in any marks. Without a vocabulary every phrase counts as known.
 */
export function unknownPhrase(typed: string, vocabulary: QueryVocabulary | undefined): boolean {
  if (!vocabulary) return false;
  const tokens = tokenize(typed);
  if (tokens.length === 0) return false;
  if (tokens.length === 1) return !vocabulary.hasFolded(tokens[0]!.folded);
  return tokens.slice(1).every((t, i) => !vocabulary.hasFoldedPair(`${tokens[i]!.folded} ${t.folded}`));
}

// "Theo ông Hùng, …", "Theo Sở thì …", "… theo bài về Hải Phòng": who said it, which the passage that answers seldom
// repeats (an interview's answers never name the speaker again). It helps find the article, at the story's weight.
const ATTRIBUTION_WEIGHT = CONTEXT_WEIGHT;
const SPEAKERS = new Set(['ong', 'ba', 'anh', 'chi', 'bac', 'giam', 'pho', 'so', 'lanh', 'thu', 'bo', 'chu', 'dong', 'bai', 'bao',
  'chuyen', 'nguoi']);
const SAID_ENDS = new Set(['thi', 'la']);

// "Ông giám đốc Sở đánh giá kế hoạch này ra sao?", "lãnh đạo Sở nói chuyển đổi số là gì?": a speaker as the subject of
// a verb of saying is who said it too. One-syllable verbs are matched with their marks ("nói", not Hà "Nội"); unmarked,
// only the two-syllable ones, which fold to nothing else.
const SAYING = ['nói', 'bảo', 'cho biết', 'cho rằng', 'đánh giá', 'nhận xét', 'nhận định', 'khẳng định', 'chia sẻ', 'trả lời']
  .map((v) => tokenize(v));
const SPEAKER_REACH = 7;
// Residents assess too ("người dân đánh giá…"): only an official or a publication speaks for the articles.
const OFFICIAL_SPEAKERS = new Set([...SPEAKERS].filter((w) => w !== 'nguoi'));

/**
 * Which tokens name who said it: "theo" and a speaker, to the end of the clause or "thì"/"là", at most six words; or
 * an official and the verb of saying they are the subject of, at most seven words apart in one clause.
 */
export function attributionMask(tokens: readonly Token[]): boolean[] {
  const mask = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.folded !== 'theo' || !SPEAKERS.has(tokens[i + 1]!.folded)) continue;
    for (let j = i; j < tokens.length && j < i + 7 && tokens[j]!.clause === tokens[i]!.clause && !SAID_ENDS.has(tokens[j]!.folded); j++) mask[j] = true;
  }
  for (let v = 1; v < tokens.length; v++) {
    const verb = SAYING.find((w) => w.every((t, k) => (w.length > 1 ? tokens[v + k]?.folded === t.folded : tokens[v + k]?.exact === t.exact)));
    if (!verb) continue;
    for (let s = v - 1; s >= 0 && v - s <= SPEAKER_REACH && tokens[s]!.clause === tokens[v]!.clause && !mask[s]; s--) {
      if (tokens[s]!.folded === 'theo') break;
      if (!OFFICIAL_SPEAKERS.has(tokens[s]!.folded)) continue;
      // The furthest speaker word back in reach opens the phrase ("ông giám đốc Sở"): keep looking past nearer ones.
      let start = s;
      for (let t = s - 1; t >= 0 && v - t <= SPEAKER_REACH && tokens[t]!.clause === tokens[v]!.clause; t--) if (OFFICIAL_SPEAKERS.has(tokens[t]!.folded)) start = t;
      for (let j = start; j < v + verb.length; j++) mask[j] = true;
      break;
    }
  }
  return mask;
}

/**
 * Whether the resident typed with marks: at least a fifth of their own words carry one. A chat word's spelling
 * ("đc" in "lam lltp tren vneid đc ko") does not make an unmarked question a marked one. With `only`, only the words
 * it holds are counted (those of the sentences that ask).
 */
function typedWithMarks(typed: string, chatWords?: ChatWordReader, only?: ReadonlySet<string>): boolean {
  let words = 0;
  let marked = 0;
  // A province's name may come with marks in text typed without any: a phone's autocorrect, or a name copied ("HN da
  // giai quyet TTHC…" written out as "Hà Nội da giai quyet…"). Its words are not counted.
  for (const w of typed.replace(PLACE_NAMES, ' ').match(/[\p{L}]+/gu) ?? []) {
    if (chatWords && chatWords(w) !== w) continue;
    if (only && !only.has(w.toLowerCase())) continue;
    words++;
    if (hasDiacritics(w)) marked++;
  }
  return marked > 0 && marked >= MARKED_SHARE * words;
}

const MARKED_SHARE = 0.2;
const PLACE_NAMES = new RegExp(`(?<!\\p{L})(?:${provinces.places.filter((p) => hasDiacritics(p))
  .map(escapeRegExp).join('|')})(?!\\p{L})`, 'giu');

function namedParts(read: readonly MessageSentence[], abbreviations: readonly (readonly ExpansionMatch[])[]): PreparedQuery['named'] {
  const expanded = read.map((s, i) => ({ text: withExpansions(s.text, abbreviations[i]!), asking: s.asking }));
  return { focus: expanded.filter((s, i) => s.asking && !read[i]!.referred).map((s) => s.text).join(' '), text: expanded.map((s) => s.text).join('\n') };
}

const PLACEHOLDER = /\[[^\][\n]{1,40}\]/g;


/**
 * Whether the resident's marks can be trusted: "Hà Nôi xêp hạng" has marks, but "nôi" and "xêp" are spelt as no article
 * spells them, while their unmarked pairs ("ha noi", "xep hang") are phrases the articles use. Then the marks are
 * typos and the question is read without them. A marked word the articles never use in any spelling ("kết hôn") is
 * simply a word they lack, and says nothing about the marks.
 */
export function marksHold(tokens: readonly Token[], vocabulary?: QueryVocabulary): boolean {
  if (!vocabulary) return true;
  const marked = tokens.filter((t) => t.exact !== t.folded);
  const doubtful = tokens.filter((t, i) => {
    if (t.exact === t.folded || vocabulary.hasExact(t.exact)) return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return (prev && vocabulary.hasFoldedPair(`${prev.folded} ${t.folded}`)) || (next && vocabulary.hasFoldedPair(`${t.folded} ${next.folded}`));
  });
  // One slip in a long, well-marked message costs one word; a quarter of the marks astray is a keyboard habit.
  if (doubtful.length >= Math.max(1, MARKS_ASTRAY * marked.length)) return false;
  // So is a quarter of the words left without the marks the articles always give them ("mặt trận tổ quốc lam gì trong vu
  // chuyen đoi sô"): read exactly, each would be a word no article uses.
  const unmarked = tokens.filter((t) => t.exact === t.folded && !/\d/.test(t.exact) && !vocabulary.hasExact(t.exact) && vocabulary.hasFolded(t.folded));
  return unmarked.length < Math.max(2, MARKS_ASTRAY * tokens.length);
}

const MARKS_ASTRAY = 0.25;

/** Extra terms withCodes appended (document codes) weigh 1. */
function padWeights(weights: TermWeights, terms: FieldTerms): TermWeights {
  const pad = (f: Field): number[] => [...weights[f], ...new Array<number>(terms[f].length - weights[f].length).fill(1)];
  return { exact: pad('exact'), folded: pad('folded'), exactPair: pad('exactPair'), foldedPair: pad('foldedPair') };
}

/**
 * The terms a passage is indexed under: its text plus its context (article title, section heading), since a
 * paragraph of an article about Hà Nội often never names the city. Same expansion as queries.
 */
export function passageTerms(text: string, abbreviations: AbbreviationExpander, context = ''): FieldTerms {
  const full = context ? `${context}\n${text}` : text;
  return withCodes(fieldTerms(tokenize(abbreviations.expand(cleanText(full)))), full);
}

// Document numbers ("239/KH-UBND", "06-NQ/TƯ") are matched whole as well as syllable by syllable.
const CODE = /[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu;

/** Adds each code that contains a digit as one extra unigram term. */
export function withCodes(terms: FieldTerms, text: string): FieldTerms {
  const codes = [...cleanText(text).matchAll(CODE)].map((m) => m[0]).filter((c) => /\d/.test(c));
  if (codes.length === 0) return terms;
  const exact = codes.map((c) => `#${c.toLowerCase()}`);
  const folded = codes.map((c) => `#${foldDiacritics(c).toLowerCase()}`);
  return { ...terms, exact: [...terms.exact, ...exact], folded: [...terms.folded, ...folded] };
}
