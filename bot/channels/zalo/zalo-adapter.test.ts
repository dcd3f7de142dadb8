import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger.js';
import { MemoryInboundQueue } from '../../queue/memory-inbound-queue.js';
import type { ConversationMessage } from './conversation-reply.js';
import { ZaloAdapter } from './zalo-adapter.js';
import type { ConversationRead } from './zalo-client.js';

const ASKED_AT = 1_700_000_000_000;
const oa = (message: string, time: number): ConversationMessage => ({ src: 0, time, type: 'text', message, messageId: `m-${time}` });
const noConversation = async (): Promise<ConversationRead> => { throw new Error('the conversation must not be read'); };

/** An adapter over a recording client; the bot sends `replies` (two by default), so parts 0 and 1. */
async function runTurn(attempt: number, sentBefore: number[], o: { conversation?: () => Promise<ConversationRead>; replies?: string[] } = {}) {
  const queue = new MemoryInboundQueue();
  for (const part of sentBefore) await queue.markSent('ev', part, 0);
  let lookups = 0;
  let reads = 0;
  const sentParts = { wasSent: (k: string, p: number) => (lookups++, queue.wasSent(k, p)), markSent: queue.markSent.bind(queue) };
  const sent: string[] = [];
  const conversation = o.conversation ?? noConversation;
  const adapter = new ZaloAdapter({ logger: silentLogger, sentParts,
    client: { send: async (_user, message) => (sent.push(message.text), { status: 'sent' as const }),
      recentMessages: async () => (reads++, conversation()) } });
  await adapter.processActivity({ type: 'message', text: 'hỏi', from: { id: 'u1', name: 'u1' }, recipient: { id: 'oa', name: 'oa' },
    conversation: { id: 'u1', isGroup: false, conversationType: 'personal', name: 'u1' }, channelId: 'zalo', timestamp: new Date(ASKED_AT),
    channelData: { inboundKey: 'ev', inboundAttempt: attempt } }, async (context) => {
    for (const reply of o.replies ?? ['một', 'hai']) await context.sendActivity(reply);
  });
  await new Promise((resolve) => setImmediate(resolve));
  return { sent, lookups, reads, marked: [await queue.wasSent('ev', 0), await queue.wasSent('ev', 1)] };
}

describe('ZaloAdapter reply parts', () => {
  it('on a first attempt sends every part and marks it, without looking anything up or reading the conversation', async () => {
    expect(await runTurn(1, [])).toEqual({ sent: ['một', 'hai'], lookups: 0, reads: 0, marked: [true, true] });
  });

  it('on a re-run after a crash skips the parts already marked, without reading the conversation for them', async () => {
    expect(await runTurn(2, [0, 1])).toEqual({ sent: [], lookups: 2, reads: 0, marked: [true, true] });
  });

  const read = (messages: ConversationMessage[]) => async (): Promise<ConversationRead> => ({ status: 'ok', messages });
  it.each<[string, number[], () => Promise<ConversationRead>, string[] | undefined, string[]]>([
    ['a part Zalo shows sent since the question is not sent again', [0], read([oa('hai', ASKED_AT + 50), oa('một', ASKED_AT + 40)]), undefined, []],
    ['a part Zalo does not show is sent', [0], read([oa('một', ASKED_AT + 40)]), undefined, ['hai']],
    ['the same text sent before the question (an earlier answer) does not count', [0], read([oa('hai', ASKED_AT - 1)]), undefined, ['hai']],
    ['a message the resident sent with the same text does not count', [], read([{ ...oa('một', ASKED_AT + 5), src: 1 }]), undefined, ['một', 'hai']],
    ['an unreadable conversation: sent again (a repeat over silence)', [0], async () => ({ status: 'failed', reason: 'error -32', code: -32 }), undefined, ['hai']],
    ['one copy on Zalo answers for one part only: the marked part owns it', [0], read([oa('giống', ASKED_AT + 40)]), ['giống', 'giống'], ['giống']],
    ['two copies on Zalo: neither is sent again', [], read([oa('giống', ASKED_AT + 40), oa('giống', ASKED_AT + 41)]), ['giống', 'giống'], []],
  ])('on a re-run, %s', async (_name, sentBefore, conversation, replies, expected) => {
    const turn = await runTurn(2, sentBefore, { conversation, ...(replies ? { replies } : {}) });
    expect(turn.sent).toEqual(expected);
    // One read per turn, however many parts are unknown.
    expect(turn.reads).toBe(1);
    // A part found on Zalo is marked, so a further re-run trusts the mark.
    expect(turn.marked).toEqual([true, true]);
  });
});

describe('ZaloAdapter, a part that cannot be recorded', () => {
  it('still counts as sent and goes on with the next part; the failure is logged', async () => {
    const errors: string[] = [];
    const logger = { ...silentLogger, error: (message: string) => void errors.push(message) };
    const sent: string[] = [];
    const adapter = new ZaloAdapter({ logger,
      sentParts: { wasSent: async () => false, markSent: () => Promise.reject(new Error('disk I/O error')) },
      client: { send: async (_user, message) => (sent.push(message.text), { status: 'sent' as const, messageId: `m-${sent.length}` }),
        recentMessages: async () => ({ status: 'ok', messages: [] }) } });
    let ids: string[] = [];
    await adapter.processActivity({ type: 'message', text: 'hỏi', from: { id: 'u1', name: 'u1' }, recipient: { id: 'oa', name: 'oa' },
      conversation: { id: 'u1', isGroup: false, conversationType: 'personal', name: 'u1' }, channelId: 'zalo',
      channelData: { inboundKey: 'ev', inboundAttempt: 1 } }, async (context) => {
      ids = (await context.sendActivities([{ type: 'message', text: 'một' }, { type: 'message', text: 'hai' }])).map((r) => r.id);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect({ sent, ids, errors }).toEqual({ sent: ['một', 'hai'], ids: ['m-1', 'm-2'], errors: ['zalo reply part not recorded as sent', 'zalo reply part not recorded as sent'] });
  });
});
