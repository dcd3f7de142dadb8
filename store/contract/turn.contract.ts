import { describe, expect, it } from 'vitest';
import type { TurnFilter } from '../../core/ports/log-store.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import type { ContractContext } from './contract-context.js';
import { seedTurns, TURNS } from './turn-fixtures.js';

const ALL = ['t5', 't4', 't3', 't2', 't1'];
const except = (...ids: string[]): string[] => ALL.filter((id) => !ids.includes(id));

/** [what, filter, turn ids expected newest first]; total is the full match count. */
const FILTERS: [string, TurnFilter, string[]][] = [
  ['no filter', {}, ALL],
  ['from is inclusive', { from: '2024-03-01T09:00:00.000Z' }, ['t5', 't4', 't3', 't2']],
  ['to is inclusive', { to: '2024-03-01T09:00:00.000Z' }, ['t2', 't1']],
  ['from and to, to at the last millisecond', { from: '2024-03-02T00:00:00.000Z', to: '2024-03-03T23:59:59.999Z' }, ['t4', 't3']],
  ['from and to without milliseconds', { from: '2024-03-01T08:00:00Z', to: '2024-03-01T08:00:00Z' }, ['t1']],
  ['channel', { channel: 'zalo' }, ['t3', 't1']],
  ['status', { status: 'answered' }, ['t5', 't4', 't1']],
  ["status 'curated'", { status: 'curated' }, ['t3']],
  ['feedback up', { feedback: 'up' }, ['t4', 't1']],
  ['feedback down', { feedback: 'down' }, ['t2']],
  ['feedback none', { feedback: 'none' }, ['t5', 't3']],
  ['reviewed', { reviewed: true }, ['t2']],
  ['not reviewed', { reviewed: false }, except('t2')],
  ['has a correction', { hasCorrection: true }, ['t2']],
  ['has no correction', { hasCorrection: false }, except('t2')],
  ['q: Vietnamese, other case', { q: 'chữ ký' }, ['t3', 't1']],
  ['q: Vietnamese, upper case', { q: 'CHỮ KÝ SỐ' }, ['t1']],
  ['q: decomposed (NFD) input', { q: 'chữ ký'.normalize('NFD') }, ['t3', 't1']],
  ['q: only in the rewrite', { q: 'điện tử' }, ['t3']],
  ['q: only in the answer', { q: 'chưa có' }, ['t2']],
  ['q: surrounding spaces ignored', { q: '  toàn trình  ' }, ['t4']],
  ['q: % is literal', { q: '%' }, ['t4']],
  ['q: _ is literal', { q: '_' }, ['t4']],
  ['q: 100% is literal', { q: '0% t' }, ['t4']],
  ['q: no match', { q: 'hộ chiếu' }, []],
  ['articleId', { articleId: 'a1' }, ['t4', 't1']],
  ['articleId cited with others', { articleId: 'a3' }, ['t5']],
  ['articleId is exact, not a prefix', { articleId: 'a' }, []],
  ['channel and feedback none', { channel: 'zalo', feedback: 'none' }, ['t3']],
  ['status, q and articleId', { status: 'answered', q: 'chữ ký', articleId: 'a1' }, ['t1']],
];

export function turnContract(ctx: ContractContext): void {
  describe('turns', () => {
    it.each(FILTERS)('listTurns filter: %s', async (_what, filter, expected) => {
      await seedTurns(ctx.store());
      const page = await ctx.store().listTurns(filter);
      expect(page.items.map((t) => t.turnId)).toEqual(expected);
      expect(page.total).toBe(expected.length);
    });

    it.each<[TurnFilter, string[], number]>([
      [{ limit: 2 }, ['t5', 't4'], 5],
      [{ limit: 2, offset: 2 }, ['t3', 't2'], 5],
      [{ limit: 2, offset: 4 }, ['t1'], 5],
      [{ offset: 10 }, [], 5],
      [{ limit: 0 }, ['t5'], 5],
      [{ limit: 2, feedback: 'up', offset: 1 }, ['t1'], 2],
    ])('pagination %j keeps the total of the whole filter', async (filter, expected, total) => {
      await seedTurns(ctx.store());
      const page = await ctx.store().listTurns(filter);
      expect(page.items.map((t) => t.turnId)).toEqual(expected);
      expect(page.total).toBe(total);
    });

    it('limit defaults to 50 and is capped at 500', async () => {
      const t = TURNS[0]!;
      for (let i = 0; i < 501; i++) {
        await ctx.store().appendTurn({ ...t, turnId: `n${String(i).padStart(3, '0')}`, createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString() });
      }
      expect((await ctx.store().listTurns({})).items).toHaveLength(50);
      const page = await ctx.store().listTurns({ limit: 10_000 });
      expect(page.items).toHaveLength(500);
      expect(page.total).toBe(501);
      expect(page.items[0]!.turnId).toBe('n500');
    });

    it('getTurn returns the record as logged, with feedback, review and correction', async () => {
      ctx.setNow('2024-04-01T12:00:00.000Z');
      const { curatedId } = await seedTurns(ctx.store());
      expect(await ctx.store().getTurn('t3')).toEqual(TURNS[2]);
      expect(await ctx.store().getTurn('t1')).toEqual({ ...TURNS[0], feedback: 'up' });
      expect(await ctx.store().getTurn('t2')).toEqual({
        ...TURNS[1], feedback: 'down', curatedId,
        review: { verdict: 'bad', note: 'ngoài phạm vi', by: 'reviewer', at: '2024-04-01T12:00:00.000Z' },
      });
      expect(await ctx.store().getTurn('missing')).toBeUndefined();
    });

    it('createdAt comes back in one ISO form whatever form it went in', async () => {
      await ctx.store().appendTurn({ ...TURNS[0]!, createdAt: '2024-03-01T15:00:00+07:00' });
      expect((await ctx.store().getTurn('t1'))!.createdAt).toBe('2024-03-01T08:00:00.000Z');
    });

    it('a second review replaces the first; a review without note has none', async () => {
      await seedTurns(ctx.store());
      ctx.setNow('2024-04-02T00:00:00.000Z');
      await ctx.store().reviewTurn('t2', { verdict: 'good', by: 'admin' });
      expect((await ctx.store().getTurn('t2'))!.review).toEqual({ verdict: 'good', by: 'admin', at: '2024-04-02T00:00:00.000Z' });
    });

    it('feedback can change and is ignored for an unknown turn; review of an unknown turn is an error', async () => {
      await seedTurns(ctx.store());
      await ctx.store().setFeedback('t1', 'down');
      expect((await ctx.store().getTurn('t1'))!.feedback).toBe('down');
      await expect(ctx.store().setFeedback('missing', 'up')).resolves.toBeUndefined();
      await expect(ctx.store().reviewTurn('missing', { verdict: 'good', by: 'x' })).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('conversation returns its turns oldest first', async () => {
      await seedTurns(ctx.store());
      expect((await ctx.store().conversation('c1')).map((t) => t.turnId)).toEqual(['t1', 't2']);
      expect(await ctx.store().conversation('nobody')).toEqual([]);
    });

    it('a duplicate turn id is rejected', async () => {
      await ctx.store().appendTurn(TURNS[0]!);
      await expect(ctx.store().appendTurn(TURNS[0]!)).rejects.toThrow();
    });

    it('purgeBefore deletes older turns only and counts them', async () => {
      await seedTurns(ctx.store());
      expect(await ctx.store().purgeBefore('2024-03-02T10:00:00.000Z')).toBe(2);
      expect((await ctx.store().listTurns({})).items.map((t) => t.turnId)).toEqual(['t5', 't4', 't3']);
      expect(await ctx.store().purgeBefore('2024-03-02T10:00:00.000Z')).toBe(0);
    });
  });
}
