import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A key written twice loads as its last value: the first entry is dead text that reads as if it counted.
describe.each(['abbreviations', 'chat-words', 'paraphrases'])('the %s table', (name) => {
  it('writes each key once', () => {
    const text = readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8');
    const keys = [...text.matchAll(/^ {2}"((?:[^"\\]|\\.)*)"\s*:/gm)].map((m) => JSON.parse(`"${m[1]!}"`) as string);
    expect(keys.length).toBe(Object.keys(JSON.parse(text) as object).length);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
