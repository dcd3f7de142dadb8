import { hashPassword } from '../../admin/auth/password.js';
import type { LogStore } from '../../store/log-store.js';
import type { Logger } from '../log/logger.js';

/** Creates the first admin from ADMIN_USERNAME/ADMIN_PASSWORD, only while no user exists at all. */
export async function ensureFirstAdmin(store: LogStore, first: { username: string; password: string } | undefined, logger: Logger): Promise<void> {
  if (!first || (await store.countUsers()) > 0) return;
  await store.createUser({ username: first.username, role: 'admin', passwordHash: await hashPassword(first.password) });
  logger.info('first admin created', { username: first.username });
}
