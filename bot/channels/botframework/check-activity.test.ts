import { describe, expect, it } from 'vitest';
import { checkActivity } from './check-activity.js';

const good = { type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9000', text: 'hỏi',
  from: { id: 'u1', name: 'Dân' }, recipient: { id: 'bot' }, conversation: { id: 'c1' } };

describe('checkActivity', () => {
  it.each<[string, unknown, string | undefined]>([
    ['a message from the Emulator', good, undefined],
    ['a conversationUpdate without a sender', { ...good, type: 'conversationUpdate', from: undefined }, undefined],
    ['an empty object', {}, 'type: is required and must be a string'],
    ['null', null, 'body must be a JSON object'],
    ['an array', [good], 'body must be a JSON object'],
    ['an empty type', { ...good, type: '' }, 'type: must not be empty'],
    ['no channelId', { ...good, channelId: undefined }, 'channelId: is required and must be a string'],
    ['a serviceUrl that is no URL', { ...good, serviceUrl: 'here' }, 'serviceUrl: must be a URL'],
    ['no conversation', { ...good, conversation: undefined }, 'conversation: must be an object with an id'],
    ['a conversation id that is a number', { ...good, conversation: { id: 7 } }, 'conversation.id'],
    ['a sender that is a string', { ...good, from: 'someone' }, 'from: must be an object with an id'],
    ['a message without a sender', { ...good, from: undefined }, 'from: a message needs a sender'],
    ['text that is an object', { ...good, text: { a: 1 } }, 'text: must be a string'],
  ])('%s', (_name, body, problem) => {
    const result = checkActivity(body);
    if (problem === undefined) expect(result).toEqual({ ok: true });
    else expect(result.ok ? '' : result.problem).toContain(problem);
  });
});
