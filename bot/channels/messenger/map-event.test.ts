import { describe, expect, it } from 'vitest';
import { mapMessengerEvent, queuedMessengerEvent } from './map-event.js';
import type { MessengerMessagingEvent } from './messenger-event.js';

const base = { sender: { id: '6712' }, recipient: { id: 'PAGE' }, timestamp: 1_764_633_600_000 };
const text: MessengerMessagingEvent = { ...base, message: { mid: 'm_1', text: 'làm căn cước ở đâu' } };
const quick: MessengerMessagingEvent = { ...base, message: { mid: 'm_2', text: '👍 Hữu ích', quick_reply: { payload: '👍 Hữu ích' } } };
const image: MessengerMessagingEvent = { ...base, message: { mid: 'm_3', attachments: [{ type: 'image', payload: { url: 'https://scontent.xx.fbcdn.net/a.jpg' } }] } };
const location: MessengerMessagingEvent = { ...base, message: { mid: 'm_4', attachments: [{ type: 'location', payload: { coordinates: { lat: 21.03, long: 105.85 } } }] } };
const postback: MessengerMessagingEvent = { ...base, postback: { title: 'Bắt đầu', payload: 'Xin chào', mid: 'm_5' } };

describe('queuedMessengerEvent', () => {
  it.each<[string, MessengerMessagingEvent, { key: string; lane: string } | undefined]>([
    ['a text', text, { key: 'messenger:m_1', lane: 'messenger:6712' }],
    ['a quick-reply tap', quick, { key: 'messenger:m_2', lane: 'messenger:6712' }],
    ['a postback', postback, { key: 'messenger:m_5', lane: 'messenger:6712' }],
    ['the Page\'s own echo', { ...base, message: { mid: 'm_6', text: 'x', is_echo: true } }, undefined],
    ['a delivery receipt', { ...base, delivery: { mids: ['m_1'], watermark: 1 } }, undefined],
    ['a read receipt', { ...base, read: { watermark: 1 } }, undefined],
    ['no sender', { message: { mid: 'm_7', text: 'x' } }, undefined],
    ['no mid', { ...base, message: { text: 'x' } }, undefined],
  ])('%s', (_name, event, expected) => {
    const queued = queuedMessengerEvent(event);
    expect(queued === undefined ? undefined : { key: queued.key, lane: queued.lane }).toEqual(expected);
  });

  it('redacts personal numbers before storage and keeps no attachment URL or coordinates', () => {
    const stored = queuedMessengerEvent({ ...base, message: { mid: 'm_8', text: 'số tôi là 0912345678' } })!.payload;
    expect(stored).not.toContain('0912345678');
    expect(queuedMessengerEvent(image)!.payload).not.toContain('fbcdn');
    expect(queuedMessengerEvent(location)!.payload).not.toContain('105.85');
  });
});

describe('mapMessengerEvent', () => {
  it('maps a text to a message keyed by the PSID, in a conversation namespaced by the channel', () => {
    expect(mapMessengerEvent(text)).toMatchObject({ type: 'message', id: 'm_1', channelId: 'messenger', text: 'làm căn cước ở đâu',
      from: { id: '6712' }, conversation: { id: 'messenger:6712' }, timestamp: new Date(base.timestamp) });
  });
  it.each<[string, MessengerMessagingEvent, string]>([
    ['a quick-reply tap reads as its payload', { ...base, message: { mid: 'm', text: 'Làm căn cước…', quick_reply: { payload: 'Làm căn cước gắn chip ở đâu?' } } }, 'Làm căn cước gắn chip ở đâu?'],
    ['a postback reads as its payload', postback, 'Xin chào'],
  ])('%s', (_name, event, expected) => {
    expect(mapMessengerEvent(event)?.text).toBe(expected);
  });
  it('maps attachments without text to a message with attachments only (the bot says it reads text)', () => {
    const a = mapMessengerEvent(JSON.parse(queuedMessengerEvent(image)!.payload) as MessengerMessagingEvent);
    expect(a).toMatchObject({ attachments: [{ contentType: 'application/vnd.messenger.image' }] });
    expect(a?.text).toBeUndefined();
  });
});
