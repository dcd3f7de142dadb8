import type { RequestHandler } from 'express';

/** Headers every response carries: no sniffing, no framing, a strict CSP (the page has no inline script). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

/**
 * Sent on responses to HTTPS requests (a trusted proxy's X-Forwarded-Proto counts): the browser then refuses plain HTTP
 * to this host for half a year, so a session cookie never travels unencrypted. Never on plain HTTP, where it means
 * nothing and a local run must keep working.
 */
export const HSTS = 'max-age=15552000';

export const securityHeaders: RequestHandler = (req, res, next) => {
  for (const name in SECURITY_HEADERS) res.setHeader(name, SECURITY_HEADERS[name]!);
  if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
  res.removeHeader('X-Powered-By');
  next();
};
