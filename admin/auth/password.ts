import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt password hashes in the form "scrypt$N$r$p$salt$hash" (salt and hash base64), as User.passwordHash says. */

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
// Refuse absurd parameters from a tampered row: they would let one login exhaust memory or CPU.
const MAX_N = 1 << 20;

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the password matches; false for a wrong password or a malformed hash (never throws for those). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  const valid = Number.isInteger(n) && n > 1 && n <= MAX_N && (n & (n - 1)) === 0 && Number.isInteger(r) && r >= 1 && r <= 32
    && Number.isInteger(p) && p >= 1 && p <= 16 && salt.length >= 8 && expected.length >= 16 && expected.length <= 128;
  if (!valid) return false;
  const actual = await derive(password, salt, expected.length, { N: n, r, p, maxmem: 256 * n * r + 32 * 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}

/** A hash of a random password: compared against when the username is unknown, so both cases take the same time. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
