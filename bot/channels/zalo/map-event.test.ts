import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapZaloEvent, zaloEventKey } from './map-event.js';
import type { ZaloEvent } from './zalo-event.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}.json`, import.meta.url));
const event = (name: string) => JSON.parse(fixture(name).toString('utf8')) as ZaloEvent;
const USER = '2512523625412515';

describe('mapZaloEvent', () => {
  it('maps user_send_text to a message activity', () => {
    expect(mapZaloEvent(event('user_send_text'))).toMatchObject({
      type: 'message', text: 'Làm căn cước công dân ở đâu?', id: '96d3cdf3af150460909', channelId: 'zalo',
      from: { id: USER }, conversation: { id: `zalo:${USER}` }, timestamp: new Date(1717061839659),
    });
  });

  it('accepts a numeric timestamp', () => {
    expect(mapZaloEvent(event('user_send_text_numeric_ts'))?.timestamp).toEqual(new Date(1717061839659));
  });

  it.each([
    ['user_send_image', 'application/vnd.zalo.image', 'https://photo-stal-1.zdn.vn/4d2e8f/abc.jpg'],
    ['user_send_sticker', 'application/vnd.zalo.sticker', 'https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=12345&size=130'],
    ['user_send_file', 'application/vnd.zalo.file', 'https://f21-zpc.zdn.vn/6541/to-khai.pdf'],
    ['user_send_link', 'application/vnd.zalo.link', 'https://dichvucong.gov.vn'],
    ['user_send_location', 'application/vnd.zalo.location', undefined],
  ])('maps %s to a message with attachments and no text', (name, contentType, url) => {
    const activity = mapZaloEvent(event(name));
    expect(activity).toMatchObject({ type: 'message', from: { id: USER }, conversation: { id: `zalo:${USER}` } });
    expect(activity?.text).toBeUndefined();
    expect(activity?.attachments?.[0]?.contentType).toBe(contentType);
    expect(activity?.attachments?.[0]?.contentUrl).toBe(url);
  });

  it.each(['user_send_gif', 'user_send_audio', 'user_send_video', 'user_send_business_card'])('maps %s without attachments list', (name) => {
    const activity = mapZaloEvent({ ...event('user_send_image'), event_name: name, message: { msg_id: 'm1' } });
    expect(activity).toMatchObject({ type: 'message', attachments: [{ contentType: `application/vnd.zalo.${name.replace('user_send_', '')}` }] });
    expect(activity?.text).toBeUndefined();
  });

  it('maps follow to conversationUpdate with the follower added', () => {
    expect(mapZaloEvent(event('follow'))).toMatchObject({
      type: 'conversationUpdate', channelId: 'zalo', membersAdded: [{ id: USER }], from: { id: USER }, conversation: { id: `zalo:${USER}` },
    });
  });

  it.each(['oa_send_text', 'user_seen_message', 'user_received_message', 'unfollow', 'change_oa_daily_quota'])('ignores %s', (name) => {
    expect(mapZaloEvent(event(name))).toBeUndefined();
  });

  it.each<[string, ZaloEvent]>([
    ['oa_send_image echo', { event_name: 'oa_send_image', timestamp: '1', sender: { id: 'oa' }, message: { msg_id: 'x' } }],
    ['unknown event', { event_name: 'user_send_hologram', timestamp: '1', sender: { id: USER }, message: { msg_id: 'x' } }],
    ['text without sender', { event_name: 'user_send_text', timestamp: '1', message: { msg_id: 'x', text: 'hi' } }],
    ['text without msg_id', { event_name: 'user_send_text', timestamp: '1', sender: { id: USER }, message: { text: 'hi' } }],
    ['follow without follower', { event_name: 'follow', timestamp: '1' }],
  ])('ignores %s', (_name, input) => {
    expect(mapZaloEvent(input)).toBeUndefined();
  });
});

describe('zaloEventKey', () => {
  it('uses event name and msg_id', () => {
    expect(zaloEventKey(event('user_send_text'), fixture('user_send_text'))).toBe('user_send_text:96d3cdf3af150460909');
  });

  it('hashes the raw body for events without msg_id', () => {
    const key = zaloEventKey(event('follow'), fixture('follow'));
    expect(key).toMatch(/^follow:sha256:[0-9a-f]{64}$/);
    expect(zaloEventKey(event('follow'), Buffer.from(`${fixture('follow').toString()} `))).not.toBe(key);
  });
});
