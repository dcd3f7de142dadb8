import { describe, expect, it } from 'vitest';
import { outcomeOfConversationReply } from './conversation-reply.js';

const entry = { src: 0, time: 1626926349402, type: 'text', message: 'Chào bạn', message_id: 'abc', from_id: '1', to_id: '2',
  from_display_name: 'OA', to_display_name: 'Lan' };

describe('outcomeOfConversationReply', () => {
  it.each<[string, number, unknown, unknown]>([
    ['a page of messages', 200, { error: 0, message: 'Success', data: [entry, { ...entry, src: 1, message_id: 'def' }] },
      { kind: 'ok', messages: [{ src: 0, time: 1626926349402, type: 'text', message: 'Chào bạn', messageId: 'abc' },
        { src: 1, time: 1626926349402, type: 'text', message: 'Chào bạn', messageId: 'def' }] }],
    ['an empty conversation', 200, { error: 0, message: 'Success', data: [] }, { kind: 'ok', messages: [] }],
    ['string times and ids are read as numbers and strings', 200, { error: 0, data: [{ ...entry, time: '5', src: '0', message_id: 7 }] },
      { kind: 'ok', messages: [{ src: 0, time: 5, type: 'text', message: 'Chào bạn', messageId: '7' }] }],
    ['a sticker without text', 200, { error: 0, data: [{ src: 1, time: 9, type: 'sticker', message_id: 'x' }] },
      { kind: 'ok', messages: [{ src: 1, time: 9, type: 'sticker', message: '', messageId: 'x' }] }],
    ['entries without a side or a time are left out', 200, { error: 0, data: [{ ...entry, src: 2 }, { ...entry, time: 'soon' }, null, 'x'] },
      { kind: 'ok', messages: [] }],
    ['an invalid token in an HTTP 200', 200, { error: -216, message: 'Access token is invalid' }, { kind: 'auth', code: -216 }],
    ['an expired token', 200, { error: -220, message: 'Access token has expired' }, { kind: 'auth', code: -220 }],
    ['HTTP 401', 401, {}, { kind: 'auth', code: 401 }],
    ['a rate limit', 200, { error: -32, message: 'Your application/OA reached limit call api' }, { kind: 'failed', reason: 'error -32', code: -32 }],
    ['an invalid parameter', 200, { error: -201, message: 'Parameters invalid' }, { kind: 'failed', reason: 'error -201', code: -201 }],
    ['a server error', 502, undefined, { kind: 'failed', reason: 'HTTP 502', code: 502 }],
    ['success without a list', 200, { error: 0, message: 'Success', data: {} }, { kind: 'failed', reason: 'unreadable response' }],
    ['a body that is not JSON', 200, undefined, { kind: 'failed', reason: 'unreadable response' }],
  ])('%s', (_name, status, body, expected) => {
    expect(outcomeOfConversationReply(status, body)).toEqual(expected);
  });
});
