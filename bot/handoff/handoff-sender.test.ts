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
  it('takes the registered channels', () => {
    expect(() => new ChannelHandoffSender({ store, logger: silentLogger, channels: new Map([['zalo', { deliver }], ['messenger', { deliver }]]) })).not.toThrow();
  });
});
