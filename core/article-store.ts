/**
 * Where added articles live (bundled ones ship in corpus/): files under DATA_DIR for one instance, PostgreSQL for
 * many. A port of the project's own, so stores implement it without importing the bot or the admin.
 */

/** An added article as stored: the file as uploaded, the article read from it, and the version citations record. */
export interface StoredArticle {
  readonly id: string;
  /** The content hash of the article as read back from `text` (articleVersion); curated answers remember it. */
  readonly version: string;
  /** The corpus revision that stored this version (0 where the store keeps no revisions). */
  readonly revision: number;
  /** The name its text is read under ("<id>.md"); the uploaded file's own name is in the text's front matter. */
  readonly fileName: string;
  /** The article in the corpus's Markdown form (front matter with its metadata, headings, paragraphs). */
  readonly text: string;
  /** The file's bytes as uploaded, where the store keeps them. */
  readonly source?: Buffer;
}

/** An article's place in a snapshot, without its text. */
export interface StoredArticleRef {
  readonly id: string;
  readonly version: string;
  readonly revision: number;
}

/** The added articles at one corpus revision, read in one consistent view. */
export interface CorpusSnapshot {
  /** Grows with every upload, replacement and deletion; 0 where the store keeps no revisions. */
  readonly revision: number;
  readonly articles: readonly StoredArticleRef[];
}

/** A version that was replaced or deleted: kept so a logged citation of it still resolves. */
export interface RemovedArticle extends StoredArticle {
  readonly how: 'replaced' | 'deleted';
  readonly removedAt: string;
}

export interface ArticleStore {
  /** True when other instances read the same articles (and hear of changes). */
  readonly shared: boolean;
  snapshot(): Promise<CorpusSnapshot>;
  /** The articles with these ids (those that exist), with their text. */
  get(ids: readonly string[]): Promise<StoredArticle[]>;
  /** Every article with its text, and the revision they make up. */
  load(): Promise<{ readonly revision: number; readonly articles: readonly StoredArticle[] }>;
  /**
   * Stores the articles at once (an id already stored is replaced: its old version is kept as removed), then tells
   * the other instances. All or nothing. Returns the new revision.
   */
  put(articles: readonly Omit<StoredArticle, 'revision'>[]): Promise<number>;
  /** Deletes an article, keeping its last version as removed. Returns the new revision, or undefined when there was none. */
  remove(id: string): Promise<number | undefined>;
  /** The removed versions of an article, newest first. */
  removed(id: string): Promise<RemovedArticle[]>;
  /**
   * Calls back when the articles may have changed elsewhere (another instance wrote, or the connection that hears of
   * changes came back and some may have been missed). Returns what stops listening.
   */
  watch(onChange: () => void): () => Promise<void>;
  close(): Promise<void>;
}

/** One running instance and the corpus it answers from. */
export interface InstanceRecord {
  readonly id: string;
  readonly host: string;
  /** The corpus revision its index was brought up to. */
  readonly revision: number;
  /** The hash of the articles its index holds (the index manifest's). */
  readonly corpusHash: string;
  readonly articles: number;
  readonly passages: number;
  readonly startedAt: string;
  readonly heartbeatAt: string;
}

export interface InstanceRegistry {
  /** Records (or refreshes) this instance's row. */
  report(instance: Omit<InstanceRecord, 'heartbeatAt'>): Promise<void>;
  /** The instances heard from within `freshMs`, most recent first. */
  list(freshMs: number): Promise<InstanceRecord[]>;
  /** Removes the row (the instance stops). */
  leave(id: string): Promise<void>;
}
