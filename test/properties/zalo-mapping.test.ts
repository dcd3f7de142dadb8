import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapZaloEvent, ZALO_CHANNEL_ID, zaloEventKey } from '../../bot/channels/zalo/map-event.js';
import { readWebhook } from '../../bot/channels/zalo/read-webhook.js';
import { isZaloEvent, type ZaloEvent } from '../../bot/channels/zalo/zalo-event.js';

// The Zalo trust boundary and mapping on arbitrary JSON. The MAC is computed here from the docs (§1.4), not with the
// channel's own helper, so a signed body really gets past the signature check.
const APP_ID = '3651862195463021093';
const SECRET = 'property-oa-secret';
const NOW = 1_717_061_839_659;
const RUNS = { numRuns: 300 };

const mac = (raw: Buffer, timestamp: string): string =>
  createHash('sha256').update(Buffer.concat([Buffer.from(APP_ID), raw, Buffer.from(timestamp + SECRET)])).digest('hex');

const read = (raw: unknown, header: string | string[] | undefined) =>
  readWebhook({ rawBody: raw, signatureHeader: header, appId: APP_ID, oaSecretKey: SECRET, now: NOW });

/** Deeply nested arrays or objects, as text (JSON.stringify would recurse on them). */
const deepJson = fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.boolean()).map(([n, arrays]) =>
  arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n));
const hugeString = fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 1_000, max: 70_000 })).map(([s, n]) => s.repeat(n).slice(0, n));

/** Any value for a field, favouring the wrong types: numbers for ids, arrays for objects, objects for strings. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, 0, -1, 1e308, true, false, '', [], {}, [null], [1, 2], { id: 1 }, { id: null }, { id: [] }, { id: {} }, { length: 2 }),
  hugeString,
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.jsonValue({ maxDepth: 2 })) }),
);
const wrongMessage: fc.Arbitrary<unknown> = fc.oneof(
  wrongValue,
  fc.record({
    msg_id: fc.oneof(fc.string(), wrongValue),
    text: fc.oneof(fc.string(), hugeString, wrongValue),
    attachments: fc.oneof(
      wrongValue,
      fc.array(fc.oneof(wrongValue, fc.record({ type: wrongValue, payload: wrongValue }, { requiredKeys: [] })), { maxLength: 4 }),
    ),
  }, { requiredKeys: [] }),
);
const EVENT_NAMES = ['user_send_text', 'user_send_image', 'user_send_gif', 'user_send_sticker', 'user_send_file', 'user_send_audio',
  'user_send_video', 'user_send_link', 'user_send_location', 'user_send_business_card', 'follow', 'unfollow', 'oa_send_text',
  'oa_send_image', 'user_received_message', 'user_seen_message', 'anonymous_send_text', 'user_submit_info', '', 'constructor', '__proto__', 'toString'];
const HANDLED = new Set(EVENT_NAMES.slice(0, 11));

/** An event with Zalo's envelope whose known fields may hold any type, and a timestamp readWebhook accepts. */
const eventWithWrongTypes = fc.record({
  app_id: wrongValue,
  event_name: fc.oneof(fc.constantFrom(...EVENT_NAMES), fc.string()),
  timestamp: fc.oneof(fc.constant(String(NOW)), fc.constant(NOW), fc.integer({ min: -60_000, max: 60_000 }).map((d) => String(NOW + d))),
  user_id_by_app: wrongValue,
  oa_id: wrongValue,
  sender: wrongValue,
  recipient: wrongValue,
  follower: wrongValue,
  message: wrongMessage,
}, { requiredKeys: ['event_name', 'timestamp'] });

/** A valid user event (or follow) with one to three of its fields, nested ones included, given a wrong value. */
const mostlyValidEvent = fc.record({
  event_name: fc.constantFrom(...EVENT_NAMES.slice(0, 11)),
  breaks: fc.uniqueArray(fc.constantFrom('sender', 'sender.id', 'recipient', 'recipient.id', 'oa_id', 'follower', 'follower.id', 'message',
    'message.msg_id', 'message.text', 'message.attachments', 'attachment', 'attachment.type', 'attachment.payload', 'payload.url', 'payload.name'),
  { minLength: 1, maxLength: 3 }),
  values: fc.array(wrongMessage, { minLength: 3, maxLength: 3 }),
}).map(({ event_name, breaks, values }) => {
  const attachment: Record<string, unknown> = { type: 'image', payload: { url: 'https://example.invalid/a.jpg', name: 'a.jpg' } };
  const message: Record<string, unknown> = { msg_id: 'msg-1', text: 'chữ ký số', attachments: [attachment] };
  const event: Record<string, unknown> = { app_id: APP_ID, event_name, timestamp: String(NOW), oa_id: 'oa', sender: { id: '1001' },
    recipient: { id: 'oa' }, follower: { id: '1001' }, message };
  breaks.forEach((path, i) => {
    // A copy: the values may be fast-check's shared constants ({ length: 2 }), and a later break writes into what an
    // earlier one put in place; written into the constant itself, that made a cycle in a later run.
    const v = structuredClone(values[i]);
    const [head, field] = path.split('.') as [string, string | undefined];
    if (head === 'attachment') {
      if (field === undefined) message.attachments = [v];
      else attachment[field] = v;
    } else if (head === 'payload') {
      if (typeof attachment.payload === 'object' && attachment.payload !== null) (attachment.payload as Record<string, unknown>)[field!] = v;
    }
    else if (field === undefined) event[head] = v;
    else if (typeof event[head] === 'object' && event[head] !== null) (event[head] as Record<string, unknown>)[field] = v;
  });
  return event as { event_name: string; timestamp: string };
});

/** A mapped activity is either nothing or a well-formed message / conversationUpdate with string ids. */
function expectSane(activity: ReturnType<typeof mapZaloEvent>, event: ZaloEvent): void {
  if (activity === undefined) return;
  expect(HANDLED.has(event.event_name)).toBe(true);
  expect(['message', 'conversationUpdate']).toContain(activity.type);
  expect(activity.channelId).toBe(ZALO_CHANNEL_ID);
  const userId = activity.from?.id;
  expect(typeof userId).toBe('string');
  expect(userId).not.toBe('');
  expect(activity.conversation?.id).toBe(`zalo:${userId}`);
  expect(typeof activity.recipient?.id).toBe('string');
  if (activity.timestamp !== undefined) {
    expect(activity.timestamp).toBeInstanceOf(Date);
    expect(Number.isNaN((activity.timestamp as Date).getTime())).toBe(false);
  }
  if (activity.type === 'message') {
    expect(typeof activity.id).toBe('string');
    if (activity.text !== undefined) expect(typeof activity.text).toBe('string');
    if (event.event_name === 'user_send_text') expect(typeof activity.text).toBe('string');
    else {
      expect(Array.isArray(activity.attachments)).toBe(true);
      expect(activity.attachments!.length).toBeGreaterThan(0);
      for (const a of activity.attachments!) {
        expect(typeof a.contentType).toBe('string');
        expect(a.contentType).toMatch(/^application\/vnd\.zalo\./);
        expect(a.contentType).not.toContain('[object');
        if (a.contentUrl !== undefined) expect(typeof a.contentUrl).toBe('string');
        if (a.name !== undefined) expect(typeof a.name).toBe('string');
      }
    }
  } else {
    expect(event.event_name).toBe('follow');
    expect(activity.membersAdded).toEqual([{ id: userId, name: '' }]);
  }
}

describe('readWebhook on arbitrary input', () => {
  const header = fc.oneof(fc.constant(undefined), fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }).map((h) => `mac=${h}`));
  const body = fc.oneof(
    fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? '')),
    fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
    fc.string({ unit: 'binary' }).map((s) => Buffer.from(s)),
    deepJson.map((s) => Buffer.from(s)),
    fc.anything(),
  );

  it('never throws and refuses with 400/401 anything not correctly signed', () => {
    fc.assert(fc.property(body, header, (raw, h) => {
      const r = read(raw, h);
      expect(r.ok).toBe(false);
      if (!r.ok) expect([400, 401]).toContain(r.status);
    }), RUNS);
  });

  it('never throws on any JSON value signed correctly, and accepts only Zalo-shaped events', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), eventWithWrongTypes), (value) => {
      const raw = Buffer.from(JSON.stringify(value) ?? 'null');
      const ts = typeof value === 'object' && value !== null && 'timestamp' in value ? String(value.timestamp) : '';
      const r = read(raw, `mac=${mac(raw, ts)}`);
      if (r.ok) {
        expect(isZaloEvent(value)).toBe(true);
        expect(r.event).toEqual(JSON.parse(raw.toString('utf8')));
      } else expect([400, 401]).toContain(r.status);
    }), RUNS);
  });

  it('refuses a correctly signed event outside the timestamp window', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: 24 * 3_600_000 + 1, max: 1e12 }).map((d) => NOW - d),
      fc.integer({ min: 10 * 60_000 + 1, max: 1e12 }).map((d) => NOW + d)), fc.boolean(), (at, asString) => {
      const event = { app_id: APP_ID, event_name: 'user_send_text', timestamp: asString ? String(at) : at, sender: { id: '1' }, message: { msg_id: 'm', text: 'x' } };
      const raw = Buffer.from(JSON.stringify(event));
      expect(read(raw, `mac=${mac(raw, String(event.timestamp))}`)).toMatchObject({ ok: false, status: 401 });
    }), { numRuns: 100 });
  });
});

describe('mapZaloEvent on signed events with wrong field types', () => {
  it('maps sanely or ignores, never throws', () => {
    fc.assert(fc.property(fc.oneof(mostlyValidEvent, eventWithWrongTypes), (value) => {
      const raw = Buffer.from(JSON.stringify(value));
      const r = read(raw, `mac=${mac(raw, String(value.timestamp))}`);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expectSane(mapZaloEvent(r.event), r.event);
      const key = zaloEventKey(r.event, raw);
      expect(key.startsWith(`${r.event.event_name}:`)).toBe(true);
    }), RUNS);
  });

  it('maps any JSON value that passes isZaloEvent without throwing', () => {
    const eventish = fc.record({ event_name: fc.oneof(fc.constantFrom(...EVENT_NAMES), fc.string()), timestamp: fc.oneof(fc.string(), fc.double(), fc.integer()) })
      .chain((base) => fc.dictionary(fc.oneof(fc.constantFrom('sender', 'message', 'follower', 'recipient', 'oa_id'), fc.string()), wrongMessage).map((rest) => ({ ...rest, ...base })));
    fc.assert(fc.property(eventish, (value) => {
      expect(isZaloEvent(value)).toBe(true);
      expectSane(mapZaloEvent(value as ZaloEvent), value as ZaloEvent);
      expect(typeof zaloEventKey(value as ZaloEvent, Buffer.from('x'))).toBe('string');
    }), RUNS);
  });

  it('never maps an echo, receipt or unknown event (the bot would loop or answer noise)', () => {
    fc.assert(fc.property(eventWithWrongTypes, (value) => {
      fc.pre(!HANDLED.has(value.event_name));
      expect(mapZaloEvent(value as ZaloEvent)).toBeUndefined();
    }), RUNS);
  });

  it('maps a well-formed text event with any text to exactly that text from that sender', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 19 }), fc.string(), fc.string({ minLength: 1 }), (user, text, msgId) => {
      const event: ZaloEvent = { event_name: 'user_send_text', timestamp: String(NOW), sender: { id: user }, recipient: { id: 'oa' }, message: { msg_id: msgId, text } };
      expect(mapZaloEvent(event)).toMatchObject({ type: 'message', id: msgId, text, from: { id: user }, conversation: { id: `zalo:${user}` } });
    }), { numRuns: 100 });
  });
});

describe('attachments of the wrong shape', () => {
  it.each([['a string', 'abc'], ['a number', 5], ['a list holding null', [null]], ['an array-like object', { length: 1 }], ['a list of numbers', [5, 'x']],
    ['an attachment whose type is an object', [{ type: {}, payload: 'x' }]], ['null', null]])('%s maps to one attachment of the event kind', (_name, attachments) => {
    const event = { event_name: 'user_send_image', timestamp: String(NOW), sender: { id: '1001' }, message: { msg_id: 'm1', attachments } };
    const activity = mapZaloEvent(event as unknown as ZaloEvent);
    expect(activity?.attachments).toEqual([expect.objectContaining({ contentType: 'application/vnd.zalo.image' })]);
  });
});
