import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, TurnContext } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../store/pseudonym.js';
import { openSqlite } from '../../store/sqlite/open-sqlite.js';
import { SqliteStorage } from '../../store/sqlite/sqlite-storage.js';
import { ConversationMemories } from './conversation-memories.js';
import { setReceivedOn, type Endpoint } from './turn-origin.js';

const dir = () => mkdtempSync(join(tmpdir(), 'memories-'));
const open = () => {
  const d = dir();
  const db = openSqlite(join(d, 'm.sqlite'));
  return { db, memories: new ConversationMemories(new SqliteStorage(db), createPseudonymizer(join(d, 'salt'))) };
};
/** A turn as the adapter of the endpoint named by the activity's channelId would run it. */
const turn = (activity: Partial<Activity>) => {
  const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'x', ...activity });
  if (activity.channelId) setReceivedOn(context, activity.channelId as Endpoint);
  return context;
};
const ZALO_USER = '2512523625412515';
const zalo = { channelId: 'zalo', conversation: { id: ZALO_USER, isGroup: false, conversationType: 'personal', name: '' } };

describe('ConversationMemories', () => {
  it('stores under a pseudonymous key in ConversationState\'s shape, with no raw id and no personal number', async () => {
    const { db, memories } = open();
    await memories.save(turn(zalo), { lastQuestion: 'số tôi (+84) 912 345 678', lastTopic: 'số tôi 0912345678',
      history: [{ question: 'CCCD 001 099 012 345?', answer: 'ok' }] });
    const rows = db.prepare('SELECT key, value FROM kv').all() as { key: string; value: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^zalo\/conversations\/u_[0-9a-f]{24}\/$/);
    expect(JSON.stringify(rows)).not.toContain(ZALO_USER);
    const kept = { lastQuestion: 'số tôi [số điện thoại]', lastTopic: 'số tôi [số điện thoại]', history: [{ question: 'CCCD [số giấy tờ]?', answer: 'ok' }] };
    expect(JSON.parse(rows[0]!.value)).toEqual({ memory: kept });
    expect(await memories.load(turn(zalo))).toEqual(kept);
  });

  it('keeps conversations apart and starts a new one empty', async () => {
    const { memories } = open();
    await memories.save(turn(zalo), { lastQuestion: 'a' });
    expect(await memories.load(turn({ ...zalo, conversation: { ...zalo.conversation, id: 'c-2' } }))).toEqual({});
    expect(await memories.load(turn({ ...zalo, channelId: 'webchat' }))).toEqual({});
    expect(await memories.load(turn(zalo))).toEqual({ lastQuestion: 'a' });
  });

  it.each([
    ['no endpoint', { conversation: zalo.conversation }, /receivedOn/],
    ['no conversation', { channelId: 'zalo' }, /conversation id/],
  ])('names what is missing: %s', async (_, activity, message) => {
    await expect(open().memories.load(turn(activity as Partial<Activity>))).rejects.toThrow(message);
  });
});
