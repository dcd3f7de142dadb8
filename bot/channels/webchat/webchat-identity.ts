import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const IDENTITY_COOKIE = 'webchat_id';
const MAX_AGE_S = 365 * 24 * 3600;
const USER = /^[A-Za-z0-9_-]{22}$/;
// "c", a 16-character nonce, a 22-character MAC: the format the page and the API already accept for ids.
const CONVERSATION = /^c([A-Za-z0-9_-]{16})([A-Za-z0-9_-]{22})$/;

/**
 * The web chat's identity, issued by the server as Direct Line issues its tokens: a random user id in a signed,
 * HttpOnly, SameSite=Strict cookie, and conversation ids that carry a MAC binding them to that user. Nothing is
 * stored: any instance holding the same key checks both, and a conversation answers only to the user it was issued
 * to. A client cannot choose its user id (the per-resident limit keys on it) nor name another's conversation.
 */
export class WebchatIdentity {
  constructor(private readonly key: Buffer, private readonly options: { readonly secure: boolean }) {
    if (key.length < 32) throw new RangeError('the web chat identity key needs at least 32 bytes');
  }

  /** The user id the Cookie header proves, or undefined (no cookie, or one this key did not sign). */
  userFrom(cookieHeader: string | undefined): string | undefined {
    const value = cookieValue(cookieHeader, IDENTITY_COOKIE);
    const dot = value?.indexOf('.') ?? -1;
    if (!value || dot < 0) return undefined;
    const user = value.slice(0, dot);
    return USER.test(user) && this.same(value.slice(dot + 1), this.mac(`user\u0000${user}`, 43)) ? user : undefined;
  }

  newUser(): string {
    return randomBytes(16).toString('base64url');
  }

  /**
   * Set-Cookie value for a user id: HttpOnly, SameSite=Strict, Secure when the request came over HTTPS (`overHttps`,
   * express's req.secure, which believes a trusted proxy's X-Forwarded-Proto) or SECURE_COOKIES says so. No Path: the
   * browser scopes it to the API's own folder (/api/webchat), also when a proxy serves the page under a prefix (the
   * page's URLs are relative).
   */
  cookie(user: string, overHttps = false): string {
    const parts = [`${IDENTITY_COOKIE}=${user}.${this.mac(`user\u0000${user}`, 43)}`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${MAX_AGE_S}`];
    if (this.options.secure || overHttps) parts.push('Secure');
    return parts.join('; ');
  }

  /** A new conversation id that only `user` can use. */
  newConversation(user: string): string {
    const nonce = randomBytes(12).toString('base64url');
    return `c${nonce}${this.conversationMac(user, nonce)}`;
  }

  /** Whether `conversationId` was issued to `user`. */
  owns(user: string, conversationId: string): boolean {
    const m = CONVERSATION.exec(conversationId);
    return m !== null && this.same(m[2]!, this.conversationMac(user, m[1]!));
  }

  private conversationMac(user: string, nonce: string): string {
    return this.mac(`conversation\u0000${user}\u0000${nonce}`, 22);
  }

  private mac(message: string, length: number): string {
    return createHmac('sha256', this.key).update(message).digest('base64url').slice(0, length);
  }

  private same(given: string, expected: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

/** One cookie's value from a Cookie header (the only cookie this API reads; no parser dependency for it). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}
