import { describe, expect, it } from 'vitest';
import { StoreNotFoundError } from '../../core/store-errors.js';
import type { ContractContext } from './contract-context.js';

const FIRST = { channel: 'zalo', conversationId: 'conv-1', address: 'zalo-user-1', question: 'Tôi cần gặp cán bộ', at: '2024-06-01T01:00:00.000Z' };

export function handoffContract(ctx: ContractContext): void {
  describe('handoffs', () => {
    it('openHandoff creates an open handoff with no replies', async () => {
      const h = await ctx.store().openHandoff(FIRST);
      expect(h).toEqual({
        id: h.id, channel: 'zalo', conversationId: 'conv-1', address: 'zalo-user-1', status: 'open', question: 'Tôi cần gặp cán bộ',
        lastInteractionAt: FIRST.at, createdAt: FIRST.at, updatedAt: FIRST.at, replies: [],
      });
      expect(await ctx.store().getHandoff(h.id)).toEqual(h);
      expect(await ctx.store().getHandoff('missing')).toBeUndefined();
    });

    it('one per conversation: opening again re-opens and refreshes the same handoff', async () => {
      const first = await ctx.store().openHandoff(FIRST);
      await ctx.store().setHandoffStatus(first.id, 'closed');
      const again = await ctx.store().openHandoff({ ...FIRST, address: 'zalo-user-1b', question: 'Vẫn chưa được', at: '2024-06-03T00:00:00.000Z' });
      expect(again).toMatchObject({ id: first.id, status: 'open', address: 'zalo-user-1b', question: 'Vẫn chưa được',
        lastInteractionAt: '2024-06-03T00:00:00.000Z', createdAt: FIRST.at });
      expect(await ctx.store().listHandoffs()).toHaveLength(1);
    });

    it('listHandoffs filters by status, most recent interaction first, with their replies', async () => {
      const a = await ctx.store().openHandoff(FIRST);
      const b = await ctx.store().openHandoff({ ...FIRST, conversationId: 'conv-2', at: '2024-06-02T00:00:00.000Z' });
      const c = await ctx.store().openHandoff({ ...FIRST, conversationId: 'conv-3', channel: 'webchat', at: '2024-06-01T12:00:00.000Z' });
      await ctx.store().setHandoffStatus(c.id, 'answered');
      await ctx.store().addHandoffReply(c.id, { text: 'Chào bạn', by: 'tnv', at: '2024-06-01T13:00:00.000Z', delivered: true });
      expect((await ctx.store().listHandoffs()).map((h) => h.id)).toEqual([b.id, c.id, a.id]);
      expect((await ctx.store().listHandoffs('open')).map((h) => h.id)).toEqual([b.id, a.id]);
      const answered = await ctx.store().listHandoffs('answered');
      expect(answered.map((h) => [h.id, h.replies.length])).toEqual([[c.id, 1]]);
      expect(await ctx.store().listHandoffs('closed')).toEqual([]);
    });

    it('touchHandoff refreshes the window of that conversation only, and ignores unknown ones', async () => {
      const h = await ctx.store().openHandoff(FIRST);
      const other = await ctx.store().openHandoff({ ...FIRST, conversationId: 'conv-2' });
      await ctx.store().touchHandoff('conv-1', '2024-06-04T05:00:00.000Z');
      await expect(ctx.store().touchHandoff('nobody', '2024-06-04T05:00:00.000Z')).resolves.toBeUndefined();
      expect((await ctx.store().getHandoff(h.id))!.lastInteractionAt).toBe('2024-06-04T05:00:00.000Z');
      expect((await ctx.store().getHandoff(other.id))!.lastInteractionAt).toBe(FIRST.at);
    });

    it('replies are kept in order, with delivery and error', async () => {
      const h = await ctx.store().openHandoff(FIRST);
      await ctx.store().addHandoffReply(h.id, { text: 'Một', by: 'tnv', at: '2024-06-01T02:00:00.000Z', delivered: true });
      await ctx.store().addHandoffReply(h.id, { text: 'Hai', by: 'admin', at: '2024-06-01T03:00:00.000Z', delivered: false, error: 'outside window' });
      const got = await ctx.store().getHandoff(h.id);
      expect(got!.replies).toEqual([
        { text: 'Một', by: 'tnv', at: '2024-06-01T02:00:00.000Z', delivered: true },
        { text: 'Hai', by: 'admin', at: '2024-06-01T03:00:00.000Z', delivered: false, error: 'outside window' },
      ]);
      expect(got!.updatedAt).toBe('2024-06-01T03:00:00.000Z');
      await expect(ctx.store().addHandoffReply('missing', { text: 'x', by: 'y', at: FIRST.at, delivered: true })).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('deliveredReplies: the delivered replies of that conversation on that channel, numbered in the order sent', async () => {
      const web = await ctx.store().openHandoff({ ...FIRST, channel: 'webchat', conversationId: 'web-1' });
      const zalo = await ctx.store().openHandoff(FIRST);
      await ctx.store().addHandoffReply(web.id, { text: 'Một', by: 'tnv', at: '2024-06-01T02:00:00.000Z', delivered: true });
      await ctx.store().addHandoffReply(web.id, { text: 'Không gửi được', by: 'tnv', at: '2024-06-01T02:30:00.000Z', delivered: false, error: 'x' });
      // Numbered by when it was recorded, not by its clock.
      await ctx.store().addHandoffReply(web.id, { text: 'Ba', by: 'admin', at: '2024-06-01T01:00:00.000Z', delivered: true });
      await ctx.store().addHandoffReply(zalo.id, { text: 'Zalo', by: 'tnv', at: '2024-06-01T04:00:00.000Z', delivered: true });
      const replies = (conversationId: string, channel = 'webchat') => ctx.store().deliveredReplies({ channel, conversationId });
      expect(await replies('web-1')).toEqual([{ seq: 1, text: 'Một' }, { seq: 3, text: 'Ba' }]);
      // Another channel's conversation is not readable through this one.
      expect(await replies('conv-1')).toEqual([]);
      expect(await replies('conv-1', 'zalo')).toEqual([{ seq: 1, text: 'Zalo' }]);
      expect(await replies('nobody')).toEqual([]);
    });

    it('setHandoffStatus changes status and stamps updatedAt; unknown id is an error', async () => {
      const h = await ctx.store().openHandoff(FIRST);
      ctx.setNow('2024-06-05T00:00:00.000Z');
      await ctx.store().setHandoffStatus(h.id, 'answered');
      expect(await ctx.store().getHandoff(h.id)).toMatchObject({ status: 'answered', updatedAt: '2024-06-05T00:00:00.000Z' });
      await expect(ctx.store().setHandoffStatus('missing', 'closed')).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('purgeBefore deletes every handoff untouched since the cutoff, open or closed, and keeps the ones touched after it', async () => {
      const oldClosed = await ctx.store().openHandoff(FIRST);
      const oldOpen = await ctx.store().openHandoff({ ...FIRST, conversationId: 'conv-2' });
      const newClosed = await ctx.store().openHandoff({ ...FIRST, conversationId: 'conv-3' });
      const touched = await ctx.store().openHandoff({ ...FIRST, conversationId: 'conv-4' });
      await ctx.store().addHandoffReply(oldClosed.id, { text: 'Xong', by: 'tnv', at: '2024-06-01T02:00:00.000Z', delivered: true });
      ctx.setNow('2024-06-01T05:00:00.000Z');
      await ctx.store().setHandoffStatus(oldClosed.id, 'closed');
      ctx.setNow('2024-07-01T00:00:00.000Z');
      await ctx.store().setHandoffStatus(newClosed.id, 'closed');
      await ctx.store().touchHandoff('conv-4', '2024-06-20T00:00:00.000Z');
      expect(await ctx.store().purgeBefore('2024-06-15T00:00:00.000Z')).toBe(0);
      expect((await ctx.store().listHandoffs()).map((h) => h.id).sort()).toEqual([newClosed.id, touched.id].sort());
      expect(await ctx.store().getHandoff(oldClosed.id)).toBeUndefined();
      expect(await ctx.store().getHandoff(oldOpen.id)).toBeUndefined();
    });

    it('assignHandoff: a claim wins only when free or already the claimer\'s; an assignment overrides; null releases', async () => {
      const h = await ctx.store().openHandoff(FIRST);
      ctx.setNow('2024-06-01T02:00:00.000Z');
      expect(await ctx.store().assignHandoff(h.id, { to: 'lan', onlyIfFreeOr: 'lan' })).toMatchObject({ assignee: 'lan', assignedAt: '2024-06-01T02:00:00.000Z' });
      ctx.setNow('2024-06-01T03:00:00.000Z');
      expect(await ctx.store().assignHandoff(h.id, { to: 'minh', onlyIfFreeOr: 'minh' })).toMatchObject({ assignee: 'lan', assignedAt: '2024-06-01T02:00:00.000Z' });
      expect(await ctx.store().assignHandoff(h.id, { to: 'lan', onlyIfFreeOr: 'lan' })).toMatchObject({ assignee: 'lan', assignedAt: '2024-06-01T02:00:00.000Z' });
      expect(await ctx.store().assignHandoff(h.id, { to: 'minh' })).toMatchObject({ assignee: 'minh', assignedAt: '2024-06-01T03:00:00.000Z' });
      const released = await ctx.store().assignHandoff(h.id, { to: null });
      expect(released.assignee).toBeUndefined();
      expect(released.assignedAt).toBeUndefined();
      expect((await ctx.store().listHandoffs())[0]!.assignee).toBeUndefined();
      await expect(ctx.store().assignHandoff('missing', { to: 'lan' })).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('assignHandoff: of two volunteers claiming at once, exactly one holds it', async () => {
      const h = await ctx.store().openHandoff(FIRST);
      const [a, b] = await Promise.all(['lan', 'minh'].map((who) => ctx.store().assignHandoff(h.id, { to: who, onlyIfFreeOr: who })));
      expect(a!.assignee).toBe(b!.assignee);
      expect((await ctx.store().getHandoff(h.id))!.assignee).toBe(a!.assignee);
    });
  });
}
