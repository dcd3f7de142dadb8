import type { AdminDeps } from '../../core/ports/admin.js';
import { dummyHash, verifyPassword } from './password.js';
import { loginKeys, type LoginLimiter } from './login-limiter.js';
import { hashToken, newToken } from './session-cookie.js';

export type LoginResult =
  | { readonly ok: true; readonly token: string; readonly csrfToken: string }
  | { readonly ok: false; readonly reason: 'invalid' }
  | { readonly ok: false; readonly reason: 'limited'; readonly retryAfterSeconds: number };

export interface LoginAttempt {
  readonly username: string;
  readonly password: string;
  readonly ip: string;
}

/** Checks the limiter, then the password (same work for unknown users), then opens a session. */
export async function attemptLogin(deps: AdminDeps, limiter: LoginLimiter, attempt: LoginAttempt): Promise<LoginResult> {
  const username = attempt.username.trim().slice(0, 100);
  const keys = loginKeys(username, attempt.ip);
  // Counted now, as a failure until it succeeds: guesses sent at once cannot all pass the check first.
  const wait = await limiter.attempt([keys.pair, keys.address]);
  if (wait > 0) {
    // Not the typed name: a password typed into the name field would be logged.
    deps.logger.warn('admin login rate-limited', { ip: attempt.ip });
    return { ok: false, reason: 'limited', retryAfterSeconds: wait };
  }
  const user = username ? await deps.store.userByUsername(username) : undefined;
  const matches = await verifyPassword(attempt.password, user?.passwordHash ?? (await dummyHash()));
  const now = (deps.now ?? (() => new Date()))();
  // A disabled account, or a reset password past its deadline, fails like a wrong password.
  const usable = user && !user.disabled && !(user.mustChangePassword && user.passwordExpiresAt && Date.parse(user.passwordExpiresAt) <= now.getTime());
  if (!user || !matches || !usable) {
    // An account's name is logged, for the admins to see who is being guessed at; anything else typed is not, since a
    // password typed into the name field would otherwise land in the log.
    deps.logger.warn('admin login failed', { ip: attempt.ip, ...(user ? { username } : { unknownUsername: true }) });
    return { ok: false, reason: 'invalid' };
  }
  // The pair only: forgetting the address too would let a guesser with an account of their own reset its budget.
  await limiter.succeed([keys.pair.key]);
  const token = newToken();
  const csrfToken = newToken();
  await deps.store.createSession({
    idHash: hashToken(token),
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.settings.sessionTtlMs).toISOString(),
  });
  await deps.store.recordLogin(user.id, now.toISOString());
  deps.logger.info('admin login', { username: user.username, role: user.role });
  return { ok: true, token, csrfToken };
}
