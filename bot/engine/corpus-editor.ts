import type { ArticleMetaInput, UploadedFile } from '../../core/ports/admin.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { ArticleStore, StoredArticle } from '../../core/article-store.js';
import { ArticleError, type Article } from '../../retrieval/corpus/article.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { formatArticle } from '../../retrieval/corpus/format-article.js';
import { readArticle } from '../../retrieval/corpus/read-article.js';
import type { LogStore } from '../../core/ports/log-store.js';
import { checkArticleMeta } from '../../retrieval/corpus/article-meta.js';
import { storedArticle } from './read-corpus.js';
import type { ServedCorpus } from './served-corpus.js';

export interface CorpusEditorOptions {
  readonly served: ServedCorpus;
  readonly store: ArticleStore;
  /** Curated answers citing an article that is replaced or deleted are flagged for review. */
  readonly curated?: Pick<LogStore, 'listCurated' | 'updateCurated'>;
  /** Asked after each change: brings this instance's index up to the store (the others hear of it from the store). */
  readonly changed: () => void;
}

/** The stored form of an article: its text as the corpus writes it, and the version of that text as read back. */
export function toStored(article: Article, source: Buffer): Omit<StoredArticle, 'revision'> {
  const fileName = `${article.id}.md`;
  const text = formatArticle(article);
  const stored = { id: article.id, version: '', fileName, text, source };
  return { ...stored, version: articleVersion(storedArticle({ ...stored, revision: 0 })) };
}

/**
 * Uploads, replacements and deletions: every file is read and checked before anything is stored, then the store
 * takes the change at once (the old version kept for the log), curated answers citing a changed article are flagged,
 * and the index follows.
 */
export class CorpusEditor {
  constructor(private readonly o: CorpusEditorOptions) {}

  async upload(files: readonly UploadedFile[], meta: ArticleMetaInput): Promise<{ ids: string[] }> {
    const read: { article: Article; source: Buffer }[] = [];
    for (const f of files) {
      // Metadata typed in the form is checked like the file: one line each, a real date (named in the error).
      const checked = checkArticleMeta(baseName(f.fileName), meta);
      const article = await readArticle(baseName(f.fileName), f.content, files.length === 1 ? checked : { ...checked, title: undefined });
      const twin = read.find((r) => r.article.id === article.id);
      if (twin) throw new ArticleError(article.sourceFile, `gives the same article id "${article.id}" as ${twin.article.sourceFile}; rename one`);
      if (this.isBundled(article.id)) throw new ArticleError(article.sourceFile, `id "${article.id}" belongs to a bundled article; rename the file`);
      read.push({ article, source: f.content });
    }
    // An upload under the id of an added article replaces it: the store keeps the old version for the log.
    const stored = read.map((r) => toStored(r.article, r.source));
    await this.o.store.put(stored);
    await this.flagCiting(new Map(stored.map((s) => [s.id, s.version])));
    this.o.changed();
    return { ids: stored.map((s) => s.id) };
  }

  async replace(id: string, file: UploadedFile, meta: ArticleMetaInput): Promise<{ id: string }> {
    await this.editable(id);
    const article = { ...(await readArticle(baseName(file.fileName), file.content, checkArticleMeta(baseName(file.fileName), meta))), id };
    const stored = toStored(article, file.content);
    await this.o.store.put([stored]);
    await this.flagCiting(new Map([[id, stored.version]]));
    this.o.changed();
    return { id };
  }

  async remove(id: string): Promise<void> {
    await this.editable(id);
    // Deleted elsewhere meanwhile: the outcome asked for holds.
    await this.o.store.remove(id);
    await this.flagCiting(new Map([[id, undefined]]));
    this.o.changed();
  }

  /** Refuses unknown and bundled articles; an added one is in the store (whether or not this instance serves it yet). */
  private async editable(id: string): Promise<void> {
    if (this.isBundled(id)) throw new ConflictError('bundled', `"${id}" is bundled with the program (corpus/); it cannot be replaced or deleted here`);
    const [found] = await this.o.store.get([id]);
    if (!found) throw new NotFoundError(`no article "${id}"`);
  }

  private isBundled(id: string): boolean {
    return this.o.served.article(id) !== undefined && this.o.served.storedRevision(id) === undefined;
  }

  /** Active curated answers that cite a changed article at another version than `versions` gives (undefined: deleted). */
  private async flagCiting(versions: ReadonlyMap<string, string | undefined>): Promise<void> {
    const curated = this.o.curated;
    if (!curated) return;
    for (const c of await curated.listCurated()) {
      if (c.status !== 'active') continue;
      const stale = Object.entries(c.articleHashes).some(([id, hash]) => versions.has(id) && versions.get(id) !== hash);
      if (stale) await curated.updateCurated(c.id, { status: 'needs_review' });
    }
  }
}

const baseName = (fileName: string): string => fileName.split(/[\\/]/).pop() || 'bai-viet.txt';
