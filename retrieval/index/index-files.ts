import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../corpus/article.js';
import type { Passage } from '../corpus/passages.js';
import { buildHnswIndex, loadHnswIndex } from '../dense/hnsw-index.js';
import type { VectorIndex } from '../dense/vector-index.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import type { IndexManifest } from './manifest.js';
import { readSparse, writeSparse } from './sparse-file.js';

/** What an index directory holds. */
export interface IndexData {
  readonly manifest: IndexManifest;
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly vectors: readonly Float32Array[];
  readonly vectorIndex: VectorIndex;
  readonly sparse: SparseIndex;
  /** Provinces each passage names, with its article title and heading (see place-filter). */
  readonly places: readonly ReadonlySet<string>[];
}

/** Articles added to a saved index after it was built, with their passages' vectors (see appendArticles). */
export interface JournalEntry {
  readonly articles: readonly Article[];
  readonly vectors: readonly Float32Array[];
}

const FILES = { manifest: 'manifest.json', articles: 'articles.json', passages: 'passages.json', vectors: 'vectors.f32', hnsw: 'hnsw.bin',
  sparse: 'sparse.bin' } as const;

/** Writes into a fresh sibling directory, then swaps it in, so a failed write leaves the old index whole. */
export function saveIndex(dir: string, data: Omit<IndexData, 'vectorIndex'>, onInserted?: (done: number) => void): IndexData {
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    writeFileSync(join(tmp, FILES.vectors), flatten(data.vectors, data.manifest.dimensions));
    const vectorIndex = buildHnswIndex(data.vectors, data.manifest.dimensions, onInserted);
    vectorIndex.save(join(tmp, FILES.hnsw));
    writeSparse(join(tmp, FILES.sparse), data.sparse, data.places);
    // Passage texts are the articles' paragraphs: only the order of the articles and the paragraph ids are written
    // beside them, and a caller that read the same articles (same corpus hash) need not parse them again.
    writeFileSync(join(tmp, FILES.articles), JSON.stringify(data.articles));
    writeFileSync(join(tmp, FILES.passages), JSON.stringify({ articleIds: data.articles.map((a) => a.id), paragraphIds: data.passages.map((p) => p.paragraphId) }));
    // The manifest goes last: a directory without one is never loaded.
    writeFileSync(join(tmp, FILES.manifest), JSON.stringify(data.manifest, null, 2));
    const old = `${dir}.old-${process.pid}-${Date.now()}`;
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
    return { ...data, vectorIndex };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

export function readManifest(dir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, FILES.manifest), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads the index as built (the manifest was already checked): vectors, graph, sparse postings and places are read,
 * not derived. `known`: the articles the caller read, whose corpus hash matched the manifest's; the index's own
 * articles are then taken from them instead of parsing their saved copy. Articles added since are returned as the journal, for the caller to append. Throws when the files
 * disagree with the manifest.
 */
export function readIndexFiles(dir: string, manifest: IndexManifest, known?: readonly Article[]): { base: IndexData; journal: JournalEntry[] } {
  const { articleIds, paragraphIds } = JSON.parse(readFileSync(join(dir, FILES.passages), 'utf8')) as {
    articleIds: string[];
    paragraphIds: string[];
  };
  const articles = known ? inOrder(known, articleIds, dir) : (JSON.parse(readFileSync(join(dir, FILES.articles), 'utf8')) as Article[]);
  const passages = passagesOf(articles, paragraphIds, dir);
  const buf = readFileSync(join(dir, FILES.vectors));
  const dims = manifest.dimensions;
  if (passages.length !== manifest.basePassages || buf.byteLength !== passages.length * dims * 4) {
    throw new Error(`index in ${dir} is inconsistent: ${passages.length} passages, ${buf.byteLength} vector bytes`);
  }
  // A view over the file's bytes (no copy) when they are aligned, as a large file's are.
  const aligned = buf.byteOffset % 4 === 0 ? buf : Buffer.from(new Uint8Array(buf).buffer);
  const flat = new Float32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const vectors = passages.map((_, i) => flat.subarray(i * dims, (i + 1) * dims));
  const vectorIndex = loadHnswIndex(join(dir, FILES.hnsw), dims);
  if (vectorIndex.size !== passages.length) throw new Error(`index in ${dir}: HNSW holds ${vectorIndex.size} vectors`);
  const { sparse, places } = readSparse(join(dir, FILES.sparse), passages.length);
  const journal = manifest.journal.map((name) => readJournal(join(dir, name), dims));
  return { base: { manifest, articles, passages, vectors, vectorIndex, sparse, places }, journal };
}

/** Adds a journal file and then the manifest that names it (written whole, then renamed over the old one). */
export function writeJournal(dir: string, entry: JournalEntry, manifest: IndexManifest, dimensions: number): void {
  const name = manifest.journal[manifest.journal.length - 1]!;
  writeFileSync(join(dir, name), JSON.stringify({ articles: entry.articles, vectors: flatten(entry.vectors, dimensions).toString('base64') }));
  const tmp = join(dir, `${FILES.manifest}.tmp-${process.pid}`);
  writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  renameSync(tmp, join(dir, FILES.manifest));
}

function readJournal(file: string, dims: number): JournalEntry {
  const { articles, vectors } = JSON.parse(readFileSync(file, 'utf8')) as { articles: Article[]; vectors: string };
  const bytes = Buffer.from(vectors, 'base64');
  const flat = new Float32Array(new Uint8Array(bytes).buffer);
  return { articles, vectors: Array.from({ length: flat.length / dims }, (_, i) => flat.subarray(i * dims, (i + 1) * dims)) };
}

function flatten(vectors: readonly Float32Array[], dims: number): Buffer {
  const flat = new Float32Array(vectors.length * dims);
  vectors.forEach((v, i) => flat.set(v, i * dims));
  return Buffer.from(flat.buffer);
}

/** The passages of the articles with their saved ids, in order; as articlePassages makes them, without hashing again. */
function passagesOf(articles: readonly Article[], ids: readonly string[], dir: string): Passage[] {
  const passages: Passage[] = [];
  for (const a of articles) {
    let heading: string | undefined;
    let ordinal = 0;
    for (const block of a.blocks) {
      if (block.kind === 'heading') {
        heading = block.text;
        continue;
      }
      const paragraphId = ids[passages.length];
      if (paragraphId === undefined || !paragraphId.startsWith(`${a.id}:`)) throw new Error(`index in ${dir}: paragraph ids do not fit the articles`);
      passages.push({ paragraphId, articleId: a.id, ordinal: ++ordinal, ...(heading ? { heading } : {}), text: block.text });
    }
  }
  if (passages.length !== ids.length) throw new Error(`index in ${dir}: ${ids.length} paragraph ids for ${passages.length} paragraphs`);
  return passages;
}

/** The built articles, in build order, from articles known to be the same set (plus any added since). */
function inOrder(known: readonly Article[], ids: readonly string[], dir: string): Article[] {
  const byId = new Map(known.map((a) => [a.id, a]));
  return ids.map((id) => {
    const a = byId.get(id);
    if (!a) throw new Error(`index in ${dir}: article ${id} is not among the articles given`);
    return a;
  });
}
