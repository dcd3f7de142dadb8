import { describe, expect, it } from 'vitest';
import { WARM_UP_MESSAGES, warmUp, warmUpReading } from './warm-up.js';

describe('warmUp', () => {
  it('reads every message once, in order, and says how long it took', async () => {
    const read: string[] = [];
    let clock = 100;
    const warmed = await warmUp((m) => { read.push(m); clock += 7; }, WARM_UP_MESSAGES, () => clock);
    expect(read).toEqual(WARM_UP_MESSAGES);
    expect(warmed).toEqual({ ms: 7 * WARM_UP_MESSAGES.length, read: WARM_UP_MESSAGES.length, failed: 0 });
  });

  it('goes on past a message whose reading throws or rejects, and counts it: a start is not failed by a warm-up', async () => {
    const read: string[] = [];
    // A reader that is not async throws where warmUp calls it; an async one rejects later.
    const warmed = await warmUp((m) => {
      read.push(m);
      if (read.length === 1) throw new Error('index not ready');
      if (read.length === 2) return Promise.reject(new Error('again'));
      return undefined;
    });
    expect(read).toEqual(WARM_UP_MESSAGES);
    expect(warmed.failed).toBe(2);
    expect(warmed.firstError).toBe('index not ready');
  });

  it('covers the reading\'s paths: a message with marks, one without, one with chat words, one with a story first', () => {
    const marked = (m: string): boolean => /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i.test(m);
    expect(WARM_UP_MESSAGES.some(marked)).toBe(true);
    expect(WARM_UP_MESSAGES.some((m) => !marked(m))).toBe(true);
    expect(WARM_UP_MESSAGES.some((m) => /\b(ko|z|mn|bn|hok)\b/.test(m))).toBe(true);
    expect(WARM_UP_MESSAGES.some((m) => m.split(/[.?!]\s/).length >= 3)).toBe(true);
  });

  it('reads the corpus\'s own sentences after the messages, as the server does before it listens', () => {
    const passages = [{ text: 'Hà Nội có 1.232 dịch vụ công. Câu sau.' }, { text: 'Tổ công nghệ số cộng đồng hỗ trợ người dân.' }];
    expect(warmUpReading(passages)).toEqual([...WARM_UP_MESSAGES, 'Hà Nội có 1.232 dịch vụ công.', 'Tổ công nghệ số cộng đồng hỗ trợ người dân.']);
  });

  it('stops reading once its budget is spent, so that a large corpus does not hold the start back', async () => {
    const read: string[] = [];
    let clock = 0;
    const messages = ['một', 'hai', 'ba', 'bốn', 'năm'];
    const warmed = await warmUp((m) => { read.push(m); clock += 40; }, messages, () => clock, 100);
    // Read at 0, 40 and 80 ms; at 120 ms the budget of 100 ms is spent.
    expect(read).toEqual(['một', 'hai', 'ba']);
    expect(warmed).toEqual({ ms: 120, read: 3, failed: 0 });
  });
});
