import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The development sets' labels hold against the bundled articles: a gold string names a paragraph, and the key fact is
// in a paragraph that a gold string names, so a figure in the README is measured against questions that can be met.
const root = join(import.meta.dirname, '..');
const paragraphs = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.md'))
  .flatMap((f) => readFileSync(join(root, 'corpus', f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').split(/\n\s*\n/))
  .map((p) => p.normalize('NFC'));
// The conversation sets (a follow-up after the resident's earlier messages) are labelled the same way.
const sets = [...readdirSync(join(root, 'eval')).filter((f) => f.endsWith('.jsonl')),
  ...readdirSync(join(root, 'eval', 'conversations')).filter((f) => f.endsWith('.jsonl')).map((f) => join('conversations', f))];

interface Row { id: string; kind: string; q: string; gold: string[]; fact?: string; history?: string[] }

describe.each(sets)('eval/%s', (file) => {
  const rows = readFileSync(join(root, 'eval', file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

  it('has unique ids and a question in every row', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => typeof r.q === 'string' && r.q.trim() !== '' && Array.isArray(r.gold))).toBe(true);
    // A follow-up comes after one to three earlier messages; a question alone has none.
    expect(rows.every((r) => r.history === undefined || (r.history.length >= 1 && r.history.length <= 3
      && r.history.every((h) => typeof h === 'string' && h.trim() !== '')))).toBe(true);
  });

  it('names, for every answerable row, a paragraph that holds its key fact', () => {
    const unmet = rows.filter((r) => r.gold.length > 0).filter((r) => !paragraphs.some((p) =>
      r.gold.some((g) => p.includes(g.normalize('NFC'))) && (r.fact === undefined || p.includes(r.fact.normalize('NFC')))));
    expect(unmet.map((r) => r.id)).toEqual([]);
  });
});
