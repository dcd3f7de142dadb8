import type { Handoff, LogStore } from '../../core/ports/log-store.js';
import type { HandoffSender, ReplyWindow } from '../../core/ports/admin.js';

const HOUR = 3_600_000;

/**
 * Shaped like the bot's ChannelHandoffSender: Zalo's window rule (48 h free, 7 days paid, then closed), other channels
 * unlimited; records each attempt in the store and marks delivered ones answered. Keeps what it "sent".
 */
export class FakeHandoffs implements HandoffSender {
  readonly sent: { handoffId: string; text: string; by: string }[] = [];

  constructor(private readonly store: Pick<LogStore, 'getHandoff' | 'addHandoffReply' | 'setHandoffStatus'>, private readonly now: () => Date = () => new Date()) {}

  window(h: Handoff): ReplyWindow {
    if (h.channel !== 'zalo') return { kind: 'unlimited' };
    const last = Date.parse(h.lastInteractionAt);
    const age = this.now().getTime() - last;
    if (age < 48 * HOUR) return { kind: 'free', until: new Date(last + 48 * HOUR).toISOString() };
    if (age < 7 * 24 * HOUR) return { kind: 'paid', until: new Date(last + 7 * 24 * HOUR).toISOString() };
    return { kind: 'closed' };
  }

  async reply(handoffId: string, text: string, by: string): Promise<{ delivered: boolean; error?: string }> {
    const handoff = await this.store.getHandoff(handoffId);
    if (!handoff) return { delivered: false, error: 'Không tìm thấy cuộc trò chuyện này.' };
    const outcome = this.window(handoff).kind === 'closed' ? { delivered: false, error: 'Zalo -230: ngoài thời gian tư vấn' } : { delivered: true };
    if (outcome.delivered) this.sent.push({ handoffId, text, by });
    await this.store.addHandoffReply(handoffId, { text, by, at: this.now().toISOString(), ...outcome });
    if (outcome.delivered) await this.store.setHandoffStatus(handoffId, 'answered');
    return outcome;
  }
}
