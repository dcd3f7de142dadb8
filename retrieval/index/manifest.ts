import { createHash } from 'node:crypto';
import type { Article } from '../corpus/article.js';

export const INDEX_FORMAT = 1;

/** Describes a saved index; a saved index is used only when every field matches what would be built now. */
export interface IndexManifest {
  readonly format: number;
  readonly embedderId: string;
  readonly dimensions: number;
  readonly normalizerVersion: number;
  readonly corpusHash: string;
  readonly passages: number;
  readonly builtAt: string;
}

export type ManifestKey = Omit<IndexManifest, 'passages' | 'builtAt'>;

/** Hash of everything about the articles that reaches the index or a citation. */
export function corpusHash(articles: readonly Article[]): string {
  const h = createHash('sha256');
  for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) h.update(JSON.stringify(a)).update('\n');
  return h.digest('hex');
}

/** Why a saved manifest cannot serve the expected key, or undefined when it can. */
export function manifestMismatch(expected: ManifestKey, found: unknown): string | undefined {
  if (typeof found !== 'object' || found === null) return 'manifest is missing or not an object';
  const m = found as Record<string, unknown>;
  for (const key of Object.keys(expected) as (keyof ManifestKey)[]) {
    if (m[key] !== expected[key]) return `${key} changed (saved ${JSON.stringify(m[key])}, now ${JSON.stringify(expected[key])})`;
  }
  if (typeof m.passages !== 'number') return 'manifest has no passage count';
  return undefined;
}
