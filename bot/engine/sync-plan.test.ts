import { describe, expect, it } from 'vitest';
import { planSync } from './sync-plan.js';

const ref = (id: string, version: string) => ({ id, version, revision: 1 });

describe('planSync', () => {
  it.each([
    ['nothing stored, nothing served', [], [], { kind: 'none' }],
    ['the same articles', [['a', 'v1']], [ref('a', 'v1')], { kind: 'none' }],
    ['new articles only: appended', [['a', 'v1']], [ref('a', 'v1'), ref('b', 'v1'), ref('c', 'v1')], { kind: 'append', ids: ['b', 'c'] }],
    ['a served article replaced', [['a', 'v1']], [ref('a', 'v2'), ref('b', 'v1')], { kind: 'rebuild', because: 'a was replaced' }],
    ['a served article deleted', [['a', 'v1'], ['b', 'v1']], [ref('b', 'v1')], { kind: 'rebuild', because: 'a was deleted' }],
  ] as const)('%s', (_name, served, stored, expected) => {
    expect(planSync(new Map(served as readonly (readonly [string, string])[]), stored)).toEqual(expected);
  });
});
