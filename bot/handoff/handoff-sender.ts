import type { ConversationReference } from 'botbuilder';
import type { HandoffSender, ReplyWindow } from '../../core/ports/admin.js';
import { volunteerReplyText } from '../../prompts/conversation.js';
import type { Handoff, LogStore } from '../../core/ports/log-store.js';
import type { Logger } from '../../core/logger.js';
import { replyWindow } from './reply-window.js';

/** How a volunteer's reply reaches each channel that has push (the web chat polls the store instead). */
export interface ChannelSenders {
  readonly zalo?: (userId: string, text: string) => Promise<{ status: 'sent' } | { status: 'undeliverable'; code: number } | { status: 'failed'; reason: string }>;
  /** /api/messages (Emulator, Teams…): a proactive message through the CloudAdapter, to a serviceUrl it would accept. */
  readonly botframework: (reference: Partial<ConversationReference>, text: string) => Promise<void>;
}

export interface ChannelHandoffSenderOptions {
  readonly store: Pick<LogStore, 'getHandoff' | 'addHandoffReply' | 'setHandoffStatus'>;
  readonly senders: ChannelSenders;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/** Sends inbox replies on the resident's own channel, inside Zalo's window, and records each attempt. */
export class ChannelHandoffSender implements HandoffSender {
  constructor(private readonly o: ChannelHandoffSenderOptions) {}

  window(handoff: Handoff): ReplyWindow {
    return replyWindow(handoff.channel, handoff.lastInteractionAt, this.now());
  }

  async reply(handoffId: string, text: string, by: string): Promise<{ delivered: boolean; error?: string }> {
    const handoff = await this.o.store.getHandoff(handoffId);
    if (!handoff) return { delivered: false, error: 'Không tìm thấy cuộc trò chuyện này.' };
    const body = text.trim();
    if (!body) return { delivered: false, error: 'Câu trả lời đang trống.' };
    const outcome = this.window(handoff).kind === 'closed'
      ? { delivered: false, error: 'Đã quá 7 ngày kể từ tin nhắn cuối của người dân: Zalo không cho gửi tin tư vấn.' }
      : await this.send(handoff, volunteerReplyText(body));
    await this.o.store.addHandoffReply(handoffId, { text: body, by, at: this.now().toISOString(), ...outcome });
    if (outcome.delivered) await this.o.store.setHandoffStatus(handoffId, 'answered');
    return outcome;
  }

  private async send(handoff: Handoff, text: string): Promise<{ delivered: boolean; error?: string }> {
    let reference: Partial<ConversationReference>;
    try {
      reference = JSON.parse(handoff.address) as Partial<ConversationReference>;
    } catch {
      return { delivered: false, error: 'Không đọc được địa chỉ cuộc trò chuyện.' };
    }
    try {
      if (handoff.channel === 'zalo') {
        const userId = reference.user?.id;
        if (!userId || !this.o.senders.zalo) return { delivered: false, error: 'Kênh Zalo chưa được bật trên máy chủ này.' };
        const result = await this.o.senders.zalo(userId, text);
        if (result.status === 'sent') return { delivered: true };
        return { delivered: false, error: result.status === 'undeliverable' ? `Zalo từ chối (mã ${result.code}).` : 'Gửi qua Zalo không thành công.' };
      }
      if (handoff.channel === 'webchat') {
        // The recorded reply is the delivery: the page polls the store for it (webchat-updates.ts).
        if (!reference.conversation?.id) return { delivered: false, error: 'Thiếu mã cuộc trò chuyện web.' };
        return { delivered: true };
      }
      if (handoff.channel !== 'botframework') {
        // Opened before handoffs were keyed by the endpoint, under a channelId the activity only claimed: its address
        // (serviceUrl) was never verified, so nothing is sent there.
        return { delivered: false, error: 'Không gửi được: địa chỉ của cuộc trò chuyện này chưa được xác minh.' };
      }
      await this.o.senders.botframework(reference, text);
      return { delivered: true };
    } catch (err) {
      this.o.logger.error('handoff reply failed', { channel: handoff.channel, error: (err as Error).message });
      return { delivered: false, error: 'Gửi không thành công; bạn thử lại sau.' };
    }
  }

  private now(): Date {
    return this.o.now?.() ?? new Date();
  }
}
