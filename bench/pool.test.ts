import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut, loadBenchPool } from './pool.js';

const lines = (rows: unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

function fixture(): { squad: string; jsonl: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pool-'));
  const squad = join(dir, 'set.json');
  writeFileSync(squad, JSON.stringify({ data: [{ title: 'T', paragraphs: [
    { context: 'Hà Nội là thủ đô.', qas: [{ id: 'q1', question: 'Thủ đô là gì?', answers: [] }] },
    { context: 'Hà Nội là thủ đô.', qas: [{ id: 'q2', question: 'Hà Nội là gì?', answers: [] }] },
  ] }] }));
  const jsonl = join(dir, 'faq.passages.jsonl');
  writeFileSync(jsonl, lines([{ id: 'a', title: 'BHYT', text: 'Thẻ BHYT.' }, { id: 'b', title: 'BHXH', text: 'Sổ BHXH.' }]));
  writeFileSync(join(dir, 'faq.questions.jsonl'), lines([
    { id: 'x', question: 'Thẻ?', gold_passage_ids: ['a'] },
    { id: 'y', question: 'Thẻ hay sổ?', gold_passage_ids: ['b', 'a'] },
  ]));
  return { squad, jsonl, dir };
}

describe('loadBenchPool', () => {
  it('pools SQuAD paragraphs (a repeated context once) and a JSONL pair, gold ids turned into pool positions', () => {
    const { squad, jsonl } = fixture();
    const pool = loadBenchPool([squad, jsonl]);
    expect(pool.passages).toEqual([
      { text: 'Hà Nội là thủ đô.', title: '' },
      { text: 'Thẻ BHYT.', title: 'BHYT' },
      { text: 'Sổ BHXH.', title: 'BHXH' },
    ]);
    expect(pool.questions).toEqual([
      { id: 'q1', question: 'Thủ đô là gì?', gold: [0] },
      { id: 'q2', question: 'Hà Nội là gì?', gold: [0] },
      { id: 'x', question: 'Thẻ?', gold: [1] },
      { id: 'y', question: 'Thẻ hay sổ?', gold: [2, 1] },
    ]);
  });

  it.each([
    ['a gold id the passages lack', lines([{ id: 'z', question: 'Q?', gold_passage_ids: ['nope'] }]), 'question z names passage nope'],
    ['a line that is not JSON', '{"id": "x", "question": "Q?", "gold_passage_ids": ["a"]}\n{oops\n', 'faq.questions.jsonl:2: not JSON'],
    ['a question without gold ids', lines([{ id: 'w', question: 'Q?' }]), 'question w lacks'],
  ])('names the file and the problem for %s', (_, questions, message) => {
    const { jsonl, dir } = fixture();
    writeFileSync(join(dir, 'faq.questions.jsonl'), questions);
    expect(() => loadBenchPool([jsonl])).toThrow(message);
  });

  it.each([
    // FNV-1a of the id decides; the text is used only when the file gives no id.
    [{ id: 'q1', question: 'A?' }, { id: 'q1', question: 'B?' }],
    [{ id: '', question: 'Thủ đô là gì?' }, { id: '', question: 'Thủ đô là gì?' }],
  ])('splits by the id, the same whatever else differs (%o)', (a, b) => {
    expect(isHeldOut(a)).toBe(isHeldOut(b));
  });

  it('puts about half of many questions in each half', () => {
    const held = Array.from({ length: 1000 }, (_, i) => isHeldOut({ id: `mohfaq-${i}`, question: '' })).filter(Boolean).length;
    expect(held).toBeGreaterThan(400);
    expect(held).toBeLessThan(600);
  });
});
