import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Pseudonymous user ids: HMAC-SHA256 of channel and id under a secret salt kept in DATA_DIR (created once, mode 0600),
 * so logs can group a resident's turns without holding their Zalo or channel id.
 */
export function createPseudonymizer(saltFile: string): (channel: string, userId: string) => string {
  let salt: Buffer;
  if (existsSync(saltFile)) salt = readFileSync(saltFile);
  else {
    mkdirSync(dirname(saltFile), { recursive: true });
    salt = randomBytes(32);
    writeFileSync(saltFile, salt, { mode: 0o600, flag: 'wx' });
  }
  return (channel, userId) => `u_${createHmac('sha256', salt).update(`${channel}\u0000${userId}`).digest('hex').slice(0, 24)}`;
}
