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
    ['messenger', 1, { kind: 'free', until: '2026-11-02T00:00:00.000Z' }],
    ['messenger', 23.9, { kind: 'free', until: '2026-11-02T00:00:00.000Z' }],
    ['messenger', 24, { kind: 'human_agent', until: '2026-11-08T00:00:00.000Z' }],
    ['messenger', 167.9, { kind: 'human_agent', until: '2026-11-08T00:00:00.000Z' }],
    ['messenger', 168, { kind: 'closed' }],
    ['webchat', 1000, { kind: 'unlimited' }],
    ['botframework', 1000, { kind: 'unlimited' }],
    // Logged under the channelId Bot Framework reported: Bot Framework's own rule.
    ['emulator', 1000, { kind: 'unlimited' }],
    ['fax', 1, { kind: 'closed' }],
  ])('%s, %d h after the last message → %j', (channel, hours, window) => {
    expect(replyWindow(channel, last, at(hours))).toEqual(window);
  });
  it.each(['zalo', 'messenger'])('treats an unreadable time as closed on %s', (channel) => {
    expect(replyWindow(channel, 'not a time', at(0))).toEqual({ kind: 'closed' });
  });
});
