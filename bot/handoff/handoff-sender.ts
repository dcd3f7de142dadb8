import type { HandoffSender, ReplyWindow } from '../../core/ports/admin.js';
import { volunteerReplyText } from '../../prompts/conversation.js';
import type { Handoff, LogStore } from '../../core/ports/log-store.js';
import type { Delivery, OpenChannel } from '../channels/channel.js';
import { channelNamed } from '../channels/registry.js';
import type { Logger } from '../../core/logger.js';
import { replyWindow } from './reply-window.js';

export interface ChannelHandoffSenderOptions {
  readonly store: Pick<LogStore, 'getHandoff' | 'addHandoffReply' | 'setHandoffStatus'>;
  /** The channels this server runs, by name (registry.ts): a volunteer's reply goes out through its channel's `deliver`. */
  readonly channels: ReadonlyMap<string, Pick<OpenChannel, 'deliver'>>;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/** Sends inbox replies on the resident's own channel, inside that channel's window, and records each attempt. */
export class ChannelHandoffSender implements HandoffSender {
  constructor(private readonly o: ChannelHandoffSenderOptions) {
    // A channel the registry does not know would have no window and no name: refuse at start, not at the first reply.
    for (const name of o.channels.keys()) {
      if (channelNamed(name)?.name !== name) throw new Error(`handoff: "${name}" is not a registered channel (bot/channels/registry.ts)`);
    }
  }

  window(handoff: Handoff): ReplyWindow {
    return replyWindow(handoff.channel, handoff.lastInteractionAt, this.now());
  }

  async reply(handoffId: string, text: string, by: string): Promise<{ delivered: boolean; error?: string }> {
    const handoff = await this.o.store.getHandoff(handoffId);
    if (!handoff) return { delivered: false, error: 'Không tìm thấy cuộc trò chuyện này.' };
    const body = text.trim();
    if (!body) return { delivered: false, error: 'Câu trả lời đang trống.' };
    // Closed by a volunteer: a reply would reopen it behind the inbox's back (the page no longer offers the form). The
    // attempt is recorded with why, as a failed send is, so the inbox can show it.
    const outcome: Delivery = handoff.status === 'closed'
      ? { delivered: false, error: 'Cuộc trò chuyện này đã đóng; người dân cần nhắn lại để mở lại.' }
      : await this.send(handoff, volunteerReplyText(body));
    await this.o.store.addHandoffReply(handoffId, { text: body, by, at: this.now().toISOString(), ...outcome });
    if (outcome.delivered) await this.o.store.setHandoffStatus(handoffId, 'answered');
    return outcome;
  }

  private async send(handoff: Handoff, text: string): Promise<Delivery> {
    const channel = channelNamed(handoff.channel);
    // Opened before handoffs were keyed by the endpoint, under a channelId the activity only claimed: its address
    // (serviceUrl) was never verified, so nothing is sent there.
    if (channel?.name !== handoff.channel) return { delivered: false, error: 'Không gửi được: địa chỉ của cuộc trò chuyện này chưa được xác minh.' };
    const open = this.o.channels.get(channel.name);
    if (!open) return { delivered: false, error: `Kênh ${channel.displayName} chưa được bật trên máy chủ này.` };
    const window = this.window(handoff);
    if (window.kind === 'closed') {
      return { delivered: false, error: `Đã quá 7 ngày kể từ tin nhắn cuối của người dân: ${channel.displayName} không cho gửi tin tư vấn.` };
    }
    try {
      JSON.parse(handoff.address);
    } catch {
      return { delivered: false, error: 'Không đọc được địa chỉ cuộc trò chuyện.' };
    }
    try {
      return await open.deliver(handoff.address, text, window);
    } catch (err) {
      this.o.logger.error('handoff reply failed', { channel: handoff.channel, error: (err as Error).message });
      return { delivered: false, error: 'Gửi không thành công; bạn thử lại sau.' };
    }
  }

  private now(): Date {
    return this.o.now?.() ?? new Date();
  }
}
