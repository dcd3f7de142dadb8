import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { WebchatAdapter } from './webchat-adapter.js';

const incoming = (text: string): Partial<Activity> => ({
  type: ActivityTypes.Message, text, channelId: 'webchat', from: { id: 'u', name: 'user' }, recipient: { id: 'bot', name: 'bot' },
  conversation: { id: text, name: 'webchat', isGroup: false, conversationType: 'personal' },
});

describe('WebchatAdapter', () => {
  it('returns the messages a turn sent, in order, with ids', async () => {
    const adapter = new WebchatAdapter();
    const sent = await adapter.processActivity(incoming('hi'), async (ctx: TurnContext) => {
      const [first] = await ctx.sendActivities([{ type: 'typing' }, { type: 'message', text: 'một' }]);
      expect(first?.id).toBeTruthy();
      await ctx.sendActivity('hai');
    });
    expect(sent.map((a) => a.text)).toEqual(['một', 'hai']);
    expect(sent.every((a) => typeof a.id === 'string')).toBe(true);
  });

  it('keeps concurrent turns apart', async () => {
    const adapter = new WebchatAdapter();
    const turn = (text: string, ms: number) => adapter.processActivity(incoming(text), async (ctx) => {
      await new Promise((r) => setTimeout(r, ms));
      await ctx.sendActivity(`re: ${ctx.activity.text}`);
    });
    const [a, b] = await Promise.all([turn('a', 20), turn('b', 1)]);
    expect(a.map((x) => x.text)).toEqual(['re: a']);
    expect(b.map((x) => x.text)).toEqual(['re: b']);
  });

  it('rejects updates and deletes, and passes a bot error to the caller', async () => {
    const adapter = new WebchatAdapter();
    await expect(adapter.processActivity(incoming('x'), (ctx) => ctx.updateActivity({ id: '1' }).then(() => undefined))).rejects.toThrow(/not supported/);
    await expect(adapter.processActivity(incoming('x'), (ctx) => ctx.deleteActivity('1'))).rejects.toThrow(/not supported/);
    await expect(adapter.processActivity(incoming('x'), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
