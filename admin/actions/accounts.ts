import { randomInt } from 'node:crypto';
import type { User } from '../../core/ports/log-store.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { audit } from './audit.js';
import { ConflictError, InvalidInputError, NotFoundError, RateLimitedError } from '../../core/errors.js';
import { LOGIN_MAX_FAILURES, type LoginLimiter } from '../auth/login-limiter.js';

/** A password change broke a rule; `code` says which (the API answers it, the page words it). */
export class PasswordRuleError extends InvalidInputError {
  constructor(override readonly code: 'wrong_password' | 'same_password', message: string) {
    super(code, message);
  }
}

/** An admin tried to disable their own account. */
export class SelfDisableError extends ConflictError {
  constructor() {
    super('self_disable', 'you cannot disable your own account');
  }
}

/** How long a password set by an admin's reset logs in before it must have been replaced. */
export const RESET_PASSWORD_TTL_MS = 72 * 3_600_000;
// No 0/O, 1/l/I: read aloud or typed from a phone without mistakes. 32 symbols × 12 = 60 bits.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function temporaryPassword(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** An account as the admin shows it: never its hash. */
export function accountJson(u: User) {
  return { id: u.id, username: u.username, role: u.role, disabled: u.disabled, mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt ?? null, createdAt: u.createdAt };
}

async function userOrThrow(deps: AdminDeps, id: string): Promise<User> {
  const user = await deps.store.userById(id);
  if (!user) throw new NotFoundError('user not found');
  return user;
}

/**
 * Disables (the person can no longer log in, their sessions end at once) or enables an account. No one disables
 * themself: only an enabled admin gets here, so one always remains to manage accounts.
 */
export async function setAccountDisabled(deps: AdminDeps, input: { userId: string; disabled: boolean; by: { userId: string; username: string } }): Promise<User> {
  const user = await userOrThrow(deps, input.userId);
  if (input.disabled && user.id === input.by.userId) throw new SelfDisableError();
  await deps.store.updateUser(user.id, { disabled: input.disabled });
  if (input.disabled) await deps.store.deleteUserSessions(user.id);
  deps.logger.info(input.disabled ? 'admin user disabled' : 'admin user enabled', { username: user.username, by: input.by.username });
  await audit(deps, { actor: input.by.username, action: input.disabled ? 'user.disable' : 'user.enable', target: user.username });
  return (await deps.store.userById(user.id))!;
}

/**
 * Replaces the password with a temporary one, shown once to the admin to pass on; it works for RESET_PASSWORD_TTL_MS,
 * and the first login with it leads to choosing a new password. The person's sessions end.
 */
export async function resetAccountPassword(deps: AdminDeps, input: { userId: string; by: string }): Promise<{ user: User; password: string; expiresAt: string }> {
  const user = await userOrThrow(deps, input.userId);
  const password = temporaryPassword();
  const expiresAt = new Date((deps.now ?? (() => new Date()))().getTime() + RESET_PASSWORD_TTL_MS).toISOString();
  await deps.store.updateUser(user.id, { password: { hash: await hashPassword(password), mustChange: true, expiresAt } });
  await deps.store.deleteUserSessions(user.id);
  deps.logger.info('admin user password reset', { username: user.username, by: input.by });
  await audit(deps, { actor: input.by, action: 'user.reset_password', target: user.username });
  return { user, password, expiresAt };
}

/**
 * The signed-in person sets their own password (required after a reset); their other sessions end. Wrong current
 * passwords count as login failures do (five in the window, per account): a stolen session must not become a way to
 * guess the password, which outlives it.
 */
export async function changeOwnPassword(deps: AdminDeps, input: { userId: string; sessionIdHash: string; current: string; next: string;
  limiter: LoginLimiter }): Promise<void> {
  const { limiter } = input;
  const user = await userOrThrow(deps, input.userId);
  const attempts = { key: `password-change:${user.id}`, max: LOGIN_MAX_FAILURES };
  const wait = await limiter.attempt([attempts]);
  if (wait > 0) throw new RateLimitedError('too many wrong current passwords; try again later', wait * 1000);
  if (!(await verifyPassword(input.current, user.passwordHash))) throw new PasswordRuleError('wrong_password', 'the current password is wrong');
  await limiter.succeed([attempts.key]);
  if (input.current === input.next) throw new PasswordRuleError('same_password', 'the new password is the same as the current one');
  await deps.store.updateUser(user.id, { password: { hash: await hashPassword(input.next), mustChange: false } });
  await deps.store.deleteUserSessions(user.id, input.sessionIdHash);
  deps.logger.info('admin user changed password', { username: user.username });
  await audit(deps, { actor: user.username, action: 'user.change_password', target: user.username });
}
