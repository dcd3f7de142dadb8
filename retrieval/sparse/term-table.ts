/** A term table as saved: typed arrays only, so loading one maps it onto the file's bytes without building anything. */
export interface TermTableParts {
  /** Every term's UTF-16 code units, back to back in id order. */
  readonly chars: Uint16Array;
  /** Term id t is chars[starts[t] .. starts[t + 1]). */
  readonly starts: Int32Array;
  /** Open addressing, linear probing: id + 1 of the term whose hash lands there (or after), 0 when empty. */
  readonly slots: Int32Array;
}

/** 32-bit FNV-1a over a string's UTF-16 code units. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Distinct strings and their ids (positions) in typed arrays. A million terms in a Map cost a second to insert on
 * every start and tens of bytes each; here they cost their characters and two slots, and nothing to load.
 */
export class TermTable {
  private readonly mask: number;

  /** The table of distinct terms, ids in the order given; throws on a repeated term. */
  static build(terms: readonly string[]): TermTable {
    let total = 0;
    for (const t of terms) total += t.length;
    const chars = new Uint16Array(total);
    const starts = new Int32Array(terms.length + 1);
    terms.forEach((t, id) => {
      for (let i = 0; i < t.length; i++) chars[starts[id]! + i] = t.charCodeAt(i);
      starts[id + 1] = starts[id]! + t.length;
    });
    // At most half full: probes stay short.
    let size = 2;
    while (size < terms.length * 2) size *= 2;
    const table = new TermTable({ chars, starts, slots: new Int32Array(size) });
    terms.forEach((t, id) => table.place(t, id));
    return table;
  }

  /** A table from saved parts; throws when they do not fit together (a damaged or mixed-up file). */
  constructor(readonly parts: TermTableParts) {
    const { chars, starts, slots } = parts;
    const n = starts.length - 1;
    if (n < 0 || starts[0] !== 0 || starts[n] !== chars.length) throw new Error('term table: character offsets do not fit the characters');
    for (let t = 0; t < n; t++) if (starts[t + 1]! < starts[t]!) throw new Error('term table: character offsets go backwards');
    if (slots.length < 2 || (slots.length & (slots.length - 1)) !== 0 || slots.length < n) throw new Error('term table: slot count is not a power of two above the term count');
    for (let i = 0; i < slots.length; i++) if (!(slots[i]! >= 0 && slots[i]! <= n)) throw new Error('term table: a slot names no term');
    this.mask = slots.length - 1;
  }

  get size(): number {
    return this.parts.starts.length - 1;
  }

  /** Id of a term, or -1 when the table does not hold it. */
  id(term: string): number {
    const { chars, starts, slots } = this.parts;
    for (let at = termHash(term) & this.mask; ; at = (at + 1) & this.mask) {
      const slot = slots[at]!;
      if (slot === 0) return -1;
      const id = slot - 1;
      const from = starts[id]!;
      if (starts[id + 1]! - from !== term.length) continue;
      let i = 0;
      while (i < term.length && chars[from + i] === term.charCodeAt(i)) i++;
      if (i === term.length) return id;
    }
  }

  term(id: number): string {
    const { chars, starts } = this.parts;
    if (!(id >= 0 && id < this.size)) throw new RangeError(`term table: no term ${id}`);
    let out = '';
    for (let i = starts[id]!; i < starts[id + 1]!; i++) out += String.fromCharCode(chars[i]!);
    return out;
  }

  private place(term: string, id: number): void {
    if (this.id(term) !== -1) throw new Error(`term table: "${term}" is given twice`);
    let at = termHash(term) & this.mask;
    while (this.parts.slots[at] !== 0) at = (at + 1) & this.mask;
    this.parts.slots[at] = id + 1;
  }
}
