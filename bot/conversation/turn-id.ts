import { randomBytes } from 'node:crypto';

/**
 * A turn id: a UUID version 7 (RFC 9562), the millisecond first and 74 random bits after it. Turns are logged under
 * their id, and random (version 4) ids put every new turn in a random page of the id's index: with the index growing,
 * each logged turn wrote one more page of its own to the WAL (about a tenth of the WAL under the load benchmark).
 * Ids in time order are appended to the same few pages. The time they show is the turn's, which its record holds anyway.
 */
export function timeOrderedId(now: number = Date.now(), random: Buffer = randomBytes(10)): string {
  const hex = now.toString(16).padStart(12, '0').slice(-12) + random.toString('hex');
  // Version 7 in the 13th hex digit, the RFC variant (10xx) in the 17th.
  const variant = ((parseInt(hex[15]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(12, 15)}-${variant}${hex.slice(16, 19)}-${hex.slice(19, 31)}`;
}
