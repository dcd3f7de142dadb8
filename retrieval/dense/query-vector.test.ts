import { describe, expect, it } from 'vitest';
import { dotQuery, exactNeighbours, exactScanPays, exactScores, queryVector } from './query-vector.js';

const f32 = (xs: number[]): Float32Array => Float32Array.from(xs);

describe('queryVector', () => {
  it.each([
    [[0, 0.5, 0, -0.25], [1, 3], [0.5, -0.25]],
    [[0, 0, 0], [], []],
    [[1, 2], [0, 1], [1, 2]],
  ])('%j keeps dims %j', (v, dims, values) => {
    const q = queryVector(f32(v));
    expect([...q.dims]).toEqual(dims);
    expect([...q.values]).toEqual(values);
  });
});

describe('dotQuery', () => {
  it('equals the full dot product on random vectors', () => {
    for (let t = 0; t < 50; t++) {
      const a = f32(Array.from({ length: 64 }, () => Math.random() - 0.5));
      const b = f32(Array.from({ length: 64 }, () => (Math.random() < 0.2 ? Math.random() - 0.5 : 0)));
      let full = 0;
      for (let i = 0; i < 64; i++) full += a[i]! * b[i]!;
      expect(dotQuery(a, queryVector(b))).toBeCloseTo(full, 5);
    }
  });
});

describe('exactNeighbours', () => {
  const vectors = [[1, 0], [0, 1], [0.6, 0.8], [0.8, 0.6], [1, 0]].map(f32);
  it.each([
    [[1, 0], 2, [0, 4]],
    [[1, 0], 3, [0, 4, 3]],
    [[0, 1], 1, [1]],
    [[0.6, 0.8], 5, [2, 3, 1, 0, 4]],
    [[1, 0], 0, []],
    [[1, 0], 9, [0, 4, 3, 2, 1]],
  ])('query %j, k=%d → %j (ties to the lower id)', (q, k, ids) => {
    expect(exactNeighbours(vectors, queryVector(f32(q)), k).map((h) => h.id)).toEqual(ids);
  });
  it('agrees with a full sort on random vectors', () => {
    const vs = Array.from({ length: 200 }, () => f32(Array.from({ length: 16 }, () => Math.random() - 0.5)));
    const q = f32(Array.from({ length: 16 }, () => Math.random() - 0.5));
    const sorted = vs.map((v, id) => ({ id, similarity: dotQuery(v, queryVector(q)) })).sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    expect(exactNeighbours(vs, queryVector(q), 10)).toEqual(sorted.slice(0, 10));
  });
});

describe('exactScores', () => {
  it('gives every vector exactly the dot product dotQuery gives (same sums, same order)', () => {
    const vs = Array.from({ length: 50 }, () => f32(Array.from({ length: 32 }, () => Math.random() - 0.5)));
    const q = queryVector(f32(Array.from({ length: 32 }, () => (Math.random() < 0.3 ? Math.random() - 0.5 : 0))));
    expect([...exactScores(vs, q)]).toEqual(vs.map((v) => dotQuery(v, q)));
  });
  it('sees vectors added to the list after an earlier scan', () => {
    const vs = [f32([1, 0]), f32([0, 1])];
    const q = queryVector(f32([0.5, 1]));
    expect([...exactScores(vs, q)]).toEqual([0.5, 1]);
    vs.push(f32([2, 2]));
    expect([...exactScores(vs, q)]).toEqual([0.5, 1, 3]);
  });
  it('scores an empty list as nothing', () => {
    expect(exactScores([], queryVector(f32([1])))).toHaveLength(0);
  });
});

describe('exactScanPays', () => {
  it.each([
    [50, 112, true],
    [50, 2400, true],
    [50, 2401, false],
    [100, 691, true],
    [100, 5611, false],
    [1536, 78, true],
    [1536, 79, false],
  ])('%d query entries × %d vectors → %s', (nonZero, size, pays) => {
    const q = queryVector(f32(Array.from({ length: nonZero }, () => 1)));
    expect(exactScanPays(q, size)).toBe(pays);
  });
});
