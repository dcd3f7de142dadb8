import { ArticleError, type Article } from '../corpus/article.js';
import { articleDigest } from '../corpus/article-digest.js';
import { loadCorpus, scanCorpus, settleStamps, type ScannedFile } from '../corpus/load-corpus.js';
import type { Embedder } from '../dense/embedder.js';
import { readManifest } from './index-files.js';
import { corpusHashOf, manifestMismatch, type IndexManifest } from './manifest.js';
import { indexKey, loadIndex, openIndex, type OpenedIndex } from './open-index.js';
import { readStamps, writeStamps } from './source-stamps.js';

export interface OpenCorpusIndexOptions {
  /** Directories of article files, in order. */
  readonly dirs: readonly string[];
  /** Articles that are not files (added ones held in a database), indexed after the files'. */
  readonly added?: readonly Article[];
  /** Where the index is saved, with the stamps of the files it was built from (sources.json). */
  readonly dir: string;
  readonly embedder: Embedder;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The index of the article files in `dirs`. A start with nothing changed reads no article file: each file's metadata
 * is checked against the stamp saved when it was last read (a changed, new or recently written file is read and
 * parsed), the corpus hash is made from the articles' digests, and when it is the saved manifest's the saved index is
 * loaded as it is. Otherwise every file is read and openIndex loads, appends to or rebuilds the index. A broken or
 * duplicate file throws an ArticleError naming it.
 */
export async function openCorpusIndex(o: OpenCorpusIndexOptions): Promise<OpenedIndex> {
  const saved = readStamps(o.dir);
  const scanned = scanCorpus(o.dirs, saved);
  const added = o.added ?? [];
  const hash = corpusHashOf([...scanned.map((s) => s.stamp), ...added.map((a) => ({ id: a.id, digest: articleDigest(a) }))]);
  const manifest = readManifest(o.dir);
  if (manifest !== undefined && !manifestMismatch(indexKey(o.embedder, hash), manifest)) {
    try {
      const index = loadIndex(o.dir, manifest as IndexManifest);
      keepStamps(o.dir, scanned.map((s) => s.stamp), saved);
      return index;
    } catch {
      // Damaged or mixed-up files: openIndex below finds that again, and rebuilds saying why.
    }
  }
  const articles = withAdded(readAll(o.dirs, scanned), added);
  const index = await openIndex({ dir: o.dir, articles, embedder: o.embedder, ...(o.onProgress ? { onProgress: o.onProgress } : {}) });
  if (index.manifest.corpusHash === hash) keepStamps(o.dir, settleStamps(scanned.map((s) => s.stamp)), new Map());
  return index;
}

/** The files' articles, then the added ones; an added article that takes a file's id is an ArticleError naming both. */
function withAdded(files: readonly Article[], added: readonly Article[]): Article[] {
  const ids = new Map(files.map((a) => [a.id, a.sourceFile]));
  for (const a of added) {
    const other = ids.get(a.id);
    if (other) throw new ArticleError(a.sourceFile, `article id "${a.id}" is already used by ${other}`);
    ids.set(a.id, a.sourceFile);
  }
  return [...files, ...added];
}

/** The articles of every scanned file, in order: those the scan did not read are read now. */
function readAll(dirs: readonly string[], scanned: readonly ScannedFile[]): Article[] {
  if (scanned.every((s) => s.article)) return scanned.map((s) => s.article!);
  return loadCorpus(dirs);
}

/** Saves the stamps when they differ from the saved ones; a failure to save them only costs the next start time. */
function keepStamps(dir: string, stamps: readonly ScannedFileStamp[], saved: ReadonlyMap<string, ScannedFileStamp>): void {
  const same = stamps.length === saved.size && stamps.every((s) => saved.get(s.file) === s);
  if (same) return;
  try {
    writeStamps(dir, stamps);
  } catch {
    // The index is served either way.
  }
}

type ScannedFileStamp = ScannedFile['stamp'];
