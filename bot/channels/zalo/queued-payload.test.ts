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

  it.each(['user_send_file', 'user_send_image', 'user_send_link', 'user_send_location'])('keeps only the attachments\' types of %s', (name) => {
    const raw = fixture(name);
    const event = JSON.parse(raw.toString('utf8')) as ZaloEvent;
    const stored = JSON.parse(queuedPayload(event, raw)) as ZaloEvent;
    expect(stored.message?.attachments).toEqual(event.message!.attachments!.map((a) => ({ type: a.type })));
    expect(stored).toEqual({ ...event, message: { ...event.message, attachments: stored.message?.attachments } });
  });

  it('takes a file name that holds personal numbers out of the stored event', () => {
    const event: ZaloEvent = { event_name: 'user_send_file', timestamp: '1717061841123', sender: { id: '1' }, message: { msg_id: 'm',
      attachments: [{ type: 'file', payload: { url: 'https://f.zdn.vn/x', name: 'CCCD_001099012345_sdt_0912345678.pdf', size: '1024' } }] } };
    const stored = queuedPayload(event, Buffer.from(JSON.stringify(event)));
    expect(stored).not.toContain('001099012345');
    expect(stored).not.toContain('0912345678');
    expect(JSON.parse(stored)).toEqual({ ...event, message: { msg_id: 'm', attachments: [{ type: 'file' }] } });
  });

  it.each(['user_send_text', 'follow', 'user_seen_message'])('keeps %s byte for byte when there is nothing to redact', (name) => {
    const raw = fixture(name);
    expect(queuedPayload(JSON.parse(raw.toString('utf8')) as ZaloEvent, raw)).toBe(raw.toString('utf8'));
  });
});
