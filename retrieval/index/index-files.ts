import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../corpus/article.js';
import type { Passage } from '../corpus/passages.js';
import { buildHnswIndex, loadHnswIndex } from '../dense/hnsw-index.js';
import type { VectorIndex } from '../dense/vector-index.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import type { IndexManifest } from './manifest.js';
import { rememberDigest } from '../corpus/article-digest.js';
import { decodeArticles, encodeArticles } from './articles-file.js';
import { readBundle, writeBundle, type Bundle } from './binary-bundle.js';
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

const FILES = { manifest: 'manifest.json', articles: 'articles.bin', vectors: 'vectors.bin', hnsw: 'hnsw.bin', sparse: 'sparse.bin' } as const;

/** Writes into a fresh sibling directory, then swaps it in, so a failed write leaves the old index whole. */
export function saveIndex(dir: string, data: Omit<IndexData, 'vectorIndex'>, onInserted?: (done: number) => void): IndexData {
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    // Each file names the build it belongs to (the manifest's buildId): files of two builds are never served together.
    const build = data.manifest.buildId;
    writeBundle(join(tmp, FILES.vectors), { build, vectors: flatten(data.vectors, data.manifest.dimensions) });
    const vectorIndex = buildHnswIndex(data.vectors, data.manifest.dimensions, onInserted);
    vectorIndex.save(join(tmp, FILES.hnsw));
    writeSparse(join(tmp, FILES.sparse), data.sparse, data.places, build);
    // Passage texts are the articles' paragraphs: only the paragraph ids are written beside them.
    writeBundle(join(tmp, FILES.articles), { build, ...encodeArticles(data.articles, data.passages.map((p) => p.paragraphId)) });
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
 * Reads the index as built (the manifest was already checked): articles, vectors, graph, sparse postings and places
 * are read, not derived. `known`: the articles the caller read, whose corpus hash matched the manifest's; the index's
 * own articles are then taken from them. Articles added since are returned as the journal, for the caller to append.
 * Throws, naming the file, when a file is damaged, belongs to another build or disagrees with the manifest.
 */
export function readIndexFiles(dir: string, manifest: IndexManifest, known?: readonly Article[]): { base: IndexData; journal: JournalEntry[] } {
  const file = (name: string): string => join(dir, name);
  const b = bundleOf(file(FILES.articles), manifest);
  const saved = decodeArticles({ meta: b.string('meta'), kinds: b.uint16('kinds'), text: b.uint16('text'), starts: b.int32('starts'),
    digests: b.string('digests'), paragraphIds: b.string('paragraphIds') }, file(FILES.articles));
  const articles = known ? inOrder(known, saved.articles.map((a) => a.id), dir) : saved.articles;
  if (!known) saved.articles.forEach((a, i) => rememberDigest(a, saved.digests[i]!));
  const passages = passagesOf(articles, saved.paragraphIds, file(FILES.articles));
  const dims = manifest.dimensions;
  const flat = bundleOf(file(FILES.vectors), manifest).float32('vectors');
  if (passages.length !== manifest.basePassages || flat.length !== passages.length * dims) {
    throw new Error(`${file(FILES.vectors)}: ${flat.length / dims} vectors for ${passages.length} passages`);
  }
  const vectors = passages.map((_, i) => flat.subarray(i * dims, (i + 1) * dims));
  const vectorIndex = loadHnswIndex(file(FILES.hnsw), dims);
  if (vectorIndex.size !== passages.length) throw new Error(`${file(FILES.hnsw)}: the graph holds ${vectorIndex.size} vectors, not ${passages.length}`);
  // A graph of another build of the same size: its vectors are not these.
  for (const i of [0, passages.length >> 1, passages.length - 1]) {
    if (i >= 0 && !vectorIndex.holds(i, vectors[i]!)) throw new Error(`${file(FILES.hnsw)}: vector ${i} is not the one in ${FILES.vectors}`);
  }
  const { sparse, places } = readSparse(file(FILES.sparse), passages.length, manifest.buildId);
  const journal = manifest.journal.map((name) => readJournal(file(name), dims));
  return { base: { manifest, articles, passages, vectors, vectorIndex, sparse, places }, journal };
}

/** A bundle of the index's build; throws, naming the file, when it is of another build. */
function bundleOf(file: string, manifest: IndexManifest): Bundle {
  const b = readBundle(file);
  if (b.string('build') !== manifest.buildId) throw new Error(`${file}: belongs to another build of the index than its manifest`);
  return b;
}

/** Adds a journal file and then the manifest that names it (written whole, then renamed over the old one). */
export function writeJournal(dir: string, entry: JournalEntry, manifest: IndexManifest, dimensions: number): void {
  const name = manifest.journal[manifest.journal.length - 1]!;
  writeFileSync(join(dir, name), JSON.stringify({ articles: entry.articles, vectors: Buffer.from(flatten(entry.vectors, dimensions).buffer).toString('base64') }));
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

function flatten(vectors: readonly Float32Array[], dims: number): Float32Array {
  const flat = new Float32Array(vectors.length * dims);
  vectors.forEach((v, i) => flat.set(v, i * dims));
  return flat;
}

/** The passages of the articles with their saved ids, in order; as articlePassages makes them, without hashing again. */
function passagesOf(articles: readonly Article[], ids: readonly string[], file: string): Passage[] {
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
      if (paragraphId === undefined || !paragraphId.startsWith(`${a.id}:`)) throw new Error(`${file}: paragraph ids do not fit the articles`);
      passages.push({ paragraphId, articleId: a.id, ordinal: ++ordinal, ...(heading ? { heading } : {}), text: block.text });
    }
  }
  if (passages.length !== ids.length) throw new Error(`${file}: ${ids.length} paragraph ids for ${passages.length} paragraphs`);
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
