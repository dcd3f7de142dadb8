import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../log/logger.js';
import { MemoryInboundQueue } from '../../queue/memory-inbound-queue.js';
import { ZaloAdapter } from './zalo-adapter.js';

/** An adapter over a recording client; the bot sends two replies, so parts 0 and 1. */
async function runTurn(attempt: number, sentBefore: number[]) {
  const queue = new MemoryInboundQueue();
  for (const part of sentBefore) await queue.markSent('ev', part, 0);
  let lookups = 0;
  const sentParts = { wasSent: (k: string, p: number) => (lookups++, queue.wasSent(k, p)), markSent: queue.markSent.bind(queue) };
  const sent: string[] = [];
  const adapter = new ZaloAdapter({ logger: silentLogger, sentParts,
    client: { send: async (_user, message) => (sent.push(message.text), { status: 'sent' as const }) } });
  await adapter.processActivity({ type: 'message', text: 'hỏi', from: { id: 'u1', name: 'u1' }, recipient: { id: 'oa', name: 'oa' },
    conversation: { id: 'u1', isGroup: false, conversationType: 'personal', name: 'u1' }, channelId: 'zalo',
    channelData: { inboundKey: 'ev', inboundAttempt: attempt } }, async (context) => {
    await context.sendActivity('một');
    await context.sendActivity('hai');
  });
  return { sent, lookups, marked: [await queue.wasSent('ev', 0), await queue.wasSent('ev', 1)] };
}

describe('ZaloAdapter reply parts', () => {
  it('on a first attempt sends every part and marks it, without looking anything up', async () => {
    expect(await runTurn(1, [])).toEqual({ sent: ['một', 'hai'], lookups: 0, marked: [true, true] });
  });

  it('on a re-run after a crash skips the parts already sent', async () => {
    expect(await runTurn(2, [0])).toEqual({ sent: ['hai'], lookups: 2, marked: [true, true] });
  });
});

describe('ZaloAdapter, a part that cannot be recorded', () => {
  it('still counts as sent and goes on with the next part; the failure is logged', async () => {
    const errors: string[] = [];
    const logger = { ...silentLogger, error: (message: string) => void errors.push(message) };
    const sent: string[] = [];
    const adapter = new ZaloAdapter({ logger,
      sentParts: { wasSent: async () => false, markSent: () => Promise.reject(new Error('disk I/O error')) },
      client: { send: async (_user, message) => (sent.push(message.text), { status: 'sent' as const, messageId: `m-${sent.length}` }) } });
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
