import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyZaloSignature } from './verify-signature.js';

const APP_ID = '3651862195463021093';
const SECRET = 'oa-secret-K3y';
const raw = (name: string) => readFileSync(new URL(`./__fixtures__/${name}.json`, import.meta.url));
// Expected MACs were computed outside this code base: printf appId body ts secret | sha256sum.
const TEXT_MAC = '67c47082cffd5195025ef6e9a17e3102231686e4e0038e53ed5931535cb06671';
const NUMERIC_TS_MAC = 'bee9013eac9922dc7ee5c1706addd68235e32fc987ef12bf58bcbeeb9babb76e';
const FOLLOW_MAC = '986a506c16823bcd0d0ccd7d93b41a93574575f0e3e9728dc0ee430f832ad74b';

const text = raw('user_send_text');
const tsOf = (body: Buffer) => (JSON.parse(body.toString('utf8')) as { timestamp: unknown }).timestamp;

describe('verifyZaloSignature', () => {
  it.each<[string, Partial<Parameters<typeof verifyZaloSignature>[0]>, boolean]>([
    ['mac= prefix, string timestamp', { header: `mac=${TEXT_MAC}` }, true],
    ['bare hex', { header: TEXT_MAC }, true],
    ['upper-case hex', { header: `mac=${TEXT_MAC.toUpperCase()}` }, true],
    ['numeric timestamp', { rawBody: raw('user_send_text_numeric_ts'), timestamp: 1717061839659, header: `mac=${NUMERIC_TS_MAC}` }, true],
    ['follow event', { rawBody: raw('follow'), timestamp: tsOf(raw('follow')), header: `mac=${FOLLOW_MAC}` }, true],
    ['missing header', { header: undefined }, false],
    ['repeated header', { header: [`mac=${TEXT_MAC}`, `mac=${TEXT_MAC}`] }, false],
    ['empty header', { header: '' }, false],
    ['truncated mac', { header: `mac=${TEXT_MAC.slice(0, 63)}` }, false],
    ['one hex digit changed', { header: `mac=${TEXT_MAC.slice(0, 63)}0` }, false],
    ['not hex', { header: `mac=${'z'.repeat(64)}` }, false],
    ['wrong secret (app secret instead of OA secret)', { oaSecretKey: 'app-secret' }, false],
    ['wrong app id', { appId: '1' }, false],
    ['body re-serialised', { rawBody: Buffer.from(JSON.stringify(JSON.parse(text.toString('utf8')), null, 1)) }, false],
    ['body tampered', { rawBody: Buffer.from(text.toString('utf8').replace('đâu', 'nào')) }, false],
    ['other timestamp', { timestamp: '1717061839660' }, false],
    ['missing timestamp', { timestamp: undefined }, false],
    ['object timestamp', { timestamp: { t: 1 } }, false],
    ['empty secret', { oaSecretKey: '' }, false],
  ])('%s', (_name, override, expected) => {
    const input = { appId: APP_ID, oaSecretKey: SECRET, rawBody: text, timestamp: tsOf(text), header: `mac=${TEXT_MAC}`, ...override };
    expect(verifyZaloSignature(input)).toBe(expected);
  });
});
