import { describe, expect, it } from 'vitest';
import type { ServingInstance } from '../../core/ports/admin.js';
import { servedBy } from './served-by.js';

const at = (id: string, revision: number): ServingInstance => ({ id, host: `${id}:1`, revision, corpusHash: 'h', articles: 1, passages: 1,
  startedAt: '2026-01-01T00:00:00Z', heartbeatAt: '2026-01-01T00:00:00Z', self: false });
const instances = [at('a', 7), at('b', 5), at('c', 0)];

describe('servedBy', () => {
  it.each([
    ['a bundled article: every instance', { origin: 'bundled', revision: 0 }, ['a', 'b', 'c']],
    ['stored at 5: the instances at 5 or later', { origin: 'added', revision: 5 }, ['a', 'b']],
    ['stored at 7: only the one that caught up', { origin: 'added', revision: 7 }, ['a']],
    ['stored at 8: none yet', { origin: 'added', revision: 8 }, []],
    ['one instance without revisions (files): it serves what it lists', { origin: 'added', revision: 0 }, ['a', 'b', 'c']],
  ] as const)('%s', (_name, article, expected) => {
    expect(servedBy(article, instances).map((i) => i.id)).toEqual(expected);
  });
});
