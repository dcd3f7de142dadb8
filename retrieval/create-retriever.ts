import { readFileSync } from 'node:fs';
import chatWordTable from './data/chat-words.json' with { type: 'json' };
import paraphraseTable from './data/paraphrases.json' with { type: 'json' };
import type { Passage } from './corpus/passages.js';
import type { Embedder } from './dense/embedder.js';
import type { IndexData } from './index/index-files.js';
import { bundledAbbreviations } from './index/bundled-abbreviations.js';
import { peopleNamed } from './answer/people.js';
import { carriedFrame, MAX_TARGET_RUN, passageContext, passageFeatures, relativeYears, targetYears } from './index/passage-features.js';
import { Retriever, type RankingOptions } from './retriever.js';
import { passageAssociations } from './associations/passage-associations.js';
import { AssociationModel } from './associations/association-model.js';
import { readAssociationTable, type AssociationTable } from './associations/association-table.js';
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
  /** Learned word associations (see associations/); the bundled table when absent, none when false. */
  readonly associations?: AssociationTable | false;
  /**
   * Learned sentence associations, for the answer's choice of sentences; the bundled table when absent, none when false.
   * Used only beside the passage table: without it (`associations: false`) neither is.
   */
  readonly sentenceAssociations?: AssociationTable | false;
  /** Proximity rerank and pseudo-relevance feedback (see RankingOptions); the product's defaults when absent. */
  readonly ranking?: Partial<RankingOptions>;
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
  // What a passage is about, for the answerability checks only (not indexed): its title and heading, the year its
  // article speaks from, so "năm 2022" is met by a 2022 article's paragraph that never repeats the year, and the frame
  // it carries from the paragraph before (carriedFrame), and the year it speaks of as "năm qua" (relativeYears).
  const titles = new Map(data.articles.map((a) => [a.id, a.title]));
  const years = new Map(data.articles.map((a) => [a.id, (a.date ?? a.asOf)?.slice(0, 4)]));
  // Worked out when a passage is first weighed, not for every passage at start: at 100,000 passages, reading each one's
  // frame took start-up from 1 s to 17 s.
  const about: (string | undefined)[] = new Array(data.passages.length);
  // The paragraphs a frame may be carried from, nearest first.
  const before = (doc: number): Passage[] => data.passages.slice(Math.max(0, doc - MAX_TARGET_RUN), doc).reverse();
  const contextOf = (doc: number): string => {
    if (about[doc] !== undefined) return about[doc];
    const p = data.passages[doc]!;
    const year = years.get(p.articleId);
    return (about[doc] = [passageContext(p, titles), year, ...relativeYears(p.text, year), carriedFrame(p, before(doc), titles.get(p.articleId)), peopleOf(p.articleId)].filter(Boolean).join('\n'));
  };
  // The people each article names in full: an interview's answers never repeat who speaks. Read when an article's
  // passage is first weighed; its passages are found by one pass over all of them, made once.
  const people = new Map<string, string>();
  let passagesOf: Map<string, Passage[]> | undefined;
  const peopleOf = (articleId: string): string => {
    let names = people.get(articleId);
    if (names === undefined) {
      if (!passagesOf) {
        passagesOf = new Map();
        for (const p of data.passages) {
          const list = passagesOf.get(p.articleId);
          if (list) list.push(p);
          else passagesOf.set(p.articleId, [p]);
        }
      }
      names = peopleNamed((passagesOf.get(articleId) ?? []).map((p) => p.text).join('\n')).join('\n');
      people.set(articleId, names);
    }
    return names;
  };
  // The years a paragraph of targets sets them for, for its yearless sentences (see selectSentences); worked out as `about`.
  const frames: (readonly string[])[] = new Array(data.passages.length);
  const frameYearsOf = (doc: number): readonly string[] => (frames[doc] ??= targetYears(data.passages[doc]!, before(doc)));
  const associations = options.associations === false ? undefined : options.associations ? modelOf(options.associations) : bundledModel('associations.json');
  const sentenceTable = options.sentenceAssociations;
  // The sentence table serves only passages the passage table knows, so it is read only beside it, and only when first
  // needed (see PassageAssociationParts.sentenceModel).
  const sentenceModel = !associations || sentenceTable === false ? undefined
    : sentenceTable ? () => modelOf(sentenceTable) : () => bundledModel('sentence-associations.json');
  return new Retriever({
    passages: data.passages,
    sparse,
    vectors: data.vectors,
    vectorIndex: data.vectorIndex,
    embedder,
    abbreviations,
    // Paraphrases match a word typed with marks only with its marks ("tuyến" is not "tuyển").
    paraphrases: createAbbreviationExpander(options.paraphrases ?? (paraphraseTable as AbbreviationTable), { marksMatter: true }),
    chatWords: createChatWordReader(options.chatWords ?? (chatWordTable as ChatWordTable)),
    spelling: options.spelling ?? true,
    context: options.context ?? true,
    denseWeight: options.denseWeight ?? DEFAULT_DENSE_WEIGHT,
    passagePlaces: derived?.places ?? data.places,
    passageContext: contextOf,
    passageFrameYears: frameYearsOf,
    ...(options.ranking ? { ranking: options.ranking } : {}),
    ...(associations ? { associations: passageAssociations({ model: associations, ...(sentenceModel ? { sentenceModel } : {}), passages: data.passages }) } : {}),
  });
}

// Each read once and kept only as the model: the parsed JSON alone is ~8 MB of heap. A file that cannot be read fails
// the same way each time it is asked for, without being read again.
const bundled = new Map<string, AssociationModel | Error>();
function bundledModel(file: 'associations.json' | 'sentence-associations.json'): AssociationModel {
  let model = bundled.get(file);
  if (!model) {
    try {
      model = new AssociationModel(readAssociationTable(JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'))));
    } catch (err) {
      model = new Error(`the bundled association table retrieval/data/${file} cannot be read: ${(err as Error).message}`, { cause: err });
    }
    bundled.set(file, model);
  }
  if (model instanceof Error) throw model;
  return model;
}

// One model per table: an index reload or an added article makes a new retriever over the same table.
const models = new WeakMap<AssociationTable, AssociationModel>();
function modelOf(table: AssociationTable): AssociationModel {
  let model = models.get(table);
  if (!model) models.set(table, (model = new AssociationModel(table)));
  return model;
}
