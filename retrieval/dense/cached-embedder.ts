import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Embedder } from './embedder.js';

const KEY_BYTES = 32;

export interface CachedEmbedder extends Embedder {
  /** Texts answered from the cache, and texts sent to the inner embedder, since creation. */
  readonly stats: { hits: number; misses: number };
}

/**
 * Remembers vectors by content hash (sha256 of embedder id and text) in an append-only file of
 * [32-byte key][dimensions × float32] records, so re-indexing with a paid embedding model only pays for new or
 * changed paragraphs. A torn last record (a crash mid-write) is ignored on load.
 */
export function createCachedEmbedder(inner: Embedder, file: string): CachedEmbedder {
  const recordBytes = KEY_BYTES + inner.dimensions * 4;
  const cache = new Map<string, Float32Array>();
  if (existsSync(file)) {
    const buf = readFileSync(file);
    for (let at = 0; at + recordBytes <= buf.length; at += recordBytes) {
      const key = buf.subarray(at, at + KEY_BYTES).toString('hex');
      const floats = buf.buffer.slice(buf.byteOffset + at + KEY_BYTES, buf.byteOffset + at + recordBytes);
      cache.set(key, new Float32Array(floats));
    }
  } else mkdirSync(dirname(file), { recursive: true });
  const keyOf = (text: string): string => createHash('sha256').update(inner.id).update('\u0000').update(text).digest('hex');
  const stats = { hits: 0, misses: 0 };
  return {
    id: inner.id,
    dimensions: inner.dimensions,
    stats,
    async embed(texts) {
      const keys = texts.map(keyOf);
      const missing = [...new Set(keys.filter((k) => !cache.has(k)))];
      stats.hits += keys.length - keys.filter((k) => missing.includes(k)).length;
      if (missing.length > 0) {
        const byKey = new Map(keys.map((k, i) => [k, texts[i]!]));
        const vectors = await inner.embed(missing.map((k) => byKey.get(k)!));
        stats.misses += missing.length;
        const out = Buffer.alloc(missing.length * recordBytes);
        missing.forEach((k, i) => {
          const v = vectors[i]!;
          if (v.length !== inner.dimensions) throw new Error(`embedder ${inner.id} returned ${v.length} dimensions, expected ${inner.dimensions}`);
          Buffer.from(k, 'hex').copy(out, i * recordBytes);
          Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, i * recordBytes + KEY_BYTES);
          cache.set(k, v);
        });
        appendFileSync(file, out);
      }
      return keys.map((k) => cache.get(k)!);
    },
  };
}
