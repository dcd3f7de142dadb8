import type { Embedder } from './dense/embedder.js';
import type { IndexData } from './index/index-files.js';
import { bundledAbbreviations } from './index/bundled-abbreviations.js';
import { passageFeatures } from './index/passage-features.js';
import { Retriever } from './retriever.js';
import { DEFAULT_SPARSE_OPTIONS, SparseIndex, type SparseOptions } from './sparse/sparse-index.js';
import { createAbbreviationExpander, type AbbreviationTable } from './text/abbreviations.js';

export interface RetrieverOptions {
  readonly sparse?: SparseOptions;
  /** Weight of cosine similarity against max-normalised BM25 (see fuseScores). */
  readonly denseWeight?: number;
  readonly abbreviations?: AbbreviationTable;
}

/** Local hashed vectors mostly repeat what BM25 knows, so they only break near-ties; a real embedding model earns more. */
export const DEFAULT_DENSE_WEIGHT = 0.1;

/**
 * The retriever over an opened index. The index's sparse part and places were derived with the bundled abbreviation
 * table when it was built; another table derives them again here, other BM25 settings reuse its postings.
 */
export function createRetriever(data: IndexData, embedder: Embedder, options: RetrieverOptions = {}): Retriever {
  const abbreviations = options.abbreviations ? createAbbreviationExpander(options.abbreviations) : bundledAbbreviations();
  const derived = options.abbreviations ? passageFeatures(data.passages, data.articles, abbreviations) : undefined;
  const sparse = derived ? SparseIndex.build(derived.terms, options.sparse ?? DEFAULT_SPARSE_OPTIONS)
    : options.sparse ? SparseIndex.fromParts(data.sparse.parts, options.sparse) : data.sparse;
  return new Retriever({
    passages: data.passages,
    sparse,
    vectors: data.vectors,
    vectorIndex: data.vectorIndex,
    embedder,
    abbreviations,
    denseWeight: options.denseWeight ?? DEFAULT_DENSE_WEIGHT,
    passagePlaces: derived?.places ?? data.places,
  });
}
