import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger.js';
import type { ConversationMessage } from './conversation-reply.js';
import { CONVERSATION_PAGE, DeliveryCheck, oaTextsSince } from './delivery-check.js';

const msg = (src: 0 | 1, message: string, time: number): ConversationMessage => ({ src, time, type: 'text', message, messageId: `${src}-${time}` });

describe('oaTextsSince', () => {
  it.each<[string, ConversationMessage[], number, string[]]>([
    ['the OA\'s texts at or after the time, newest first', [msg(0, 'a', 10), msg(0, 'b', 30), msg(0, 'c', 20)], 20, ['b', 'c']],
    ['the resident\'s own messages are not replies', [msg(1, 'a', 30), msg(0, 'b', 31)], 0, ['b']],
    ['nothing since', [msg(0, 'a', 1)], 2, []],
  ])('%s', (_name, messages, since, expected) => {
    expect(oaTextsSince(messages, since)).toEqual(expected);
  });
});

describe('DeliveryCheck', () => {
  it('reads older pages until one reaches back before the question, then stops', async () => {
    // 25 OA messages, one a millisecond from t=100 (newest first on Zalo); the question was sent at t=112.
    const all = Array.from({ length: 25 }, (_, i) => msg(0, `p${124 - i}`, 124 - i));
    const pages: number[] = [];
    const check = new DeliveryCheck({ since: 112, logger: silentLogger, read: async ({ offset, count }) => {
      pages.push(offset);
      return { status: 'ok', messages: all.slice(offset, offset + count) };
    } });
    expect(await check.delivered('p112')).toBe(true);
    expect(await check.delivered('p111')).toBe(false);
    expect(await check.delivered('p112')).toBe(false);
    expect(pages).toEqual([0, CONVERSATION_PAGE]);
  });

  it('stops at a short page and reads at most five pages', async () => {
    let reads = 0;
    const check = new DeliveryCheck({ since: 0, logger: silentLogger, read: async ({ count }) => {
      reads++;
      return { status: 'ok', messages: Array.from({ length: count }, (_, i) => msg(0, 'x', 1000 - reads * 10 - i)) };
    } });
    expect(await check.delivered('y')).toBe(false);
    expect(reads).toBe(5);
  });

  it('says not delivered, and logs why, when the conversation cannot be read', async () => {
    const warnings: string[] = [];
    const check = new DeliveryCheck({ since: 0, logger: { ...silentLogger, warn: (m) => void warnings.push(m) },
      read: async () => ({ status: 'failed', reason: 'error -32', code: -32 }) });
    expect(await check.delivered('x')).toBe(false);
    expect(warnings).toEqual(['zalo conversation unreadable; a reply part that may have been delivered is sent again']);
  });
});
