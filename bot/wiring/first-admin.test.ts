import { describe, expect, it } from 'vitest';
import { DuplicateUsernameError } from '../../core/store-errors.js';
import type { User } from '../../core/ports/log-store.js';
import { silentLogger } from '../../core/logger.js';
import { ensureFirstAdmin } from './first-admin.js';

const FIRST = { username: 'quantri', password: 'mat-khau-dai-du' };

function store(users: number, createUser: () => Promise<User>) {
  const created: string[] = [];
  return {
    created,
    countUsers: async () => users,
    createUser: async (u: { username: string }) => {
      created.push(u.username);
      return createUser();
    },
  };
}

describe('ensureFirstAdmin', () => {
  it('creates the admin only when there is no user at all', async () => {
    const empty = store(0, async () => ({}) as User);
    await ensureFirstAdmin(empty, FIRST, silentLogger);
    expect(empty.created).toEqual(['quantri']);
    const used = store(1, async () => ({}) as User);
    await ensureFirstAdmin(used, FIRST, silentLogger);
    expect(used.created).toEqual([]);
    await ensureFirstAdmin(empty, undefined, silentLogger);
    expect(empty.created).toEqual(['quantri']);
  });

  it('goes on when another instance started at the same moment created the admin first', async () => {
    const raced = store(0, async () => Promise.reject(new DuplicateUsernameError('quantri')));
    await expect(ensureFirstAdmin(raced, FIRST, silentLogger)).resolves.toBeUndefined();
  });

  it('fails the start on any other error', async () => {
    const broken = store(0, async () => Promise.reject(new Error('connection lost')));
    await expect(ensureFirstAdmin(broken, FIRST, silentLogger)).rejects.toThrow('connection lost');
  });
});
