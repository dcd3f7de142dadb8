import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../store/sqlite/open-sqlite.js';
import { SqliteStorage } from '../../store/sqlite/sqlite-storage.js';
import { ConversationMemories } from './conversation-memories.js';
import { setReceivedOn, type Endpoint } from './turn-origin.js';

const storage = () => new SqliteStorage(openSqlite(join(mkdtempSync(join(tmpdir(), 'memories-')), 'm.sqlite')));
/** A turn as the adapter of the endpoint named by the activity's channelId would run it. */
const turn = (activity: Partial<Activity>) => {
  const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'x', ...activity });
  if (activity.channelId) setReceivedOn(context, activity.channelId as Endpoint);
  return context;
};
const zalo = { channelId: 'zalo', conversation: { id: 'c-1', isGroup: false, conversationType: 'personal', name: '' } };

describe('ConversationMemories', () => {
  it('reads what ConversationState wrote, and ConversationState reads what it writes: same key and shape', async () => {
    const store = storage();
    const state = new ConversationState(store);
    const before = turn(zalo);
    await state.createProperty('memory').set(before, { lastQuestion: 'cũ', handoff: true });
    await state.saveChanges(before);

    const memories = new ConversationMemories(store);
    expect(await memories.load(turn(zalo))).toEqual({ lastQuestion: 'cũ', handoff: true });

    await memories.save(turn(zalo), { lastQuestion: 'mới', lastTurnId: 't-2' });
    expect(await state.createProperty('memory').get(turn(zalo))).toEqual({ lastQuestion: 'mới', lastTurnId: 't-2' });
  });

  it('keeps conversations apart and starts a new one empty', async () => {
    const memories = new ConversationMemories(storage());
    await memories.save(turn(zalo), { lastQuestion: 'a' });
    expect(await memories.load(turn({ ...zalo, conversation: { ...zalo.conversation, id: 'c-2' } }))).toEqual({});
    expect(await memories.load(turn({ ...zalo, channelId: 'webchat' }))).toEqual({});
    expect(await memories.load(turn(zalo))).toEqual({ lastQuestion: 'a' });
  });

  it.each([
    ['no endpoint', { conversation: zalo.conversation }, /receivedOn/],
    ['no conversation', { channelId: 'zalo' }, /conversation id/],
  ])('names what is missing: %s', async (_, activity, message) => {
    await expect(new ConversationMemories(storage()).load(turn(activity as Partial<Activity>))).rejects.toThrow(message);
  });
});
