import MiniSearch from 'minisearch';
import { Bm25Field } from '../retrieval/sparse/bm25-field.js';
import { topIndices } from '../retrieval/sparse/top-scores.js';

/** A peer retriever for side-by-side figures: ranks paragraph indices for a question. */
export interface PeerRetriever {
  readonly name: string;
  search(question: string, k: number): number[];
}

/** MiniSearch with its default tokenizer and scoring, as a typical JavaScript full-text library is used. */
export function miniSearchPeer(paragraphs: readonly string[]): PeerRetriever {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(paragraphs.map((text, id) => ({ id, text })));
  return { name: 'MiniSearch 7 (defaults)', search: (q, k) => ms.search(q).slice(0, k).map((r) => r.id as number) };
}

const syllables = (text: string): string[] => text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Plain BM25 (k1 1.2, b 0.75) over lower-cased NFC syllables: the textbook baseline. */
export function plainBm25Peer(paragraphs: readonly string[]): PeerRetriever {
  const field = Bm25Field.build(paragraphs.map(syllables), { k1: 1.2, b: 0.75 });
  return {
    name: 'plain BM25 (syllables)',
    search(q, k) {
      const scores = new Float64Array(field.docCount);
      field.accumulate(syllables(q), 1, scores);
      return topIndices(scores, k);
    },
  };
}
