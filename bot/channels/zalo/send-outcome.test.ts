import { describe, expect, it } from 'vitest';
import { PostError } from './http-post.js';
import { outcomeOfPostError, outcomeOfResponse } from './send-outcome.js';

describe('outcomeOfResponse', () => {
  it.each<[string, number, unknown, string]>([
    ['success', 200, { error: 0, message: 'Success', data: { message_id: 'm1' } }, 'sent'],
    ['invalid token', 200, { error: -216, message: 'Access token is invalid' }, 'auth'],
    ['token expired', 200, { error: -220 }, 'auth'],
    ['HTTP 401', 401, { message: 'Unauthorized' }, 'auth'],
    ['rate limited', 200, { error: -32 }, 'transient'],
    ['server error', 500, undefined, 'transient'],
    ['bad gateway', 502, { message: 'x' }, 'transient'],
    ['no interaction in 7 days', 200, { error: -230 }, 'undeliverable'],
    ['interaction expired', 200, { error: -232 }, 'undeliverable'],
    ['invalid parameter', 200, { error: -201 }, 'rejected'],
    ['error as string', 200, { error: '-230' }, 'undeliverable'],
    ['unreadable 200', 200, undefined, 'ambiguous'],
    ['HTTP 404', 404, undefined, 'rejected'],
  ])('%s', (_name, status, body, kind) => {
    expect(outcomeOfResponse(status, body).kind).toBe(kind);
  });

  it('keeps the message id', () => {
    expect(outcomeOfResponse(200, { error: 0, data: { message_id: 'abc' } })).toEqual({ kind: 'sent', messageId: 'abc' });
  });
});

describe('outcomeOfPostError', () => {
  it.each<[string, unknown, string]>([
    ['connection refused: never sent', new PostError('ECONNREFUSED', false), 'transient'],
    ['stale kept-alive socket: never read', new PostError('ECONNRESET', false), 'transient'],
    ['reset after sending: maybe delivered', new PostError('ECONNRESET', true), 'ambiguous'],
    ['timeout after connecting: maybe delivered', new PostError('ETIMEDOUT', true), 'ambiguous'],
    ['anything else', new TypeError('bug'), 'ambiguous'],
  ])('%s', (_name, err, kind) => {
    expect(outcomeOfPostError(err).kind).toBe(kind);
  });
});
