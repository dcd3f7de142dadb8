import { createHash } from 'node:crypto';
import type { Article } from '../corpus/article.js';
import { articleDigest } from '../corpus/article-digest.js';

/**
 * 3: the sparse index and places are saved (sparse.bin) with the fingerprint of how they were derived; articles apart
 * from passage ids; a journal of articles added since the build. 4: sparse terms in saved hash tables (term-table.ts).
 */
export const INDEX_FORMAT = 4;

/** Describes a saved index; a saved index is used only when every field matches what would be built now. */
export interface IndexManifest {
  readonly format: number;
  readonly embedderId: string;
  readonly dimensions: number;
  readonly normalizerVersion: number;
  readonly corpusHash: string;
  /** Passages served: the build's and the journal's. */
  readonly passages: number;
  /** Passages of the build itself. */
  readonly basePassages: number;
  /** See featuresFingerprint: checked on load against the code loading it. */
  readonly featuresHash: string;
  /** Files of articles added since the build, in order (see appendArticles). */
  readonly journal: readonly string[];
  /** Random, per build: every file of the build names it, so files of two builds are never served together. */
  readonly buildId: string;
  readonly builtAt: string;
}

export type ManifestKey = Omit<IndexManifest, 'passages' | 'basePassages' | 'featuresHash' | 'journal' | 'builtAt' | 'buildId'>;

/** Hash of everything about the articles that reaches the index or a citation (see corpusHashOf). */
export function corpusHash(articles: readonly Article[]): string {
  return corpusHashOf(articles.map((a) => ({ id: a.id, digest: articleDigest(a) })));
}

/**
 * The corpus hash from each article's id and digest, in any order: a start that knows the digests of unchanged
 * article files (see source-stamps) checks the saved index without reading them.
 */
export function corpusHashOf(articles: readonly { readonly id: string; readonly digest: string }[]): string {
  const h = createHash('sha256');
  for (const a of [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) h.update(a.digest).update('\n');
  return h.digest('hex');
}

/** Why a saved manifest cannot serve the expected key, or undefined when it can. */
export function manifestMismatch(expected: ManifestKey, found: unknown): string | undefined {
  if (typeof found !== 'object' || found === null) return 'manifest is missing or not an object';
  const m = found as Record<string, unknown>;
  for (const key of Object.keys(expected) as (keyof ManifestKey)[]) {
    if (m[key] !== expected[key]) return `${key} changed (saved ${JSON.stringify(m[key])}, now ${JSON.stringify(expected[key])})`;
  }
  return shapeProblem(m);
}

/** What a manifest lacks beyond the key, or undefined. */
export function shapeProblem(m: Record<string, unknown>): string | undefined {
  if (typeof m.passages !== 'number' || typeof m.basePassages !== 'number') return 'manifest has no passage count';
  if (typeof m.featuresHash !== 'string') return 'manifest has no features hash';
  if (typeof m.buildId !== 'string') return 'manifest has no build id';
  if (!Array.isArray(m.journal) || !m.journal.every((j) => typeof j === 'string' && /^journal-\d+\.json$/.test(j))) return 'manifest journal is malformed';
  return undefined;
}
