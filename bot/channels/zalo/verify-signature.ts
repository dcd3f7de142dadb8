import { createHash, timingSafeEqual } from 'node:crypto';

/** hex(sha256(appId + rawBody + timestamp + oaSecretKey)): Zalo's webhook MAC. Plain SHA-256, not HMAC. */
export function computeZaloMac(options: { appId: string; rawBody: Buffer; timestamp: string; oaSecretKey: string }): string {
  return createHash('sha256')
    .update(options.appId, 'utf8')
    // The exact bytes received: re-serialised JSON would hash differently.
    .update(options.rawBody)
    .update(options.timestamp, 'utf8')
    .update(options.oaSecretKey, 'utf8')
    .digest('hex');
}

export interface SignatureInput {
  appId: string;
  oaSecretKey: string;
  rawBody: Buffer;
  /** `timestamp` from the parsed body: a string or a number. */
  timestamp: unknown;
  /** The X-ZEvent-Signature header: `mac=<hex>` or bare hex. */
  header: string | string[] | undefined;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** True only for a well-formed header whose MAC matches; anything doubtful is false (fail closed). */
export function verifyZaloSignature(input: SignatureInput): boolean {
  if (typeof input.header !== 'string' || !input.appId || !input.oaSecretKey) return false;
  const timestamp = typeof input.timestamp === 'string' || typeof input.timestamp === 'number' ? String(input.timestamp) : undefined;
  if (timestamp === undefined || timestamp === '') return false;
  const got = input.header.trim().replace(/^mac=/i, '').toLowerCase();
  if (!HEX64.test(got)) return false;
  const expected = computeZaloMac({ appId: input.appId, rawBody: input.rawBody, timestamp, oaSecretKey: input.oaSecretKey });
  // Both are 64 ASCII hex characters here, so the buffers have equal length as timingSafeEqual requires.
  return timingSafeEqual(Buffer.from(expected, 'ascii'), Buffer.from(got, 'ascii'));
}
