import { SparseIndex, type SparseParts } from '../sparse/sparse-index.js';
import { FIELDS, type Field } from '../sparse/terms.js';
import type { Bm25FieldParts } from '../sparse/bm25-field.js';
import { TermTable } from '../sparse/term-table.js';
import { readBundle, writeBundle, type Blob } from './binary-bundle.js';

/** Saves the sparse index and the places of each passage as built, so loading does not derive them again. */
export function writeSparse(file: string, sparse: SparseIndex, places: readonly ReadonlySet<string>[], build: string): void {
  const parts = sparse.parts;
  const blobs: Record<string, Blob> = {
    build,
    sequence: parts.sequence, sequenceStart: parts.sequenceStart, foldedOf: parts.foldedOf,
    // Only the passages that name a place: [position, names] pairs.
    places: JSON.stringify(places.flatMap((p, i) => (p.size > 0 ? [[i, [...p]]] : []))),
  };
  for (const f of FIELDS) {
    const p = parts.fields[f];
    const terms = wholeTable(p).parts;
    Object.assign(blobs, { [`${f}.chars`]: terms.chars, [`${f}.starts`]: terms.starts, [`${f}.slots`]: terms.slots, [`${f}.offsets`]: p.offsets,
      [`${f}.docs`]: p.docs, [`${f}.tfs`]: p.tfs, [`${f}.docLengths`]: p.docLengths });
  }
  writeBundle(file, blobs);
}

const NO_PLACES: ReadonlySet<string> = new Set();

export function readSparse(file: string, passages: number, build: string): { sparse: SparseIndex; places: ReadonlySet<string>[] } {
  const b = readBundle(file);
  if (b.string('build') !== build) throw new Error(`${file}: belongs to another build of the index than its manifest`);
  const field = (f: Field): Bm25FieldParts => {
    let terms: TermTable;
    try {
      terms = new TermTable({ chars: b.uint16(`${f}.chars`), starts: b.int32(`${f}.starts`), slots: b.int32(`${f}.slots`) });
    } catch (err) {
      throw new Error(`${file}: the ${f} field: ${(err as Error).message}`);
    }
    return { terms, addedTerms: [], offsets: b.int32(`${f}.offsets`), docs: b.int32(`${f}.docs`), tfs: b.uint16(`${f}.tfs`), docLengths: b.int32(`${f}.docLengths`) };
  };
  const parts: SparseParts = {
    fields: { exact: field('exact'), folded: field('folded'), exactPair: field('exactPair'), foldedPair: field('foldedPair') },
    sequence: b.int32('sequence'), sequenceStart: b.int32('sequenceStart'), foldedOf: b.int32('foldedOf'),
  };
  for (const f of FIELDS) {
    const p = parts.fields[f];
    if (p.docLengths.length !== passages || p.offsets.length !== p.terms.size + 1 || p.offsets[p.terms.size] !== p.docs.length || p.tfs.length !== p.docs.length) {
      throw new Error(`${file}: the ${f} field does not fit ${passages} passages`);
    }
  }
  const places = new Array<ReadonlySet<string>>(passages).fill(NO_PLACES);
  for (const [i, names] of JSON.parse(b.string('places')) as [number, string[]][]) places[i] = new Set(names);
  return { sparse: SparseIndex.fromParts(parts), places };
}

/** One table of all the field's terms: the saved table, with the terms appended since (if any) in it. */
function wholeTable(p: Bm25FieldParts): TermTable {
  if (p.addedTerms.length === 0) return p.terms;
  return TermTable.build([...Array.from({ length: p.terms.size }, (_, id) => p.terms.term(id)), ...p.addedTerms]);
}
