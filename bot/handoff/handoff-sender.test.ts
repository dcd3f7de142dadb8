import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger.js';
import { ChannelHandoffSender } from './handoff-sender.js';

const store = { getHandoff: async () => undefined, addHandoffReply: async () => undefined, setHandoffStatus: async () => undefined };
const deliver = async () => ({ delivered: true as const });

describe('ChannelHandoffSender', () => {
  it('refuses at start a channel the registry does not know, instead of sending through another', () => {
    expect(() => new ChannelHandoffSender({ store, logger: silentLogger, channels: new Map([['fax', { deliver }]]) })).toThrow(/"fax" is not a registered channel/);
    // An alias names log rows, not a channel that sends.
    expect(() => new ChannelHandoffSender({ store, logger: silentLogger, channels: new Map([['msteams', { deliver }]]) })).toThrow(/registered/);
  });
  it('sends nothing to a conversation a volunteer closed, and leaves it closed', async () => {
    const handoff = { id: 'h1', channel: 'webchat', conversationId: 'c', address: '{"conversation":{"id":"w1"}}', status: 'closed' as const,
      question: 'q', lastInteractionAt: new Date().toISOString(), createdAt: '', updatedAt: '' };
    const sent: string[] = [];
    const statuses: string[] = [];
    const recorded: unknown[] = [];
    const sender = new ChannelHandoffSender({ logger: silentLogger, channels: new Map([['webchat', { deliver: async (_a: string, text: string) => {
      sent.push(text);
      return { delivered: true as const };
    } }]]), store: { getHandoff: async () => handoff, addHandoffReply: async (_id: string, reply: unknown) => void recorded.push(reply),
      setHandoffStatus: async (_id: string, status: string) => void statuses.push(status) } as never });
    expect(await sender.reply('h1', 'Chào bạn', 'tnv')).toEqual({ delivered: false, error: expect.stringContaining('đã đóng') });
    expect(sent).toEqual([]);
    expect(statuses).toEqual([]);
    // Recorded with why, as a failed send is: the inbox shows it.
    expect(recorded).toEqual([expect.objectContaining({ text: 'Chào bạn', by: 'tnv', delivered: false, error: expect.stringContaining('đã đóng') })]);
  });
  it('takes the registered channels', () => {
    expect(() => new ChannelHandoffSender({ store, logger: silentLogger, channels: new Map([['zalo', { deliver }], ['messenger', { deliver }]]) })).not.toThrow();
  });
});
