import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';

export function auditContract(ctx: ContractContext): void {
  describe('audit log', () => {
    it('appendAudit stamps the store clock and a rising seq; listAudit is newest first, same-millisecond entries by seq', async () => {
      ctx.setNow('2024-06-02T01:00:00.000Z');
      const first = await ctx.store().appendAudit({ actor: 'quantri', action: 'user.create', target: 'tnv', detail: 'vai trò: volunteer' });
      expect(first).toEqual({ seq: first.seq, at: '2024-06-02T01:00:00.000Z', actor: 'quantri', action: 'user.create', target: 'tnv', detail: 'vai trò: volunteer' });
      const second = await ctx.store().appendAudit({ actor: 'quantri', action: 'user.disable', target: 'tnv' });
      expect(second.seq).toBeGreaterThan(first.seq);
      expect(second.detail).toBe('');
      ctx.setNow('2024-06-03T01:00:00.000Z');
      await ctx.store().appendAudit({ actor: 'tnv2', action: 'turn.correct', target: 't1' });
      const all = await ctx.store().listAudit({});
      expect(all.total).toBe(3);
      expect(all.items.map((e) => e.action)).toEqual(['turn.correct', 'user.disable', 'user.create']);
    });

    it.each([
      ['actor', { actor: 'quantri' }, ['user.disable', 'user.create'], 2],
      ['action', { action: 'turn.correct' }, ['turn.correct'], 1],
      ['from', { from: '2024-06-03T00:00:00.000Z' }, ['turn.correct'], 1],
      ['to (inclusive)', { to: '2024-06-02T01:00:00.000Z' }, ['user.disable', 'user.create'], 2],
      ['paging', { limit: 1, offset: 1 }, ['user.disable'], 3],
    ])('listAudit filters by %s', async (_what, filter, actions, total) => {
      ctx.setNow('2024-06-02T01:00:00.000Z');
      await ctx.store().appendAudit({ actor: 'quantri', action: 'user.create', target: 'tnv' });
      await ctx.store().appendAudit({ actor: 'quantri', action: 'user.disable', target: 'tnv' });
      ctx.setNow('2024-06-03T01:00:00.000Z');
      await ctx.store().appendAudit({ actor: 'tnv2', action: 'turn.correct', target: 't1' });
      const page = await ctx.store().listAudit(filter);
      expect(page.items.map((e) => e.action)).toEqual(actions);
      expect(page.total).toBe(total);
    });
  });
}
