import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readWebhook } from './read-webhook.js';

const APP = 'app1';
const SECRET = 'oa-secret';
const NOW = 1_717_061_839_659;
const HOUR = 3_600_000;
const sign = (raw: string, ts: string) => `mac=${createHash('sha256').update(APP + raw + ts + SECRET).digest('hex')}`;
const body = (ts: number | string) => JSON.stringify({ app_id: APP, event_name: 'user_send_text', timestamp: ts, sender: { id: 'u' }, message: { msg_id: 'm', text: 'hi' } });

describe('readWebhook', () => {
  it.each<[string, unknown, string | undefined, number | 'ok']>([
    ['valid', Buffer.from(body(String(NOW))), sign(body(String(NOW)), String(NOW)), 'ok'],
    ['numeric timestamp', Buffer.from(body(NOW)), sign(body(NOW), String(NOW)), 'ok'],
    ['12 h old re-delivery', Buffer.from(body(String(NOW - 12 * HOUR))), sign(body(String(NOW - 12 * HOUR)), String(NOW - 12 * HOUR)), 'ok'],
    ['missing signature', Buffer.from(body(String(NOW))), undefined, 401],
    ['wrong signature', Buffer.from(body(String(NOW))), sign(body(String(NOW)), '1'), 401],
    ['older than a day', Buffer.from(body(String(NOW - 25 * HOUR))), sign(body(String(NOW - 25 * HOUR)), String(NOW - 25 * HOUR)), 401],
    ['an hour in the future', Buffer.from(body(String(NOW + HOUR))), sign(body(String(NOW + HOUR)), String(NOW + HOUR)), 401],
    ['malformed JSON', Buffer.from('{"event_name":'), `mac=${'a'.repeat(64)}`, 400],
    ['JSON but not an event', Buffer.from('[1,2]'), `mac=${'a'.repeat(64)}`, 400],
    ['empty body', Buffer.alloc(0), `mac=${'a'.repeat(64)}`, 400],
    ['body not read as bytes', {}, `mac=${'a'.repeat(64)}`, 400],
  ])('%s', (_name, rawBody, header, expected) => {
    const read = readWebhook({ rawBody, signatureHeader: header, appId: APP, oaSecretKey: SECRET, now: NOW });
    expect(read.ok ? 'ok' : read.status).toBe(expected);
  });
});
