import { describe, expect, it } from 'vitest';
import { volunteerReplyText } from '../../../prompts/conversation.js';
import { webchatUpdates } from './webchat-updates.js';

const REPLIES = [{ seq: 1, text: 'Một' }, { seq: 3, text: 'Ba' }];

describe('webchatUpdates', () => {
  it.each([
    ['a new page gets every reply', 0, ['Một', 'Ba'], 3],
    ['a page that has the first gets the rest', 1, ['Ba'], 3],
    ['a page that has them all gets none and keeps its cursor', 3, [], 3],
    ['a cursor past the last reply (the inbox entry was purged and opened again) starts over', 17, ['Một', 'Ba'], 3],
    ['an old page\'s clock-based cursor starts over too', 1_763_800_000_000, ['Một', 'Ba'], 3],
  ])('%s', async (_case, after, texts, next) => {
    const asked: unknown[] = [];
    const update = await webchatUpdates({ store: { deliveredReplies: async (q) => (asked.push(q), REPLIES) }, pseudonym: (c, id) => `p(${c},${id})` },
      'c-1', after);
    expect(update).toEqual({ activities: texts.map((t) => ({ type: 'message', text: volunteerReplyText(t), channelData: { status: 'volunteer_reply', turnId: '' } })), next });
    // The inbox knows the conversation by its pseudonym, on the web chat channel only.
    expect(asked).toEqual([{ channel: 'webchat', conversationId: 'p(webchat,conversation:c-1)' }]);
  });

  it('answers a conversation with no inbox entry with nothing, cursor 0', async () => {
    const update = await webchatUpdates({ store: { deliveredReplies: async () => [] }, pseudonym: (c, id) => `${c}${id}` }, 'c-2', 5);
    expect(update).toEqual({ activities: [], next: 0 });
  });
});
