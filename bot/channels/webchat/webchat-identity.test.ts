import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IDENTITY_COOKIE, WebchatIdentity } from './webchat-identity.js';

const key = randomBytes(32);
const identity = new WebchatIdentity(key, { secure: false });
const cookieHeader = (setCookie: string) => setCookie.split(';')[0]!;

describe('WebchatIdentity', () => {
  const user = identity.newUser();
  const issued = identity.cookie(user);

  it('reads back the user id of a cookie it signed, under the same key on another instance', () => {
    expect(identity.userFrom(cookieHeader(issued))).toBe(user);
    expect(new WebchatIdentity(Buffer.from(key), { secure: false }).userFrom(`theme=dark; ${cookieHeader(issued)}`)).toBe(user);
  });

  it('sets the cookie HttpOnly, SameSite=Strict, Secure when asked', () => {
    expect(issued).toMatch(new RegExp(`^${IDENTITY_COOKIE}=${user}\\.[\\w-]{43}; HttpOnly; SameSite=Strict; Max-Age=\\d+$`));
    expect(new WebchatIdentity(key, { secure: true }).cookie(user)).toMatch(/; Secure$/);
  });

  const value = cookieHeader(issued).slice(IDENTITY_COOKIE.length + 1);
  it.each([
    ['no header', undefined],
    ['no such cookie', 'other=1'],
    ['a user id without its MAC', `${IDENTITY_COOKIE}=${user}`],
    ['another user id with this MAC', `${IDENTITY_COOKIE}=${identity.newUser()}.${value.split('.')[1]}`],
    ['a MAC one character off', `${IDENTITY_COOKIE}=${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`],
    ['a cookie signed with another key', cookieHeader(new WebchatIdentity(randomBytes(32), { secure: false }).cookie(user))],
    ['a client-chosen user id', `${IDENTITY_COOKIE}=resident-1.x`],
  ])('trusts no cookie with %s', (_name, header) => {
    expect(identity.userFrom(header)).toBeUndefined();
  });

  it('issues conversation ids that answer only to their user', () => {
    const mine = identity.newConversation(user);
    expect(mine).toMatch(/^[A-Za-z0-9_-]{39}$/);
    expect(identity.owns(user, mine)).toBe(true);
    expect(identity.owns(identity.newUser(), mine)).toBe(false);
    expect(identity.owns(user, identity.newConversation(identity.newUser()))).toBe(false);
    expect(identity.owns(user, 'web-roam-1')).toBe(false);
    expect(identity.owns(user, `${mine.slice(0, -1)}${mine.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(new WebchatIdentity(randomBytes(32), { secure: false }).owns(user, mine)).toBe(false);
  });

  it('refuses a short key', () => {
    expect(() => new WebchatIdentity(randomBytes(16), { secure: false })).toThrow(RangeError);
  });
});
