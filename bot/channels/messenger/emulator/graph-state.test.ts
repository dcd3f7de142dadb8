import { describe, expect, it } from 'vitest';
import { GraphState } from './graph-state.js';

const HOUR = 3_600_000;
const TOKEN = 'page-token';

function state(ageHours: number) {
  let now = 0;
  const s = new GraphState({ pageAccessToken: TOKEN, now: () => now });
  s.lastUserMessage.set('p1', 0);
  now = ageHours * HOUR;
  return s;
}
const text = (t: string, extra: Record<string, unknown> = {}) => ({ recipient: { id: 'p1' }, messaging_type: 'RESPONSE', message: { text: t, ...extra } });
const errorOf = (wire: { status: number; body: unknown }) => (wire.body as { error?: { code: number; error_subcode?: number } }).error;

describe('the emulated Send API', () => {
  it.each<[string, number, Record<string, unknown>, number | undefined]>([
    ['RESPONSE within 24 h', 1, text('chào'), undefined],
    ['RESPONSE after 24 h', 25, text('chào'), 10],
    ['HUMAN_AGENT after 24 h', 25, { ...text('chào'), messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' }, undefined],
    ['HUMAN_AGENT after 7 days', 169, { ...text('chào'), messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' }, 10],
    ['a tag that does not exist', 1, { ...text('chào'), messaging_type: 'MESSAGE_TAG', tag: 'ANYTHING' }, 100],
    ['no messaging_type', 1, { recipient: { id: 'p1' }, message: { text: 'chào' } }, 100],
    ['2,000 characters', 1, text('ạ'.repeat(2000)), undefined],
    ['2,001 characters', 1, text('a'.repeat(2001)), 100],
    ['13 quick replies', 1, text('chọn', { quick_replies: Array.from({ length: 13 }, (_, i) => ({ content_type: 'text', title: `${i}`, payload: `${i}` })) }), undefined],
    ['14 quick replies', 1, text('chọn', { quick_replies: Array.from({ length: 14 }, (_, i) => ({ content_type: 'text', title: `${i}`, payload: `${i}` })) }), 100],
    ['a 21-character title', 1, text('chọn', { quick_replies: [{ content_type: 'text', title: 'x'.repeat(21), payload: 'x' }] }), 100],
    ['someone who never wrote', 1, { ...text('chào'), recipient: { id: 'stranger' } }, 100],
  ])('%s → %s', (_name, age, body, code) => {
    const wire = state(age).send(TOKEN, body);
    expect(errorOf(wire)?.code).toBe(code);
    expect(wire.status).toBe(code === undefined ? 200 : 400);
  });

  it('refuses a wrong or revoked token with code 190', () => {
    const s = state(1);
    expect(errorOf(s.send('other', text('chào')))?.code).toBe(190);
    s.tokenRevoked = true;
    expect(errorOf(s.send(TOKEN, text('chào')))?.code).toBe(190);
  });

  it('answers queued faults in order, then normally, and records only what it accepted', () => {
    const s = state(1);
    s.faults.push(613, 500);
    expect([errorOf(s.send(TOKEN, text('a')))?.code, s.send(TOKEN, text('a')).status, s.send(TOKEN, text('a')).status]).toEqual([613, 500, 200]);
    expect(s.messages.map((m) => m.text)).toEqual(['a']);
  });
});
