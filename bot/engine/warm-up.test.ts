import { describe, expect, it } from 'vitest';
import { WARM_UP_MESSAGES, warmUp } from './warm-up.js';

describe('warmUp', () => {
  it('reads every message once, in order, and says how long it took', async () => {
    const read: string[] = [];
    let clock = 100;
    const ms = await warmUp((m) => { read.push(m); clock += 7; }, () => clock);
    expect(read).toEqual(WARM_UP_MESSAGES);
    expect(ms).toBe(7 * WARM_UP_MESSAGES.length);
  });

  it('goes on past a message whose reading fails, sync or async: a start is not failed by a warm-up', async () => {
    const read: string[] = [];
    await expect(warmUp(async (m) => {
      read.push(m);
      if (read.length === 1) throw new Error('index not ready');
      if (read.length === 2) return Promise.reject(new Error('again'));
    })).resolves.toBeGreaterThanOrEqual(0);
    expect(read).toEqual(WARM_UP_MESSAGES);
  });

  it('covers the reading\'s paths: a message with marks, one without, one with chat words, one with a story first', () => {
    const marked = (m: string): boolean => /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i.test(m);
    expect(WARM_UP_MESSAGES.some(marked)).toBe(true);
    expect(WARM_UP_MESSAGES.some((m) => !marked(m))).toBe(true);
    expect(WARM_UP_MESSAGES.some((m) => /\b(ko|z|mn|bn|hok)\b/.test(m))).toBe(true);
    expect(WARM_UP_MESSAGES.some((m) => m.split(/[.?!]\s/).length >= 3)).toBe(true);
  });
});
