import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCachedEmbedder } from './cached-embedder.js';
import type { Embedder } from './embedder.js';

/** A deterministic embedder that counts what it was asked. */
function counting(id = 'test-model'): Embedder & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id, dimensions: 3, calls,
    embed: async (texts) => {
      calls.push([...texts]);
      return texts.map((t) => Float32Array.from([t.length, t.charCodeAt(0) || 0, 1]));
    },
  };
}

describe('createCachedEmbedder', () => {
  it('asks the model only for texts it has not seen, in one batch, and keeps the order', async () => {
    const inner = counting();
    const cached = createCachedEmbedder(inner, join(mkdtempSync(join(tmpdir(), 'emb-')), 'cache.bin'));
    await cached.embed(['a', 'bb']);
    const out = await cached.embed(['bb', 'ccc', 'a', 'ccc']);
    expect(inner.calls).toEqual([['a', 'bb'], ['ccc']]);
    expect(out.map((v) => v[0])).toEqual([2, 3, 1, 3]);
    expect(cached.stats).toEqual({ hits: 2, misses: 3 });
  });

  it('survives a restart from its file, and a different model id does not reuse it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emb-')), 'cache.bin');
    await createCachedEmbedder(counting(), file).embed(['xin chào', 'chữ ký số']);
    const again = counting();
    const reloaded = createCachedEmbedder(again, file);
    expect((await reloaded.embed(['chữ ký số']))[0]).toEqual(Float32Array.from(['chữ ký số'.length, 'c'.charCodeAt(0), 1]));
    expect(again.calls).toEqual([]);
    const other = counting('another-model');
    await createCachedEmbedder(other, file).embed(['chữ ký số']);
    expect(other.calls).toEqual([['chữ ký số']]);
  });
});
