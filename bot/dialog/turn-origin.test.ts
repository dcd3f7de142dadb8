import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { originOf, receivedOn, turnOrigin, type Endpoint } from './turn-origin.js';

const activity = (channelId: string, from: string, conversation: string): Partial<Activity> =>
  ({ channelId, from: { id: from, name: '' }, conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' } });

describe('originOf', () => {
  it.each<[string, Endpoint, Partial<Activity>, { channel: string; userId: string; conversationId: string }]>([
    ['Zalo keeps its ids', 'zalo', activity('zalo', '8801', 'zalo:8801'), { channel: 'zalo', userId: '8801', conversationId: 'zalo:8801' }],
    ['Messenger keeps its ids', 'messenger', activity('messenger', '2417', 'messenger:2417'), { channel: 'messenger', userId: '2417', conversationId: 'messenger:2417' }],
    ['the web chat keeps its ids', 'webchat', activity('webchat', 'w1', 'c1'), { channel: 'webchat', userId: 'w1', conversationId: 'c1' }],
    ['a claim of "zalo" through /api/messages stays on botframework', 'botframework', activity('zalo', '8801', 'zalo:8801'),
      { channel: 'botframework', userId: 'zalo:8801', conversationId: 'zalo:zalo:8801' }],
    ['Bot Framework channels are kept apart', 'botframework', activity('msteams', 'a', 'c'), { channel: 'botframework', userId: 'msteams:a', conversationId: 'msteams:c' }],
    ['control characters leave ids', 'botframework', activity('emulator', 'a\u0000b', 'c\u0001'), { channel: 'botframework', userId: 'emulator:ab', conversationId: 'emulator:c' }],
  ])('%s', (_name, endpoint, a, expected) => {
    expect(originOf(endpoint, a, endpoint === 'botframework' ? 'scoped' : 'verified')).toEqual(expected);
  });

  it('refuses an activity without a conversation id', () => {
    expect(() => originOf('zalo', { channelId: 'zalo', from: { id: 'u', name: '' } })).toThrow(/conversation id/);
  });
});

describe('turnOrigin', () => {
  it('is what the adapter\'s receivedOn middleware said, whatever channelId the activity claims', async () => {
    const seen: unknown[] = [];
    const adapter = new TestAdapter(async (context) => void seen.push(turnOrigin(context))).use(receivedOn('botframework', 'scoped'));
    await adapter.send({ type: 'message', text: 'x', channelId: 'zalo' });
    expect(seen).toEqual([expect.objectContaining({ channel: 'botframework' })]);
  });

  it('fails closed on a turn no adapter vouched for', () => {
    expect(() => turnOrigin(new TurnContext(new TestAdapter(), { type: 'message', ...activity('zalo', 'u', 'c') }))).toThrow(/receivedOn/);
  });
});
