import { describe, expect, it } from 'vitest';
import { groupUnanswered, jaccard, topicKeys } from './unanswered-groups.js';

const items = (...qs: [string, string?][]) => qs.map(([question, userId], n) => ({ id: `t${n}`, question, ...(userId ? { userId } : {}) }));

describe('topicKeys', () => {
  it.each([
    ['Làm thế nào để đổi bằng lái xe?', ['doi', 'bang', 'lai', 'xe', 'de']],
    ['doi bang lai xe o dau', ['doi', 'bang', 'lai', 'xe']],
    ['Cho tôi hỏi   VNeID là gì ạ', ['vneid']],
    ['', []],
  ])('%s → %j', (q, expected) => {
    expect([...topicKeys(q)].sort()).toEqual([...expected].sort());
  });
});

describe('jaccard', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['b', 'c'], 1 / 3],
    [['a'], ['b'], 0],
    [[], [], 0],
  ])('%j vs %j = %d', (a, b, expected) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(expected);
  });
});

describe('groupUnanswered', () => {
  it.each([
    {
      name: 'with and without diacritics, filler words ignored',
      input: items(['Đổi bằng lái xe ở đâu?', 'u1'], ['doi bang lai xe o dau', 'u2'], ['Đổi bằng lái xe ở đâu?', 'u3'], ['Cách đổi bằng lái xe thế nào', 'u1']),
      expected: [{ label: 'Đổi bằng lái xe ở đâu?', count: 4, people: 3 }],
    },
    {
      name: 'different topics stay apart, biggest group first',
      input: items(['Cấp lại căn cước'], ['đổi bằng lái xe'], ['cấp lại căn cước công dân'], ['cap lai can cuoc']),
      expected: [{ label: 'Cấp lại căn cước', count: 3, people: 3 }, { label: 'đổi bằng lái xe', count: 1, people: 1 }],
    },
    {
      name: 'the most frequent wording labels the group',
      input: items(['vneid lỗi đăng nhập'], ['VNeID lỗi đăng nhập'], ['VNeID lỗi đăng nhập']),
      expected: [{ label: 'VNeID lỗi đăng nhập', count: 3, people: 3 }],
    },
    { name: 'nothing in, nothing out', input: [], expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(groupUnanswered(input).map(({ label, count, people }) => ({ label, count, people }))).toEqual(expected);
  });

  it('keeps every id once', () => {
    const input = items(['a b c'], ['a b d'], ['x y'], ['a b c']);
    const ids = groupUnanswered(input).flatMap((g) => g.ids);
    expect([...ids].sort()).toEqual(['t0', 't1', 't2', 't3']);
  });
});
