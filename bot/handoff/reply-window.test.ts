import { describe, expect, it } from 'vitest';
import { replyWindow } from './reply-window.js';

describe('replyWindow', () => {
  const last = '2026-11-01T00:00:00.000Z';
  const at = (hours: number) => new Date(Date.parse(last) + hours * 3_600_000);
  it.each([
    ['zalo', 1, { kind: 'free', until: '2026-11-03T00:00:00.000Z' }],
    ['zalo', 47.9, { kind: 'free', until: '2026-11-03T00:00:00.000Z' }],
    ['zalo', 48, { kind: 'paid', until: '2026-11-08T00:00:00.000Z' }],
    ['zalo', 167, { kind: 'paid', until: '2026-11-08T00:00:00.000Z' }],
    ['zalo', 168, { kind: 'closed' }],
    ['webchat', 1000, { kind: 'unlimited' }],
    ['emulator', 1000, { kind: 'unlimited' }],
  ])('%s, %d h after the last message → %j', (channel, hours, window) => {
    expect(replyWindow(channel, last, at(hours))).toEqual(window);
  });
  it('treats an unreadable time as closed', () => {
    expect(replyWindow('zalo', 'not a time', at(0))).toEqual({ kind: 'closed' });
  });
});
