import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Pseudonymous user ids: HMAC-SHA256 of channel and id under a secret salt kept in DATA_DIR (created once, mode 0600),
 * so logs can group a resident's turns without holding their Zalo or channel id.
 */
export function createPseudonymizer(saltFile: string, cacheSize = PSEUDONYM_CACHE): (channel: string, userId: string) => string {
  const salt = readOrCreateSalt(saltFile);
  // A turn asks for the same two pseudonyms (user, conversation) four times, and a resident's next turns again: they
  // are kept, and all forgotten at once when there are cacheSize of them (cheaper than ordering them by use: with a new
  // resident every turn, as under the load benchmark, a turn's four cost 8 µs instead of 10; a returning resident's, none).
  // The ids are in this process's memory during their turns anyway.
  const recent = new Map<string, string>();
  return (channel, userId) => {
    const input = `${channel}\u0000${userId}`;
    let pseudonym = recent.get(input);
    if (pseudonym === undefined) {
      pseudonym = `u_${createHmac('sha256', salt).update(input).digest('hex').slice(0, 24)}`;
      if (recent.size >= cacheSize) recent.clear();
      recent.set(input, pseudonym);
    }
    return pseudonym;
  };
}

/** Pseudonyms a pseudonymizer keeps: the residents of a busy few minutes. */
const PSEUDONYM_CACHE = 4096;

/**
 * A key of its own for `purpose`, derived (HKDF-SHA256) from the same salt: instances that share the salt, as they
 * must for their pseudonyms to match in a shared database, agree on it with nothing more to copy or store, and no
 * key reveals another or the salt.
 */
export function deriveKey(saltFile: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', readOrCreateSalt(saltFile), Buffer.alloc(0), `digigov/${purpose}`, 32));
}

/** The logged id of a channel's conversation: channels build conversation ids from user ids, so they are pseudonymised too. */
export function conversationPseudonym(pseudonym: (channel: string, id: string) => string, channel: string, conversationId: string): string {
  return pseudonym(channel, `conversation:${conversationId}`);
}

/**
 * The salt, created on first use. Written to a private file and then linked into place, which fails if the file
 * exists: two processes starting at once (instances) end up with the same complete salt.
 */
function readOrCreateSalt(saltFile: string): Buffer {
  try {
    return checked(readFileSync(saltFile), saltFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(saltFile), { recursive: true });
  const draft = `${saltFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
  // On disk before it is linked into place: after a power cut the salt is whole or absent, never empty.
  const fd = openSync(draft, 'wx', 0o600);
  try {
    writeSync(fd, randomBytes(SALT_BYTES));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(draft, saltFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return checked(readFileSync(saltFile), saltFile);
}

const SALT_BYTES = 32;

/** A short salt would make pseudonyms guessable from the ids they hide: refuse to start on one. */
function checked(salt: Buffer, saltFile: string): Buffer {
  if (salt.length < 16) throw new Error(`${saltFile} holds ${salt.length} bytes, too few for a salt; restore it from a backup (or delete it to start new pseudonyms)`);
  return salt;
}
