import { describe, expect, it } from 'vitest';
import type { NewCuratedAnswer } from '../../core/ports/log-store.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import type { ContractContext } from './contract-context.js';
import { TURNS } from './turn-fixtures.js';

const ANSWER: NewCuratedAnswer = {
  question: 'Đăng ký chữ ký số thế nào?',
  answer: 'Nộp hồ sơ trực tuyến tại Cổng dịch vụ công quốc gia.',
  citations: [{ paragraphId: 'a1#1', articleId: 'a1' }, { paragraphId: 'a2#4', articleId: 'a2' }],
  articleHashes: { a1: 'h1', a2: 'h2' },
  createdBy: 'admin',
};

export function curatedContract(ctx: ContractContext): void {
  describe('curated answers', () => {
    it('createCurated stores an active answer with no hits, readable by id and in the list', async () => {
      ctx.setNow('2024-06-02T08:00:00.000Z');
      const created = await ctx.store().createCurated(ANSWER);
      expect(created).toEqual({ ...ANSWER, id: created.id, status: 'active', hits: 0, createdAt: '2024-06-02T08:00:00.000Z', updatedAt: '2024-06-02T08:00:00.000Z' });
      expect(await ctx.store().getCurated(created.id)).toEqual(created);
      expect(await ctx.store().listCurated()).toEqual([created]);
      expect(await ctx.store().getCurated('missing')).toBeUndefined();
    });

    it('created from a turn: links the turn and remembers it as the source', async () => {
      await ctx.store().appendTurn(TURNS[0]!);
      const created = await ctx.store().createCurated(ANSWER, 't1');
      expect(created.sourceTurnId).toBe('t1');
      expect((await ctx.store().getTurn('t1'))!.curatedId).toBe(created.id);
      expect((await ctx.store().listTurns({ hasCorrection: true })).items.map((t) => t.turnId)).toEqual(['t1']);
    });

    it('created from an unknown turn: rejected, and nothing is stored', async () => {
      await expect(ctx.store().createCurated(ANSWER, 'missing')).rejects.toBeInstanceOf(StoreNotFoundError);
      expect(await ctx.store().listCurated()).toEqual([]);
    });

    it('listCurated is newest first', async () => {
      ctx.setNow('2024-06-02T08:00:00.000Z');
      const older = await ctx.store().createCurated(ANSWER);
      ctx.setNow('2024-06-03T08:00:00.000Z');
      const newer = await ctx.store().createCurated({ ...ANSWER, question: 'Khác' });
      expect((await ctx.store().listCurated()).map((c) => c.id)).toEqual([newer.id, older.id]);
    });

    it('updateCurated changes only the fields given and stamps updatedAt', async () => {
      const created = await ctx.store().createCurated(ANSWER);
      ctx.setNow('2024-06-05T00:00:00.000Z');
      await ctx.store().updateCurated(created.id, { status: 'needs_review' });
      expect(await ctx.store().getCurated(created.id)).toEqual({ ...created, status: 'needs_review', updatedAt: '2024-06-05T00:00:00.000Z' });
      await ctx.store().updateCurated(created.id, { answer: 'Mới', question: 'Hỏi mới', status: 'active', articleHashes: { a1: 'h1b' } });
      expect(await ctx.store().getCurated(created.id)).toMatchObject({ answer: 'Mới', question: 'Hỏi mới', status: 'active', articleHashes: { a1: 'h1b' } });
      await expect(ctx.store().updateCurated('missing', { status: 'active' })).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('recordCuratedHit counts, and ignores an unknown id', async () => {
      const created = await ctx.store().createCurated(ANSWER);
      await ctx.store().recordCuratedHit(created.id);
      await ctx.store().recordCuratedHit(created.id);
      await ctx.store().recordCuratedHit('missing');
      expect((await ctx.store().getCurated(created.id))!.hits).toBe(2);
    });
  });
}
