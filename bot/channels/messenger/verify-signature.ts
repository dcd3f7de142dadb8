import { createHmac, timingSafeEqual } from 'node:crypto';

/** "sha256=<hex>": the HMAC-SHA256 of the raw body with the app secret, as Meta signs webhook deliveries. */
export function messengerSignature(rawBody: Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

const HEADER = /^sha256=([0-9a-f]{64})$/i;

/**
 * True only for a well-formed X-Hub-Signature-256 header whose MAC over these exact bytes matches; anything doubtful
 * (missing, repeated, malformed, no secret) is false (fail closed).
 */
export function verifyMessengerSignature(o: { rawBody: Buffer; appSecret: string; header: string | string[] | undefined }): boolean {
  if (typeof o.header !== 'string' || !o.appSecret) return false;
  const got = HEADER.exec(o.header.trim())?.[1]?.toLowerCase();
  if (!got) return false;
  const expected = createHmac('sha256', o.appSecret).update(o.rawBody).digest();
  // 32 bytes each: the header held exactly 64 hex digits.
  return timingSafeEqual(expected, Buffer.from(got, 'hex'));
}
