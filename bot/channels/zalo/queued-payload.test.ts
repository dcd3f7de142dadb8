import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { queuedPayload } from './queued-payload.js';
import type { ZaloEvent } from './zalo-event.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`./__fixtures__/${name}.json`, import.meta.url));

describe('queuedPayload', () => {
  it('redacts the text of a user_send_text event and keeps every other field', () => {
    const raw = fixture('user_send_text');
    const event = JSON.parse(raw.toString('utf8')) as ZaloEvent;
    const withNumber = { ...event, message: { ...event.message, text: 'tôi là (+84) 912 345 678, CCCD 001 099 012 345' } };
    const stored = JSON.parse(queuedPayload(withNumber, Buffer.from(JSON.stringify(withNumber)))) as ZaloEvent;
    expect(stored).toEqual({ ...withNumber, message: { ...withNumber.message, text: 'tôi là [số điện thoại], CCCD [số giấy tờ]' } });
  });

  it.each(['user_send_text', 'user_send_image', 'follow', 'user_seen_message'])('keeps %s byte for byte when there is nothing to redact', (name) => {
    const raw = fixture(name);
    expect(queuedPayload(JSON.parse(raw.toString('utf8')) as ZaloEvent, raw)).toBe(raw.toString('utf8'));
  });
});
