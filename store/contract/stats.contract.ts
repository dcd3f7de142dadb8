import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { seedTurns, TURNS } from './turn-fixtures.js';

export function statsContract(ctx: ContractContext): void {
  describe('dashboard figures', () => {
    it('dailyStats gives one entry per Vietnam day (UTC+7) of the range, empty days as zeros', async () => {
      await seedTurns(ctx.store());
      // t4 was logged at 23:59:59.999 UTC on 3 March: 06:59 on 4 March in Vietnam.
      const zero = { total: 0, byStatus: {}, feedbackUp: 0, feedbackDown: 0, curatedHits: 0, p95TotalMs: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };
      expect(await ctx.store().dailyStats('2024-03-01T00:00:00.000Z', '2024-03-04T23:59:59.999Z')).toEqual([
        { day: '2024-03-01', total: 2, byStatus: { answered: 1, no_answer: 1 }, feedbackUp: 1, feedbackDown: 1, curatedHits: 0, p95TotalMs: 200, promptTokens: 0, completionTokens: 0, costUsd: 0 },
        { day: '2024-03-02', total: 1, byStatus: { curated: 1 }, feedbackUp: 0, feedbackDown: 0, curatedHits: 1, p95TotalMs: 300, promptTokens: 0, completionTokens: 0, costUsd: 0 },
        { day: '2024-03-03', ...zero },
        { day: '2024-03-04', total: 1, byStatus: { answered: 1 }, feedbackUp: 1, feedbackDown: 0, curatedHits: 0, p95TotalMs: 50, promptTokens: 0, completionTokens: 0, costUsd: 0 },
        { day: '2024-03-05', ...zero },
      ]);
    });

    it('dailyStats over one Vietnam day: 00:00–23:59 in Hà Nội is 17:00 UTC the day before to 16:59', async () => {
      await seedTurns(ctx.store());
      expect(await ctx.store().dailyStats('2024-03-03T17:00:00.000Z', '2024-03-04T16:59:59.999Z')).toEqual([
        { day: '2024-03-04', total: 1, byStatus: { answered: 1 }, feedbackUp: 1, feedbackDown: 0, curatedHits: 0, p95TotalMs: 50, promptTokens: 0, completionTokens: 0, costUsd: 0 },
      ]);
    });

    it('dailyStats bounds are instants: a range ending mid-day leaves later turns of that day out', async () => {
      await seedTurns(ctx.store());
      const [day] = await ctx.store().dailyStats('2024-03-01T00:00:00.000Z', '2024-03-01T08:30:00.000Z');
      expect(day).toMatchObject({ day: '2024-03-01', total: 1, byStatus: { answered: 1 }, p95TotalMs: 100 });
    });

    it('sums tokens and estimated cost of generated answers per day, and returns a turn\'s usage', async () => {
      const usage = [{ promptTokens: 1200, completionTokens: 150, costUsd: 0.0003 }, { promptTokens: 800, completionTokens: 50 }];
      await ctx.store().appendTurn({ ...TURNS[0]!, turnId: 'g1', createdAt: '2024-06-01T10:00:00.000Z', model: 'gpt-4o-mini', usage: usage[0] });
      await ctx.store().appendTurn({ ...TURNS[0]!, turnId: 'g2', createdAt: '2024-06-01T11:00:00.000Z', model: 'gpt-4o-mini', usage: usage[1] });
      await ctx.store().appendTurn({ ...TURNS[0]!, turnId: 'x1', createdAt: '2024-06-01T12:00:00.000Z' });
      const [day] = await ctx.store().dailyStats('2024-06-01T00:00:00.000Z', '2024-06-01T23:59:59.999Z');
      expect(day).toMatchObject({ total: 3, promptTokens: 2000, completionTokens: 200 });
      expect(day!.costUsd).toBeCloseTo(0.0003, 10);
      expect((await ctx.store().getTurn('g1'))?.usage).toEqual(usage[0]);
      expect((await ctx.store().getTurn('x1'))?.usage).toBeUndefined();
    });

    it('p95 of totalMs is the nearest-rank value', async () => {
      // 21 turns with totalMs 1..21 in shuffled order: rank ceil(0.95 × 21) = 20.
      const order = [7, 21, 3, 15, 1, 12, 19, 5, 20, 9, 2, 17, 11, 4, 14, 8, 18, 6, 13, 10, 16];
      for (const [i, ms] of order.entries()) {
        await ctx.store().appendTurn({ ...TURNS[0]!, turnId: `p${i}`, createdAt: `2024-05-01T10:00:${String(i).padStart(2, '0')}.000Z`, timings: { totalMs: ms } });
      }
      const [day] = await ctx.store().dailyStats('2024-05-01T00:00:00.000Z', '2024-05-01T23:59:59.999Z');
      expect(day).toMatchObject({ total: 21, p95TotalMs: 20 });
    });

    it('statusByChannel counts turns per channel and status in the range', async () => {
      await seedTurns(ctx.store());
      expect(await ctx.store().statusByChannel('2024-03-01T00:00:00.000Z', '2024-03-02T23:59:59.999Z')).toEqual([
        { channel: 'webchat', status: 'no_answer', count: 1 }, { channel: 'zalo', status: 'answered', count: 1 }, { channel: 'zalo', status: 'curated', count: 1 }]);
      expect(await ctx.store().statusByChannel('2023-01-01T00:00:00.000Z', '2023-12-31T00:00:00.000Z')).toEqual([]);
    });

    it.each([
      ['whole range', '2024-03-01T00:00:00.000Z', '2024-03-31T00:00:00.000Z', 10, [{ articleId: 'a2', count: 3 }, { articleId: 'a1', count: 2 }, { articleId: 'a3', count: 1 }]],
      ['limit', '2024-03-01T00:00:00.000Z', '2024-03-31T00:00:00.000Z', 2, [{ articleId: 'a2', count: 3 }, { articleId: 'a1', count: 2 }]],
      ['a turn citing two paragraphs of one article counts once', '2024-03-01T00:00:00.000Z', '2024-03-01T23:59:59.999Z', 10, [{ articleId: 'a1', count: 1 }]],
      ['ties by article id', '2024-03-01T00:00:00.000Z', '2024-03-02T23:59:59.999Z', 10, [{ articleId: 'a1', count: 1 }, { articleId: 'a2', count: 1 }]],
      ['a narrower range', '2024-03-02T00:00:00.000Z', '2024-03-03T23:59:59.999Z', 10, [{ articleId: 'a2', count: 2 }, { articleId: 'a1', count: 1 }]],
      ['empty range', '2023-01-01T00:00:00.000Z', '2023-12-31T00:00:00.000Z', 10, []],
    ])('topCitedArticles: %s', async (_what, from, to, limit, expected) => {
      await seedTurns(ctx.store());
      expect(await ctx.store().topCitedArticles(from, to, limit)).toEqual(expected);
    });
  });
}
