import { describe, expect, it } from 'vitest';
import { messengerSignature, verifyMessengerSignature } from './verify-signature.js';

const secret = 'app-secret';
const body = Buffer.from('{"object":"page","entry":[]}');
const good = messengerSignature(body, secret);

describe('verifyMessengerSignature', () => {
  it.each<[string, string | string[] | undefined, boolean]>([
    ['the signature Meta sends', good, true],
    ['upper-case hex and prefix', good.toUpperCase(), true],
    ['missing', undefined, false],
    ['repeated header', [good, good], false],
    ['sha1 only (the old X-Hub-Signature form)', `sha1=${'a'.repeat(40)}`, false],
    ['bare hex without "sha256="', good.slice('sha256='.length), false],
    ['one digit off', good.slice(0, -1) + (good.endsWith('0') ? '1' : '0'), false],
    ['too short', 'sha256=abcd', false],
    ['empty', '', false],
  ])('%s → %s', (_name, header, ok) => {
    expect(verifyMessengerSignature({ rawBody: body, appSecret: secret, header })).toBe(ok);
  });

  it('covers the raw bytes: the same JSON re-serialised with other spacing does not verify', () => {
    const spaced = Buffer.from('{ "object": "page", "entry": [] }');
    expect(verifyMessengerSignature({ rawBody: spaced, appSecret: secret, header: good })).toBe(false);
  });

  it('refuses when no secret is configured', () => {
    expect(verifyMessengerSignature({ rawBody: body, appSecret: '', header: messengerSignature(body, '') })).toBe(false);
  });
});
