import { describe, expect, it } from 'vitest';
import { outcomeOfGraphReply } from './graph-reply.js';

const error = (code: number, extra: Record<string, unknown> = {}) => ({ error: { message: 'm', type: 'OAuthException', code, fbtrace_id: 'A1', ...extra } });

describe('outcomeOfGraphReply', () => {
  it.each<[string, number, unknown, string]>([
    ['a sent message', 200, { recipient_id: '1', message_id: 'm_1' }, 'sent'],
    ['an invalid or expired token', 400, error(190, { error_subcode: 463 }), 'token'],
    ['rate limited (4)', 400, error(4), 'retry'],
    ['rate limited (613)', 400, error(613), 'retry'],
    ['a server error', 500, error(2), 'retry'],
    ['a 503 without a body', 503, 'Service Unavailable', 'retry'],
    ['outside the allowed window', 400, error(10, { error_subcode: 2018278 }), 'refused'],
    ['person unavailable', 400, error(551), 'refused'],
    ['an invalid parameter', 400, error(100), 'refused'],
    ['an unreadable 400', 400, 'nope', 'refused'],
  ])('%s → %s', (_name, status, body, kind) => {
    expect(outcomeOfGraphReply(status, body).kind).toBe(kind);
  });
  it('keeps the code and subcode of a refusal', () => {
    expect(outcomeOfGraphReply(400, error(10, { error_subcode: 2018278 }))).toEqual({ kind: 'refused', code: 10, subcode: 2018278, reason: 'm' });
  });
});
