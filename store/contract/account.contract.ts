import { describe, expect, it } from 'vitest';
import { DuplicateUsernameError } from '../store-errors.js';
import type { ContractContext } from './contract-context.js';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';

export function accountContract(ctx: ContractContext): void {
  describe('users and sessions', () => {
    it('createUser, then find by username and id; countUsers counts', async () => {
      ctx.setNow('2024-06-02T00:00:00.000Z');
      expect(await ctx.store().countUsers()).toBe(0);
      const admin = await ctx.store().createUser({ username: 'quản_trị', role: 'admin', passwordHash: HASH });
      expect(admin).toEqual({ id: admin.id, username: 'quản_trị', role: 'admin', passwordHash: HASH, createdAt: '2024-06-02T00:00:00.000Z' });
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
  });
}
