/**
 * The words a regular expression's match can open or close with, read from the pattern itself: a cheap test that lets
 * a text go before a pattern of thousands of alternatives is tried on it (courtesy.ts). A word is a run of letters
 * (\p{L}); the sets hold the first (or last) one or two words a match can hold. They are supersets: where the pattern
 * allows any letter (a class, a dot), the words are taken as any starting (ending) with what came before, and a
 * pattern whose match may hold no letter at all lets every text through. So a pattern matched from the text's start
 * cannot match a text whose first words are not among its first words, nor one matched to its end a text whose last
 * words are not among its last words.
 */

/** A set of words a match may hold first (or last): exact words, words opening (closing) with a prefix, or any. */
export interface PatternWords {
  readonly any: boolean;
  /** The pattern has the `i` flag. */
  readonly caseless: boolean;
  /** Last words: a prefix is what the words end with. */
  readonly fromEnd: boolean;
  /** How many words are read: the first (last) ones, one space between, as the text's are. */
  readonly words: number;
  readonly exact: ReadonlySet<string>;
  /** The prefixes holding a whole word, by that word (the first, or from the end the last): looked up, not scanned. */
  readonly prefixesByWord: ReadonlyMap<string, readonly string[]>;
  /** The prefixes inside their first (last) word: each is a start (an end) of that word. */
  readonly partPrefixes: ReadonlySet<string>;
}

/** The first words a match of `pattern` may hold (lower case). */
export function firstWords(pattern: RegExp, words = 2): PatternWords {
  return { ...wordsOf(parsePattern(pattern.source, pattern.flags), false, words), caseless: pattern.flags.includes('i') };
}

/** The last words a match of `pattern` may hold (lower case). */
export function lastWords(pattern: RegExp, words = 2): PatternWords {
  return { ...wordsOf(parsePattern(pattern.source, pattern.flags), true, words), caseless: pattern.flags.includes('i') };
}

/**
 * Whether a text's first (last) words may be a match's: false only when no match of the pattern anchored at the text's
 * start (end) can be found in it.
 */
export function mayMatch(set: PatternWords, text: string): boolean {
  return set.any || holdsRuns(set, set.fromEnd ? lastRuns(text, set.words) : firstRuns(text, set.words));
}

/** mayMatch, given the text's first (last) runs of letters, as many as the set reads (fewer when it has no more). */
export function holdsRuns(set: PatternWords, runs: readonly string[]): boolean {
  if (set.any) return true;
  if (runs.length === 0) return false;
  const lower = (runs.length === 1 ? runs[0]! : runs.join(' ')).toLowerCase();
  // A letter the pattern's emoji may be (see PICTOGRAPHIC_LETTERS) is left to the pattern; so, matched without case, is
  // a letter that is not a plain or marked Latin one: such a pattern also takes a few letters whose lower case is
  // another ("ſ" for "s", the Kelvin sign for "k").
  if (HOLDS_PICTOGRAPHIC_LETTER.test(lower) || (set.caseless && !LATIN_WORDS.test(lower))) return true;
  const key = keyText(runs.length === 1 ? [lower] : lower.split(' '), set.words, set.fromEnd);
  if (set.exact.has(key)) return true;
  const edge = runs.length === 1 ? lower : (set.fromEnd ? runs[runs.length - 1]! : runs[0]!).toLowerCase();
  if (set.prefixesByWord.get(edge)?.some((p) => (set.fromEnd ? key.endsWith(p) : key.startsWith(p)))) return true;
  // The word's starts (ends) are looked up, each a prefix inside it.
  for (let i = 1; i <= edge.length; i++) if (set.partPrefixes.has(set.fromEnd ? edge.slice(-i) : edge.slice(0, i))) return true;
  return false;
}

/**
 * The runs as one string, a space between; fewer than `words` of them (the text holds no more) with a space on the side
 * where the text ends (starts), as a reading that met the end of its words has one.
 */
function keyText(runs: readonly string[], words: number, fromEnd: boolean): string {
  const text = runs.join(' ');
  return runs.length >= words ? text : fromEnd ? ` ${text}` : `${text} `;
}

const RUNS = /\p{L}+/gu;
/** The text's first runs of letters, `n` at most. */
export function firstRuns(text: string, n: number): string[] {
  const runs: string[] = [];
  for (const m of text.matchAll(RUNS)) {
    runs.push(m[0]);
    if (runs.length === n) break;
  }
  return runs;
}
/** How much of a text's end is looked at first for its last runs: they are near it. */
const END_REACH = 64;
/** The text's last runs of letters, `n` at most. */
export function lastRuns(text: string, n: number): string[] {
  // More than n runs in the end's reach: the first of them may be cut by the reach, the last n are whole.
  const near = text.length > END_REACH ? text.slice(-END_REACH).match(RUNS) ?? [] : [];
  const all = near.length > n ? near : text.match(RUNS) ?? [];
  return all.slice(Math.max(0, all.length - n));
}

// Lower-case Latin letters: ASCII ones, those that are one with marks (an ASCII letter and combining marks), and đ.
const LATIN_LOWER = ((): ReadonlySet<string> => {
  const letters = new Set('abcdefghijklmnopqrstuvwxyzđ');
  for (const [from, to] of [[0xe0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase() === ch && /^[a-z][\u0300-\u036f]+$/.test(ch.normalize('NFD'))) letters.add(ch);
    }
  }
  return letters;
})();
const LATIN_WORDS = new RegExp(`^[ ${[...LATIN_LOWER].join('')}]*$`, 'u');

/**
 * The letters among the emoji (\p{Extended_Pictographic}): "ℹ" alone (a test checks every code point). Read as any
 * letter, the emoji that close courtesy ("🙏", "😊") made every word a possible last one, and read as the letter, runs
 * of it made the sets too large: a pattern's emoji are read as no letter, and a text holding one of these letters is
 * left to the pattern.
 */
export const PICTOGRAPHIC_LETTERS = 'ℹ';
const HOLDS_PICTOGRAPHIC_LETTER = new RegExp(`[${PICTOGRAPHIC_LETTERS}]`, 'u');
/** A class of more given letters than this is read as any letter: the sets stay small, and wider is still right. */
const MAX_CLASS_LETTERS = 8;

// The pattern as a tree; `key` is the node's source, by which what it reads is remembered. A char stands for one
// character of the text: one of given letters, any letter (anyLetter), and/or any character that is no letter (other).
type Node = { readonly key: string } & (
  | { readonly kind: 'char'; readonly letters: readonly string[]; readonly anyLetter: boolean; readonly other: boolean }
  | { readonly kind: 'letters'; readonly text: string }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'end'; readonly atStart: boolean });

type Char = { readonly letters: readonly string[]; readonly anyLetter: boolean; readonly other: boolean };
const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const charOf = (ch: string): Char => (isLetter(ch) ? { letters: [ch.toLowerCase()], anyLetter: false, other: false }
  : { letters: [], anyLetter: false, other: true });
const ANY: Char = { letters: [], anyLetter: true, other: true };
const ANY_LETTER: Char = { letters: [], anyLetter: true, other: false };
const OTHER: Char = { letters: [], anyLetter: false, other: true };
// Zero width (an anchor, a lookaround: read as nothing, which only widens the sets) or a group's content.
type Atom = Char | Node | 'empty';

const BRACES = /\{(\d+)(,(\d*))?\}/y;
const LOOK = /\?(?:=|!|<=|<!)/y;
const NAMED = /\?<[\p{L}\w]+>/uy;
const PROPERTY = /[pP]\{([^}]*)\}/y;
const UNICODE = /u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})/y;
const BACKREFERENCE = /[1-9]\d*|k<[^>]*>/y;

/** Parses a `u` pattern's syntax; what it cannot tell apart it reads as any character (wider, still right). */
function parsePattern(source: string, flags = ''): Node {
  const lines = flags.includes('m');
  let at = 0;
  const peek = (s: string): boolean => source.startsWith(s, at);
  // Sticky: matched where the reading is, without copying the rest of a pattern of tens of thousands of characters.
  const here = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    return pattern.exec(source);
  };
  const alternatives = (): Node => {
    const from = at;
    const options = [sequence()];
    while (peek('|')) {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options, key: source.slice(from, at) };
  };
  const sequence = (): Node => {
    const from = at;
    const items: Node[] = [];
    while (at < source.length && !peek('|') && !peek(')')) {
      const start = at;
      const a = atom();
      const node = quantified(a, source.slice(start, at));
      if (node === 'empty') continue;
      // A run of given letters is one step ("chào", "cảm"), read whole.
      const last = items[items.length - 1];
      if (node.kind === 'letters' && last?.kind === 'letters') items[items.length - 1] = { kind: 'letters', text: last.text + node.text, key: last.key + node.key };
      else items.push(node);
    }
    return { kind: 'seq', items, key: source.slice(from, at) };
  };
  const asNode = (a: Char | Node, key: string): Node => {
    if ('kind' in a) return a;
    if (a.letters.length === 1 && !a.anyLetter && !a.other) return { kind: 'letters', text: a.letters[0]!, key };
    return { kind: 'char', ...a, key };
  };
  const quantified = (a: Atom, key: string): Node | 'empty' => {
    let min: number;
    let max: number;
    const braces = here(BRACES);
    if (peek('?')) [min, max, at] = [0, 1, at + 1];
    else if (peek('*')) [min, max, at] = [0, Infinity, at + 1];
    else if (peek('+')) [min, max, at] = [1, Infinity, at + 1];
    else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      at += braces[0].length;
    } else return a === 'empty' ? a : asNode(a, key);
    if (peek('?')) at++;
    if (a === 'empty') return a;
    return { kind: 'repeat', node: asNode(a, key), min, max, key: `{${min},${max}}${key}` };
  };
  const atom = (): Atom => {
    const ch = String.fromCodePoint(source.codePointAt(at)!);
    at += ch.length;
    if (ch === '(') {
      const look = here(LOOK);
      const named = here(NAMED);
      if (look) at += look[0].length;
      else if (peek('?:')) at += 2;
      else if (named) at += named[0].length;
      const inner = alternatives();
      if (!peek(')')) throw new Error(`pattern-words: no ")" at ${at}`);
      at++;
      return look ? 'empty' : inner;
    }
    if (ch === '[') return charClass();
    if (ch === '\\') return escape(false);
    if (ch === '.') return ANY;
    // Where the text starts or ends; with the `m` flag, where a line does too, read as nothing.
    if (ch === '^' || ch === '$') return lines ? 'empty' : { kind: 'end', atStart: ch === '^', key: ch };
    return charOf(ch);
  };
  // What an escape stands for; in a class, \b is a backspace.
  const escape = (inClass: boolean): Char | Node | 'empty' => {
    const property = here(PROPERTY);
    if (property) {
      at += property[0].length;
      const [whole, name] = [property[0], property[1]!];
      if (whole[0] === 'p' && /^(?:L|Lu|Ll|Lt|Lm|Lo|Letter)$/.test(name)) return ANY_LETTER;
      if (whole[0] === 'p' && /^(?:N|Nd|Nl|No|P|S|Z|Zs|Number)$/.test(name)) return OTHER;
      // An emoji is read as no letter (see PICTOGRAPHIC_LETTERS).
      if (whole[0] === 'p' && name === 'Extended_Pictographic') return OTHER;
      return ANY;
    }
    const unicode = here(UNICODE);
    if (unicode) {
      at += unicode[0].length;
      return charOf(String.fromCodePoint(parseInt(unicode[1] ?? unicode[2] ?? unicode[3]!, 16)));
    }
    const backreference = here(BACKREFERENCE);
    if (backreference) {
      // A group matched again: any text, any length.
      at += backreference[0].length;
      return { kind: 'repeat', node: { kind: 'char', ...ANY, key: '.' }, min: 0, max: Infinity, key: `\\${backreference[0]}` };
    }
    const ch = String.fromCodePoint(source.codePointAt(at)!);
    at += ch.length;
    if ('dsnrtfv0'.includes(ch)) return OTHER;
    if (ch === 'b' || ch === 'B') return inClass ? OTHER : 'empty';
    if ('wWSD'.includes(ch)) return ANY;
    return charOf(ch);
  };
  const charClass = (): Char => {
    let anyLetter = false;
    let other = false;
    const letters = new Set<string>();
    if (peek('^')) {
      at++;
      anyLetter = other = true;
    }
    while (!peek(']')) {
      if (at >= source.length) throw new Error('pattern-words: no "]"');
      const ch = String.fromCodePoint(source.codePointAt(at)!);
      at += ch.length;
      const member = ch === '\\' ? escape(true) : charOf(ch);
      if (peek('-') && !source.startsWith('-]', at)) {
        // A range: whatever it spans.
        at++;
        if (peek('\\')) {
          at++;
          escape(true);
        } else at += String.fromCodePoint(source.codePointAt(at)!).length;
        anyLetter = other = true;
        continue;
      }
      if (member === 'empty' || 'kind' in member) {
        anyLetter = other = true;
        continue;
      }
      for (const letter of member.letters) letters.add(letter);
      anyLetter ||= member.anyLetter;
      other ||= member.other;
    }
    at++;
    anyLetter ||= letters.size > MAX_CLASS_LETTERS;
    return { letters: anyLetter ? [] : [...letters], anyLetter, other };
  };
  const tree = alternatives();
  if (at !== source.length) throw new Error(`pattern-words: unexpected ")" at ${at}`);
  return tree;
}

/**
 * Where a reading is: before any letter, inside a counted word, or between two of them (`words` counted in all).
 * Readings are strings: the words read so far, lower case, one space after each that a character ended.
 */
const FRESH = 0;
const IN_WORD = 1;
const BETWEEN = 2;
type Place = typeof FRESH | typeof IN_WORD | typeof BETWEEN;

/**
 * What a node reads from a place: `open`, what it adds to the reading with no end yet; `done`, what it adds to readings
 * that are over: "c" + the added text where a character that is no letter ended the last counted word, "a" + it where
 * any letter may go on, "e" + it where the text ends ("$" read forwards, "^" backwards).
 */
interface Reading {
  readonly open: readonly string[];
  readonly done: readonly string[];
}

/** Beyond this many readings of a node the sets are given up on (every text may match): wider is still right. */
const MAX_READINGS = 50_000;
/** Readings made in all, beyond which the sets are given up on: each courtesy pattern makes fewer than 200,000. */
const MAX_WORK = 2_000_000;
/** Repeats a loop is followed through before what it may still add to an open word is taken as any letters. */
const MAX_LOOPS = 12;

class TooMany extends Error {}

function wordsOf(tree: Node, backwards: boolean, words: number): Omit<PatternWords, 'caseless'> {
  const anyWords = { any: true, fromEnd: backwards, words, exact: new Set<string>(), prefixesByWord: new Map(), partPrefixes: new Set<string>() };
  let read: Reading;
  try {
    read = new Walk(backwards, words).read(tree, FRESH);
  } catch (err) {
    if (err instanceof TooMany) return anyWords;
    throw err;
  }
  const turned = (text: string): string => (backwards ? [...text].reverse().join('') : text);
  const exact = new Set<string>();
  // Open at the pattern's end: the match ends inside its words, which the text may go on (or holds no letter at all).
  const prefixes = new Set<string>(read.open.map(turned));
  for (const entry of read.done) {
    const text = turned(entry.slice(1)).trim();
    // Ended with the text: its runs are these, with fewer than `words` of them marked as keyText marks them.
    if (entry[0] === 'e' && text !== '') exact.add(keyText(text.split(' '), words, backwards));
    else if (entry[0] === 'c') exact.add(text);
    else prefixes.add(entry[0] === 'e' ? '' : turned(entry.slice(1)));
  }
  if (prefixes.has('')) return anyWords;
  const prefixesByWord = new Map<string, string[]>();
  const partPrefixes = new Set<string>();
  for (const p of prefixes) {
    // Forwards "ai b" holds the whole word "ai"; from the end, "i ơi" holds "ơi".
    const space = backwards ? p.lastIndexOf(' ') : p.indexOf(' ');
    if (space < 0) {
      partPrefixes.add(p);
      continue;
    }
    const word = backwards ? p.slice(space + 1) : p.slice(0, space);
    prefixesByWord.set(word, [...(prefixesByWord.get(word) ?? []), p]);
  }
  return { any: false, fromEnd: backwards, words, exact, prefixesByWord, partPrefixes };
}

/** Reads nodes forwards or backwards, remembering each source's reading: the grammar repeats its parts many times. */
class Walk {
  private readonly memo = new Map<string, Reading>();
  /** Readings made so far, against MAX_WORK. */
  private work = 0;

  constructor(private readonly backwards: boolean, private readonly words: number) {}

  read(node: Node, place: Place, spaces = 0): Reading {
    const key = `${place}${spaces}${node.key}`;
    let reading = this.memo.get(key);
    if (!reading) this.memo.set(key, (reading = this.readOnce(node, place, spaces)));
    return reading;
  }

  private readOnce(node: Node, place: Place, spaces: number): Reading {
    switch (node.kind) {
      case 'letters':
        return { open: [this.backwards ? [...node.text].reverse().join('') : node.text], done: [] };
      case 'end':
        // Read forwards, the match starts at the text's start, so "$" ends the text there; read backwards, "^" does. The
        // other is passed over.
        return node.atStart === this.backwards ? { open: [], done: ['e'] } : { open: [''], done: [] };
      case 'char': {
        const done: string[] = [];
        // Any letter: the reading is what it has and anything after.
        if (node.anyLetter) done.push('a');
        const open = [...node.letters];
        // A character that is no letter ends a word (the last counted one ends the reading), or is passed over.
        if (node.other) {
          if (place !== IN_WORD) open.push('');
          else if (spaces + 1 < this.words) open.push(' ');
          else done.push('c');
        }
        return { open, done };
      }
      case 'seq': {
        const items = this.backwards ? [...node.items].reverse() : node.items;
        return items.reduce((before: Reading, item) => this.then(before, item, place, spaces), { open: [''], done: [] });
      }
      case 'alt': {
        const readings = node.options.map((o) => this.read(o, place, spaces));
        return { open: distinct(readings.flatMap((r) => r.open)), done: distinct(readings.flatMap((r) => r.done)) };
      }
      case 'repeat': {
        let current: Reading = { open: [''], done: [] };
        for (let i = 0; i < node.min && current.open.length > 0; i++) current = this.then(current, node.node, place, spaces);
        const open = new Set(current.open);
        const done = new Set(current.done);
        let frontier = current.open;
        for (let i = node.min; i < node.max && frontier.length > 0; i++) {
          if (i - node.min >= MAX_LOOPS) {
            // Still adding letters: whatever more it adds, the reading starts with what it has.
            for (const added of frontier) done.add(`a${added}`);
            break;
          }
          const next = this.then({ open: frontier, done: [] }, node.node, place, spaces);
          for (const entry of next.done) done.add(entry);
          frontier = next.open.filter((w) => !open.has(w));
          for (const added of frontier) open.add(added);
        }
        return { open: distinct(open), done: distinct(done) };
      }
    }
  }

  /** What `before` has read from a place, followed by `node`, from where each of its readings got to. */
  private then(before: Reading, node: Node, place: Place, spaces: number): Reading {
    const open = new Set<string>();
    const done = new Set(before.done);
    for (const added of before.open) {
      const count = spaces + countSpaces(added);
      const next = this.read(node, placeAfter(place, added), count);
      // Counted as they are made: readings multiply along a sequence, and could outgrow memory before being counted.
      this.work += next.open.length + next.done.length;
      if (this.work > MAX_WORK || open.size > MAX_READINGS || done.size > MAX_READINGS) throw new TooMany();
      for (const more of next.open) open.add(added + more);
      for (const entry of next.done) done.add(entry[0] + added + entry.slice(1));
    }
    return { open: distinct(open), done: distinct(done) };
  }
}

/** The place after a reading that added `added` from `place`. */
function placeAfter(place: Place, added: string): Place {
  if (added === '') return place;
  return added.endsWith(' ') ? BETWEEN : IN_WORD;
}

function countSpaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

function distinct(words: Iterable<string>): string[] {
  const set = new Set(words);
  if (set.size > MAX_READINGS) throw new TooMany();
  return [...set];
}
