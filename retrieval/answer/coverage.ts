import type { Bm25Field } from '../sparse/bm25-field.js';
import type { PreparedQuery } from '../query.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import { fieldTerms } from '../sparse/terms.js';
import { cleanText } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';

// Function and discourse words say how a resident asks, not what about; they do not count towards coverage.
const FUNCTION_WORDS = tokenize(
  'thì là mà muốn làm thế như nào sao gì đâu ai bao nhiêu mấy được không có của cho và với các những này đó kia ' +
  'ạ nhé nhỉ vậy hả ơi à tôi mình em anh chị bạn cần phải nên hãy xin hỏi giúp ở tại về trong trên ' +
  // The classifier residents put before a thing ("cái IOC đó", "cái app"), which articles never write.
  'cái nha luôn ' +
  // Chat's pronouns and particles ("nó đòi hỏi gì", "làm một lần rồi thôi", "thế chứ"): news articles seldom write
  // them, so absent from the index they would read as words the articles do not know.
  'nó họ rồi thôi chứ nữa đấy ấy kìa ' +
  // Quantifiers and markers of speech that five articles may lack ("Hà Nội mỗi ngày", "làm xong", "khó lắm"). Tense
  // markers the articles use ("đang") stay content: "đang hot" is still a pair the articles do not know.
  'mỗi vài xong lắm ' +
  // Southern speech's "vô" (vào) and "bữa" (hôm: "bữa nào", "bữa nay").
  'vô bữa ' +
  // "chuyện" (matter) stands for the thing named after it ("làm chuyện thuế má", "trong chuyện này").
  'chuyện',
);
// Compared in the field the question is read in: with its marks, "tại" is a function word and "tài" (tài chính) is
// not; without them the two cannot be told apart.
const EXACT_FUNCTION_WORDS = new Set(FUNCTION_WORDS.map((t) => t.exact));
const FOLDED_FUNCTION_WORDS = new Set(FUNCTION_WORDS.map((t) => t.folded));

// Asked for every query term of every candidate passage; the answer depends on the term and the field alone. One map
// per field, keyed by the term itself: a key built from the field and the term was a new string to hash at each call.
const functionTerms = { exact: new Map<string, boolean>(), folded: new Map<string, boolean>() };
/**
 * A function word; or, in a marked question, a pair with one in it. Such a pair is mostly the seam between two words
 * ("của doanh", "hiện được", "thì thành"): the corpus rarely holds it, so it would weigh as much as the rarest word
 * and drown what was asked; its content syllable still counts on its own. Unmarked, "tai chinh" may be tài chính,
 * so a pair goes only when both its syllables are function words.
 */
export function isFunctionTerm(term: string, accented: boolean): boolean {
  const known = accented ? functionTerms.exact : functionTerms.folded;
  let is = known.get(term);
  if (is === undefined) {
    if (known.size >= 50_000) known.clear();
    const words = accented ? EXACT_FUNCTION_WORDS : FOLDED_FUNCTION_WORDS;
    const syllables = term.split(' ');
    is = accented ? syllables.some((s) => words.has(s)) : syllables.every((s) => words.has(s));
    known.set(term, is);
  }
  return is;
}

/**
 * Share of the question, weighted by idf, that one passage contains: its content syllables and its syllable pairs.
 * A term no passage has gets the largest idf, so a question about something the corpus never mentions (tỷ giá,
 * xổ số) scores low even when a few common syllables match.
 */
export function passageCoverage(asked: AskedTerms, sparse: SparseIndex, accented: boolean, doc: number): number {
  const uni = sparse.field(accented ? 'exact' : 'folded');
  const pair = sparse.field(accented ? 'exactPair' : 'foldedPair');
  const { have, total } = heldShare(asked, { uni: { has: (t) => uni.contains(t, doc) }, pair: { has: (t) => pair.contains(t, doc) } });
  return total > 0 ? have / total : 0;
}

/** Weighted terms: syllables and syllable pairs. */
export interface TermSet {
  readonly uni: ReadonlyMap<string, number>;
  readonly pair: ReadonlyMap<string, number>;
}

/** Terms of a question with their weights (idf × how strongly they were asked); see askedTerms. */
export interface AskedTerms extends TermSet {
  /** Everyday phrases read by the paraphrase lexicon: each one meaning, its terms not among uni and pair. */
  readonly groups: readonly AskedGroup[];
  /**
   * The plain pairs the unknown-word gate weighs otherwise than coverage: through an unknown syllable at full weight
   * (see askedTerms); any pair not here weighs the same for both.
   */
  readonly gated?: ReadonlyMap<string, number>;
}

/** One everyday phrase: the resident's words and each official wording added for them. */
export interface AskedGroup {
  readonly typed: TermSet;
  readonly alternatives: readonly TermSet[];
  /** An abbreviation the resident typed ("CNTT"), read as its one expansion. */
  readonly abbreviation?: true;
  /** An abbreviation whose expansion the articles use, pair by pair ("HN": Hà Nội): a word they know. */
  readonly knownExpansion?: true;
}

/** Whether a text (a passage, a sentence) holds a term: a Set of its terms, or any lookup of that shape. */
export interface Holds {
  readonly uni: { has(term: string): boolean };
  readonly pair: { has(term: string): boolean };
}

// sumHeld's result, kept in two numbers rather than an object per call (it runs for every sentence).
let heldHave = 0;
let heldTotal = 0;

function sumHeld(set: TermSet, holds: Holds): void {
  let have = 0;
  let total = 0;
  for (const [t, w] of set.uni) {
    total += w;
    if (holds.uni.has(t)) have += w;
  }
  for (const [t, w] of set.pair) {
    total += w;
    if (holds.pair.has(t)) have += w;
  }
  heldHave = have;
  heldTotal = total;
}

/**
 * The weight of the asked terms a text holds, and of all of them. An everyday phrase is one meaning in several
 * wordings, the resident's and the official ones added for it; it counts in the wording the text holds best (by
 * share, then by weight), with that wording's weights. Held in none, it counts as the resident typed it. So the
 * official wordings a text does not use do not count against it ("sổ sức khỏe điện tử" against a passage that says
 * "hồ sơ bệnh án điện tử"), nor do the resident's words the corpus never uses when it holds the official one ("toa
 * thuốc" against "đơn thuốc điện tử").
 */
export function heldShare(asked: AskedTerms, holds: Holds): { have: number; total: number } {
  sumHeld(asked, holds);
  let have = heldHave;
  let total = heldTotal;
  for (const group of asked.groups) {
    sumHeld(group.typed, holds);
    let bestHave = heldHave;
    let bestTotal = heldTotal;
    for (const alternative of group.alternatives) {
      sumHeld(alternative, holds);
      if (heldTotal === 0 || heldHave === 0) continue;
      const share = heldHave / heldTotal;
      const bestShare = bestTotal > 0 ? bestHave / bestTotal : 0;
      if (share > bestShare || (share === bestShare && heldHave > bestHave)) {
        bestHave = heldHave;
        bestTotal = heldTotal;
      }
    }
    have += bestHave;
    total += bestTotal;
  }
  return { have, total };
}

/**
 * The question's content terms (syllables and pairs, in the field its marks choose), each with idf × the largest
 * weight it was asked with, so a long message's context sentences count less than its question. Function words out.
 */
export function askedTerms(query: PreparedQuery, sparse: SparseIndex): AskedTerms {
  const f = query.accented ? { uni: 'exact', pair: 'exactPair' } as const : { uni: 'folded', pair: 'foldedPair' } as const;
  const uniField = sparse.field(f.uni);
  const syllableIdf = (t: string): number => uniField.idf(t) ?? uniField.maxIdf;
  // A pair no passage holds, of syllables the corpus knows, is mostly the seam between two words ("thiếu người",
  // "đợi đào"): it weighs what its commoner syllable weighs, not what the rarest word would. A pair with an unknown
  // syllable keeps its full weight through that syllable for the unknown-word gate (see maxUnknownShare in
  // extract-answer.ts: "thời tiết ngày mai" is foreign to the articles whatever else it shares).
  // A syllable the lexicon read ("HN" as Hà Nội, "app") is known by its wordings: its pair with a neighbour ("ở HN") is
  // a seam, not a word the articles lack.
  const read = lexiconSyllables(query);
  const known = (x: string): boolean => uniField.idf(x) !== undefined;
  // Nor is a function word the articles never write ("rồi"): unmarked, "nha roi" is a seam, not a word they lack.
  const pairIdf = (field: Bm25Field, t: string): number =>
    field.idf(t) ?? (t.split(' ').some((x) => !known(x) && !read.has(x) && !isFunctionTerm(x, query.accented)) ? field.maxIdf
      : Math.min(field.maxIdf, ...t.split(' ').filter(known).map(syllableIdf)));
  // For coverage, in a marked question, a word the five articles lack is often an everyday one ("tự bỏ tiền mua hay đi
  // mướn"): it weighs once, as itself, and its pairs with known syllables weigh as seams rather than three times over.
  // Unmarked, folded syllables meet so many of the articles' that one they lack is telling ("crush", "rep").
  const seamIdf = (field: Bm25Field, t: string): number => {
    const known = field.idf(t);
    if (known !== undefined || !query.accented) return known ?? pairIdf(field, t);
    const held = t.split(' ').map((x) => uniField.idf(x)).filter((x): x is number => x !== undefined);
    return held.length === 0 ? field.maxIdf : Math.min(field.maxIdf, ...held);
  };
  // How strongly each content term was asked (its largest token weight); idf multiplies it below.
  const names = namePairs(query.tokens, query.accented);
  const strength = (list: readonly string[], weights: readonly number[]): Map<string, number> => {
    const asked = new Map<string, number>();
    list.forEach((t, i) => {
      if (!isFunctionTerm(t, query.accented) || names.has(t)) asked.set(t, Math.max(asked.get(t) ?? 0, weights[i] ?? 1));
    });
    return asked;
  };
  const pairField = sparse.field(f.pair);
  const uni = strength(query.terms[f.uni], query.answerWeights[f.uni]);
  for (const [t, w] of uni) uni.set(t, w * syllableIdf(t));
  const pair = strength(query.terms[f.pair], query.answerWeights[f.pair]);
  // Only the pairs the gate weighs otherwise than coverage does (a seam through an unknown syllable) are kept apart.
  const gated = new Map<string, number>();
  for (const [t, w] of pair) {
    const seam = seamIdf(pairField, t);
    const gate = pairIdf(pairField, t);
    if (gate !== seam) gated.set(t, w * gate);
    pair.set(t, w * seam);
  }
  return { uni, pair, ...(gated.size > 0 ? { gated } : {}), groups: groupParaphrases(query, { uni, pair },
    (t) => (t.includes(' ') ? pairField.idf(t) !== undefined : known(t))) };
}

// A word written as a name: a capital, then a small letter ("Tuấn", not "HN" or "UBND").
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * The pairs inside a run of name words ("Phạm Anh Tuấn", "Đông Anh"): a function word there ("Anh", "Thế", "Như") is
 * part of a name, not a pronoun, and its pairs say who or where is asked about. A run opens on its first word that is no
 * function word: a sentence's capital or words typed in Title Case ("Tại Hà Nội…", "Anh Chị cho hỏi…", "Chị Ơi Cho Em
 * Hỏi") start no name.
 */
function namePairs(tokens: readonly Token[], accented: boolean): Set<string> {
  const pairs = new Set<string>();
  const key = (t: Token): string => (accented ? t.exact : t.folded);
  const fn = (t: Token): boolean => isFunctionTerm(key(t), accented);
  let run: Token[] = [];
  const close = (): void => {
    const opens = run.findIndex((t) => !fn(t));
    const name = opens < 0 ? [] : run.slice(opens);
    // A function word is the name's only before another of its words or last ("Phạm Anh Tuấn", "Đông Anh"): not "Ở Đâu"
    // in "Doanh Nghiệp Ở Đâu".
    const inName = name.map((t, i) => !fn(t) || (i + 1 < name.length ? !fn(name[i + 1]!) : i > 0));
    for (let i = 1; i < name.length; i++) if (inName[i - 1] && inName[i]) pairs.add(`${key(name[i - 1]!)} ${key(name[i]!)}`);
    run = [];
  };
  for (const t of tokens) {
    if (run.length > 0 && (!NAME_WORD.test(t.surface) || t.clause !== run[0]!.clause)) close();
    if (NAME_WORD.test(t.surface)) run.push(t);
  }
  close();
  return pairs;
}

/** The syllables of the everyday phrases and abbreviations the lexicon read, in the field the question's marks choose. */
function lexiconSyllables(query: PreparedQuery): ReadonlySet<string> {
  const fields = query.accented ? ACCENTED_FIELDS : FOLDED_FIELDS;
  return new Set(query.paraphrased.flatMap((p) => termsOf(p.typed, fields).uni));
}

/**
 * Moves the terms of each everyday phrase the lexicon read, and of the official wordings added for it, out of the
 * plain terms into a group (see heldShare). A wording's term that the resident also typed elsewhere stays a plain
 * term as well. Terms that are not among the asked ones (function words) are left out of the group.
 */
function groupParaphrases(query: PreparedQuery, plain: { uni: Map<string, number>; pair: Map<string, number> },
  known: (term: string) => boolean): AskedGroup[] {
  if (query.paraphrased.length === 0) return [];
  const fields = query.accented ? ACCENTED_FIELDS : FOLDED_FIELDS;
  const moves: Moves = { plain, moved: { uni: new Map(), pair: new Map() }, keep: NEVER };
  let elsewhere: ReadonlySet<string> | undefined;
  const groups: AskedGroup[] = [];
  const seen = new Set<string>();
  for (const p of query.paraphrased) {
    // The same phrase twice is one meaning, weighed once (as a plain term is).
    const key = p.typed.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const typed = termsOf(p.typed, fields);
    // An abbreviation inside an everyday phrase ("tổ cds") is read with that phrase already.
    if (p.abbreviation && [...typed.all].some((t) => moves.moved.uni.has(t) || moves.moved.pair.has(t))) continue;
    moves.keep = NEVER;
    const typedSet = take(typed, moves);
    const alternatives: TermSet[] = [];
    for (const a of p.alternatives) {
      const terms = termsOf(a, fields);
      // A wording's term the resident also typed outside this phrase stays plain as well.
      moves.keep = (t) => !typed.all.has(t) && (elsewhere ??= termsOf(query.asked, fields).all).has(t);
      const wording = take(terms, moves);
      // A wording not weighed whole (a syllable of it lost, though no function word) stands for less than it says:
      // unmarked, "HN" read as "Hà Nội" would keep only "nội", held everywhere, once "ha" (hả) is out.
      if (wording.uni.size >= terms.content) alternatives.push(wording);
      // Its two-syllable words all weighed still say it ("chỉ số", "chuyển đổi", "cấp tỉnh" for DTI; "hà nội" for HN):
      // the wording stands by them alone, its lone syllables ("nội", "số") held everywhere left out.
      else if (terms.pair.length > 0 && wording.pair.size === new Set(terms.pair).size) alternatives.push({ uni: new Map(), pair: wording.pair });
    }
    // Read in the field the question's marks choose: unmarked, "Hà Nội" is known as "ha noi". By its pairs: "bảo hiểm"
    // and "xã hội" apart do not make "bảo hiểm xã hội" a phrase the articles use.
    const knownExpansion = p.abbreviation && p.alternatives.some((a) => {
      const terms = termsOf(a, fields);
      return terms.pair.length > 0 ? terms.pair.every(known) : terms.uni.length > 0 && terms.uni.every(known);
    });
    if (typedSet.uni.size + typedSet.pair.size > 0) {
      groups.push({ typed: typedSet, alternatives, ...(p.abbreviation ? { abbreviation: true as const } : {}),
        ...(knownExpansion ? { knownExpansion: true as const } : {}) });
    }
  }
  return groups;
}

const ACCENTED_FIELDS = { uni: 'exact', pair: 'exactPair' } as const;
const FOLDED_FIELDS = { uni: 'folded', pair: 'foldedPair' } as const;
const NEVER = (): boolean => false;

interface Terms {
  readonly uni: readonly string[];
  readonly pair: readonly string[];
  readonly all: ReadonlySet<string>;
  /** The syllables that are not function words, read with the marks the text has: what weighing it whole means. */
  readonly content: number;
}

// The lexicon's wordings recur from question to question: their terms are kept (a bounded cache, like the others).
const termsCache = new Map<string, Terms>();

function termsOf(text: string, fields: typeof ACCENTED_FIELDS | typeof FOLDED_FIELDS): Terms {
  const key = `${fields.uni}\n${text}`;
  let terms = termsCache.get(key);
  if (!terms) {
    if (termsCache.size >= 10_000) termsCache.clear();
    termsCache.set(key, (terms = readTerms(text, fields)));
  }
  return terms;
}

function readTerms(text: string, fields: typeof ACCENTED_FIELDS | typeof FOLDED_FIELDS): Terms {
  const tokens = tokenize(cleanText(text));
  const terms = fieldTerms(tokens);
  const uni = terms[fields.uni];
  const pair = terms[fields.pair];
  const content = new Set(tokens.filter((t) => !EXACT_FUNCTION_WORDS.has(t.exact)).map((t) => t[fields.uni])).size;
  return { uni, pair, all: new Set([...uni, ...pair]), content };
}

/** The plain terms, the ones already moved into a group, and which of a wording's terms stay plain as well. */
interface Moves {
  readonly plain: { uni: Map<string, number>; pair: Map<string, number> };
  readonly moved: { uni: Map<string, number>; pair: Map<string, number> };
  keep: (term: string) => boolean;
}

/** The asked terms among these, with their weights, moved out of the plain ones (unless kept). */
function take(terms: Terms, moves: Moves): TermSet {
  return { uni: pick(terms.uni, moves.plain.uni, moves.moved.uni, moves.keep), pair: pick(terms.pair, moves.plain.pair, moves.moved.pair, moves.keep) };
}

function pick(list: readonly string[], from: Map<string, number>, done: Map<string, number>, keep: (t: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of list) {
    const w = from.get(t) ?? done.get(t);
    if (w === undefined) continue;
    out.set(t, w);
    if (from.has(t) && !keep(t)) {
      done.set(t, w);
      from.delete(t);
    }
  }
  return out;
}

/**
 * Whether the question has two-syllable words (pairs, mostly) and the passage holds none of them, in any wording.
 * "Bạn có người yêu chưa?" shares "người" and "yêu" with a paragraph on "yêu cầu" of "người dân", but not one of its
 * words: a passage that covers no pair speaks of something else.
 */
export function holdsNoPair(asked: AskedTerms, sparse: SparseIndex, accented: boolean, doc: number): boolean {
  const field = sparse.field(accented ? 'exactPair' : 'foldedPair');
  let any = false;
  const none = (pairs: ReadonlyMap<string, number>): boolean => {
    for (const t of pairs.keys()) {
      any = true;
      if (field.contains(t, doc)) return false;
    }
    return true;
  };
  if (!none(asked.pair)) return false;
  for (const g of asked.groups) {
    if (!none(g.typed.pair)) return false;
    for (const a of g.alternatives) if (!none(a.pair)) return false;
  }
  return any;
}

/**
 * askedTerms of the asking sentences alone, when they have content of their own (a two-syllable word, or two
 * content syllables): whether the articles answer is a matter of what was asked; the story around it only helped
 * find where.
 */
export function focusTerms(query: PreparedQuery, sparse: SparseIndex): AskedTerms {
  return restrictedTerms(query, sparse, query.focusTerms);
}

/**
 * The asking sentences' own terms, without those of the sentences they point back to: what the share of words no
 * article uses is read from ("Đọc bài … thấy có nhắc tới hệ thống IOC. Cái IOC đó là hệ thống gì?": the story's "đọc",
 * "nhắc" say nothing of whether the articles speak of the IOC).
 */
export function ownTerms(query: PreparedQuery, sparse: SparseIndex): AskedTerms {
  return restrictedTerms(query, sparse, query.ownTerms);
}

// The syllables of the nouns that name the kind of answer asked, not its subject, marked and folded.
const ANSWER_FRAME = new Set(['sự', 'kiện', 'su', 'kien', 'nguyên', 'nhân', 'nguyen', 'nhan', 'lý', 'do', 'ly', 'kênh', 'kenh', 'dịp', 'dip']
  .flatMap((w) => tokenize(w).flatMap((t) => [t.exact, t.folded])));

function restrictedTerms(query: PreparedQuery, sparse: SparseIndex, keep: PreparedQuery['focusTerms']): AskedTerms {
  const all = askedTerms(query, sparse);
  const f = query.accented ? { uni: 'exact', pair: 'exactPair' } as const : { uni: 'folded', pair: 'foldedPair' } as const;
  if (keep[f.uni] === query.terms[f.uni]) return all;
  const uniFocus = new Set(keep[f.uni]);
  const pairFocus = new Set(keep[f.pair]);
  const uni = new Map([...all.uni].filter(([t]) => uniFocus.has(t)));
  const pair = new Map([...all.pair].filter(([t]) => pairFocus.has(t)));
  const inFocus = (t: TermSet): TermSet => ({ uni: new Map([...t.uni].filter(([k]) => uniFocus.has(k))),
    pair: new Map([...t.pair].filter(([k]) => pairFocus.has(k))) });
  const groups = all.groups.map((g) => ({ ...g, typed: inFocus(g.typed), alternatives: g.alternatives.map(inFocus) }))
    .filter((g) => g.typed.uni.size + g.typed.pair.size > 0);
  // "Sửa thế nào?" after a story about Python code: one content syllable and no word of two cannot say what the
  // message is about, so the whole message is weighed (its story at its context weight).
  // Nor can words that only frame the answer ("ở sự kiện nào", "nguyên nhân là do đâu", "qua những kênh nào").
  const own = (t: string): boolean => !t.split(' ').every((w) => ANSWER_FRAME.has(w));
  const content = [...uni.keys()].filter(own).length + groups.reduce((n, g) => n + g.typed.uni.size, 0);
  const pairs = [...pair.keys()].filter(own).length + groups.reduce((n, g) => n + g.typed.pair.size, 0);
  const gated = all.gated ? { gated: new Map([...all.gated].filter(([t]) => pairFocus.has(t))) } : {};
  return content >= 2 || pairs > 0 ? { uni, pair, ...gated, groups } : all;
}
