import { describe, expect, it } from 'vitest';
import { DuplicateUsernameError, StoreNotFoundError } from '../../core/store-errors.js';
import type { ContractContext } from './contract-context.js';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';

export function accountContract(ctx: ContractContext): void {
  describe('users and sessions', () => {
    it('createUser, then find by username and id; countUsers counts', async () => {
      ctx.setNow('2024-06-02T00:00:00.000Z');
      expect(await ctx.store().countUsers()).toBe(0);
      const admin = await ctx.store().createUser({ username: 'quản_trị', role: 'admin', passwordHash: HASH });
      expect(admin).toEqual({ id: admin.id, username: 'quản_trị', role: 'admin', passwordHash: HASH, createdAt: '2024-06-02T00:00:00.000Z', disabled: false, mustChangePassword: false });
      await ctx.store().createUser({ username: 'tnv', role: 'volunteer', passwordHash: HASH });
      expect(await ctx.store().userByUsername('quản_trị')).toEqual(admin);
      expect(await ctx.store().userById(admin.id)).toEqual(admin);
      expect(await ctx.store().countUsers()).toBe(2);
      expect(await ctx.store().userByUsername('nobody')).toBeUndefined();
      expect(await ctx.store().userById('missing')).toBeUndefined();
    });

    it('a duplicate username is rejected and not counted', async () => {
      await ctx.store().createUser({ username: 'tnv', role: 'volunteer', passwordHash: HASH });
      await expect(ctx.store().createUser({ username: 'tnv', role: 'admin', passwordHash: HASH })).rejects.toBeInstanceOf(DuplicateUsernameError);
      expect(await ctx.store().countUsers()).toBe(1);
      expect((await ctx.store().userByUsername('tnv'))!.role).toBe('volunteer');
    });

    it('getSession returns what was stored, expired or not; deleteSession removes it', async () => {
      const user = await ctx.store().createUser({ username: 'tnv', role: 'volunteer', passwordHash: HASH });
      const live = { idHash: 'a'.repeat(64), userId: user.id, csrfToken: 'csrf1', createdAt: '2024-06-01T00:00:00.000Z', expiresAt: '2024-06-08T00:00:00.000Z' };
      const expired = { idHash: 'b'.repeat(64), userId: user.id, csrfToken: 'csrf2', createdAt: '2020-01-01T00:00:00.000Z', expiresAt: '2020-01-02T00:00:00.000Z' };
      await ctx.store().createSession(live);
      await ctx.store().createSession(expired);
      expect(await ctx.store().getSession(live.idHash)).toEqual(live);
      expect(await ctx.store().getSession(expired.idHash)).toEqual(expired);
      await ctx.store().deleteSession(live.idHash);
      expect(await ctx.store().getSession(live.idHash)).toBeUndefined();
      expect(await ctx.store().getSession(expired.idHash)).toEqual(expired);
      await expect(ctx.store().deleteSession('missing')).resolves.toBeUndefined();
    });

    it('listUsers lists every account by username, with last login once recorded', async () => {
      const b = await ctx.store().createUser({ username: 'tnv-b', role: 'volunteer', passwordHash: HASH });
      await ctx.store().createUser({ username: 'quantri', role: 'admin', passwordHash: HASH });
      await ctx.store().createUser({ username: 'tnv-a', role: 'volunteer', passwordHash: HASH });
      await ctx.store().recordLogin(b.id, '2024-06-05T02:03:04.005Z');
      const users = await ctx.store().listUsers();
      expect(users.map((u) => [u.username, u.role, u.lastLoginAt])).toEqual([
        ['quantri', 'admin', undefined], ['tnv-a', 'volunteer', undefined], ['tnv-b', 'volunteer', '2024-06-05T02:03:04.005Z']]);
      expect(await ctx.store().userById(b.id)).toEqual(users[2]);
    });

    it('updateUser disables and enables; a password change sets or clears the forced change and its expiry', async () => {
      const u = await ctx.store().createUser({ username: 'tnv', role: 'volunteer', passwordHash: HASH });
      await ctx.store().updateUser(u.id, { disabled: true });
      expect(await ctx.store().userById(u.id)).toMatchObject({ disabled: true, passwordHash: HASH, mustChangePassword: false });
      await ctx.store().updateUser(u.id, { disabled: true, password: { hash: 'scrypt$temp', mustChange: true, expiresAt: '2024-06-04T00:00:00Z' } });
      expect(await ctx.store().userById(u.id)).toMatchObject({ disabled: true, passwordHash: 'scrypt$temp', mustChangePassword: true,
        passwordExpiresAt: '2024-06-04T00:00:00.000Z' });
      await ctx.store().updateUser(u.id, { disabled: false });
      await ctx.store().updateUser(u.id, { password: { hash: 'scrypt$own', mustChange: false } });
      const after = await ctx.store().userById(u.id);
      expect(after).toMatchObject({ disabled: false, passwordHash: 'scrypt$own', mustChangePassword: false });
      expect(after?.passwordExpiresAt).toBeUndefined();
      await expect(ctx.store().updateUser('missing', { disabled: true })).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('deleteUserSessions ends that user\'s sessions except the one kept, and no one else\'s', async () => {
      const a = await ctx.store().createUser({ username: 'a-user', role: 'volunteer', passwordHash: HASH });
      const b = await ctx.store().createUser({ username: 'b-user', role: 'volunteer', passwordHash: HASH });
      const session = (id: string, userId: string) => ({ idHash: id.repeat(64), userId, csrfToken: 'c', createdAt: '2024-06-01T00:00:00.000Z', expiresAt: '2024-06-08T00:00:00.000Z' });
      for (const [id, user] of [['1', a.id], ['2', a.id], ['3', a.id], ['4', b.id]] as const) await ctx.store().createSession(session(id, user));
      await ctx.store().deleteUserSessions(a.id, '2'.repeat(64));
      expect(await Promise.all(['1', '2', '3', '4'].map(async (id) => Boolean(await ctx.store().getSession(id.repeat(64)))))).toEqual([false, true, false, true]);
      await ctx.store().deleteUserSessions(a.id);
      expect(await ctx.store().getSession('2'.repeat(64))).toBeUndefined();
      expect(await ctx.store().getSession('4'.repeat(64))).toBeDefined();
    });
  });
}
