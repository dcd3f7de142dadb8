import { describe, expect, it } from 'vitest';
import { limitButtons, splitMessage } from './split-message.js';

const sentence = (i: number) => `Câu số ${i} nói về thủ tục hành chính công.`;
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));


describe('splitMessage', () => {
  const longAnswer = Array.from({ length: 120 }, (_, i) => sentence(i)).join(' ');
  const sources = 'Nguồn:\n1. Luật Căn cước 2023, Điều 23\n2. Nghị định 70/2024, Điều 5';
  const buttons = [{ title: '👍', payload: 'feedback:up' }, { title: '👎', payload: 'feedback:down' }];

  it('keeps a short answer whole with the buttons on it', () => {
    expect(splitMessage('Bạn làm tại công an xã.', buttons)).toEqual([{ text: 'Bạn làm tại công an xã.', buttons }]);
  });

  it('splits a long answer at sentence ends, sources last, buttons only on the last message', () => {
    const parts = splitMessage(`**Trả lời:** ${longAnswer}\n\n${sources}`, buttons);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(2000);
    for (const p of parts.slice(0, -1)) {
      expect(p.buttons).toBeUndefined();
      expect(p.text).toMatch(/\.$/);
      expect(p.text).not.toContain('Nguồn:');
    }
    expect(parts.at(-1)?.buttons).toEqual(buttons);
    expect(parts.at(-1)?.text.endsWith(sources)).toBe(true);
    expect(parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ')).toBe(`Trả lời: ${longAnswer} ${sources}`.replace(/\s+/g, ' '));
    // Never mid-word: every word of the answer appears whole in some message.
    const all = new Set(parts.flatMap((p) => [...words(p.text)]));
    for (const w of words(longAnswer)) expect(all.has(w)).toBe(true);
  });

  it('sends the sources as their own message when they do not fit', () => {
    const parts = splitMessage(`${'Đây là câu. '.repeat(165).trim()}\n\n${sources}`, [], 2000);
    expect(parts.at(-1)).toEqual({ text: sources });
  });

  it('takes "Nguồn:" only at the start of a line', () => {
    expect(splitMessage('Xem mục Nguồn: ở dưới. Hết.', [], 15).map((p) => p.text)).toEqual(['Xem mục Nguồn:', 'ở dưới. Hết.']);
  });

  it('returns nothing for empty text', () => {
    expect(splitMessage('  ', buttons)).toEqual([]);
  });
});

describe('limitButtons', () => {
  it('keeps at most five valid buttons', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ title: `B${i}`, payload: `p${i}` }));
    const bad = [{ title: '', payload: 'x' }, { title: 'long', payload: 'x'.repeat(1001) }, { title: 'ok', payload: '' }];
    expect(limitButtons([...bad, ...many]).map((b) => b.title)).toEqual(['B0', 'B1', 'B2', 'B3', 'B4']);
    expect(limitButtons([{ title: 'max', payload: 'x'.repeat(1000) }])).toHaveLength(1);
  });
});
