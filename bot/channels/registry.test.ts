import { describe, expect, it } from 'vitest';
import type { Channel } from './channel.js';
import { CHANNEL_LABELS, CHANNELS, channelNamed, checkedChannels } from './registry.js';

const channel = (name: string, aliases?: Record<string, string>): Channel => ({ name, displayName: name, identity: 'verified', durableQueue: false,
  replyWindow: () => ({ kind: 'unlimited' }), open: () => undefined, ...(aliases ? { aliases } : {}) });

describe('the channel registry', () => {
  it('lists the four channels, two of them on the durable queue', () => {
    expect(CHANNELS.map((c) => c.name)).toEqual(['webchat', 'zalo', 'messenger', 'botframework']);
    expect(CHANNELS.filter((c) => c.durableQueue).map((c) => c.name)).toEqual(['zalo', 'messenger']);
  });
  it.each([['messenger', 'messenger'], ['msteams', 'botframework'], ['fax', undefined]])('finds %s → %s', (name, owner) => {
    expect(channelNamed(name)?.name).toBe(owner);
  });
  it('labels every id the log may hold', () => {
    expect(CHANNEL_LABELS).toMatchObject({ webchat: 'Web', zalo: 'Zalo', messenger: 'Messenger', botframework: 'Bot Framework', msteams: 'Teams' });
  });
  it.each<[string, Channel[]]>([
    ['a name twice', [channel('zalo'), channel('zalo')]],
    ['a name that is another\'s alias', [channel('botframework', { messenger: 'Messenger' }), channel('messenger')]],
    ['a name that is not one', [channel('Zalo OA')]],
  ])('refuses %s', (_name, list) => {
    expect(() => checkedChannels(list)).toThrow(/channel registry/);
  });
});
