import type { WebchatActivity } from './webchat-router.js';

const KEEP_PER_CONVERSATION = 50;

/**
 * Messages for a web chat conversation that arrive outside a turn (a volunteer's reply from the inbox). The page
 * has no push channel, so it polls `GET /api/webchat/updates`. Held in memory: the inbox keeps the reply itself.
 */
export class WebchatOutbox {
  private readonly byConversation = new Map<string, { seq: number; activity: WebchatActivity }[]>();
  private seq = 0;

  push(conversationId: string, activity: WebchatActivity): void {
    const list = this.byConversation.get(conversationId) ?? [];
    // Clock-based and increasing, so numbers the page kept stay meaningful after a restart.
    this.seq = Math.max(this.seq + 1, Date.now());
    list.push({ seq: this.seq, activity });
    this.byConversation.set(conversationId, list.slice(-KEEP_PER_CONVERSATION));
  }

  /** Messages after `after` (a sequence number the page got before), and the number to ask with next time. */
  since(conversationId: string, after: number): { activities: WebchatActivity[]; next: number } {
    const list = (this.byConversation.get(conversationId) ?? []).filter((e) => e.seq > after);
    return { activities: list.map((e) => e.activity), next: list.length ? list[list.length - 1]!.seq : Math.max(after, 0) };
  }
}
