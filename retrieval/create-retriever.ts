import abbreviationTable from './data/abbreviations.json' with { type: 'json' };
import chatWordTable from './data/chat-words.json' with { type: 'json' };
import paraphraseTable from './data/paraphrases.json' with { type: 'json' };
import type { Passage } from './corpus/passages.js';
import type { Embedder } from './dense/embedder.js';
import { placesIn } from './rerank/place-filter.js';
import type { IndexData } from './index/index-files.js';
import { passageTerms } from './query.js';
import { Retriever } from './retriever.js';
import { DEFAULT_SPARSE_OPTIONS, SparseIndex, type SparseOptions } from './sparse/sparse-index.js';
import { createAbbreviationExpander, type AbbreviationTable } from './text/abbreviations.js';
import { createChatWordReader, type ChatWordTable } from './text/chat-words.js';

export interface RetrieverOptions {
  readonly sparse?: SparseOptions;
  /** Weight of cosine similarity against max-normalised BM25 (see fuseScores). */
  readonly denseWeight?: number;
  readonly abbreviations?: AbbreviationTable;
  /** Everyday words → official terms, and chat spellings → words, read in questions only. */
  readonly paraphrases?: AbbreviationTable;
  readonly chatWords?: ChatWordTable;
  /** Read spelling against the index (telex leftovers, marks that do not hold); on unless false. */
  readonly spelling?: boolean;
  /** Weigh a long message's context sentences down; on unless false. */
  readonly context?: boolean;
}

/** Local hashed vectors mostly repeat what BM25 knows, so they only break near-ties; a real embedding model earns more. */
export const DEFAULT_DENSE_WEIGHT = 0.1;

/** The retriever over an opened index; the BM25 part is rebuilt in memory (milliseconds for thousands of passages). */
export function createRetriever(data: IndexData, embedder: Embedder, options: RetrieverOptions = {}): Retriever {
  const abbreviations = createAbbreviationExpander(options.abbreviations ?? (abbreviationTable as AbbreviationTable));
  const titles = new Map(data.articles.map((a) => [a.id, a.title]));
  const contexts = data.passages.map((p) => passageContext(p, titles));
  // What a passage is about includes when its article speaks from: "năm 2022" is met by a 2022 article's paragraph
  // that never repeats the year. Not indexed: only the answerability checks read it.
  const years = new Map(data.articles.map((a) => [a.id, (a.date ?? a.asOf)?.slice(0, 4)]));
  const about = data.passages.map((p, i) => [contexts[i], years.get(p.articleId)].filter(Boolean).join('\n'));
  const sparse = new SparseIndex(
    data.passages.map((p, i) => passageTerms(p.text, abbreviations, contexts[i])),
    options.sparse ?? DEFAULT_SPARSE_OPTIONS,
  );
  return new Retriever({
    passages: data.passages,
    sparse,
    vectors: data.vectors,
    vectorIndex: data.vectorIndex,
    embedder,
    abbreviations,
    paraphrases: createAbbreviationExpander(options.paraphrases ?? (paraphraseTable as AbbreviationTable), { marksMatter: true }),
    chatWords: createChatWordReader(options.chatWords ?? (chatWordTable as ChatWordTable)),
    spelling: options.spelling ?? true,
    context: options.context ?? true,
    denseWeight: options.denseWeight ?? DEFAULT_DENSE_WEIGHT,
    passagePlaces: data.passages.map((p, i) => placesIn(`${contexts[i]}\n${p.text}`)),
    passageContexts: about,
  });
}

/** Title and section heading: indexed with the passage, never quoted. */
function passageContext(p: Passage, titles: ReadonlyMap<string, string>): string {
  return [titles.get(p.articleId), p.heading].filter(Boolean).join('\n');
}
