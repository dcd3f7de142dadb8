import { hashPassword } from '../../admin/auth/password.js';
import type { LogStore } from '../../core/ports/log-store.js';
import { DuplicateUsernameError } from '../../core/store-errors.js';
import type { Logger } from '../../core/logger.js';

/**
 * Creates the first admin from ADMIN_USERNAME/ADMIN_PASSWORD, only while no user exists at all. Instances started
 * together with the same settings race here; the one that loses finds the admin the winner created and goes on.
 */
export async function ensureFirstAdmin(store: Pick<LogStore, 'countUsers' | 'createUser'>, first: { username: string; password: string } | undefined,
  logger: Logger): Promise<void> {
  if (!first || (await store.countUsers()) > 0) return;
  try {
    await store.createUser({ username: first.username, role: 'admin', passwordHash: await hashPassword(first.password) });
  } catch (error) {
    if (error instanceof DuplicateUsernameError) return;
    throw error;
  }
  logger.info('first admin created', { username: first.username });
}
