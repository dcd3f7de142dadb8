import { BotAdapter, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import type { Logger } from '../../../core/logger.js';
import { DeliveryCheck } from './delivery-check.js';
import { receivedOn } from '../../dialog/turn-origin.js';
import { splitMessage } from './split-message.js';
import type { ZaloButton } from './split-message.js';
import type { ZaloClient } from './zalo-client.js';
import type { SentParts } from '../../../core/ports/inbound-queue.js';

export interface ZaloAdapterOptions {
  client: Pick<ZaloClient, 'send' | 'recentMessages'>;
  logger: Logger;
  /** Reply parts already sent per queued event: a re-run after a crash skips them instead of sending twice. */
  sentParts?: SentParts;
}

const PART_COUNTER = Symbol('zaloPartCounter');
const DELIVERY_CHECK = Symbol('zaloDeliveryCheck');

/**
 * Runs bot turns for Zalo events and turns the bot's message activities into consultation messages. Zalo shows its
 * own typing state, so typing (and other non-message) activities are dropped.
 */
export class ZaloAdapter extends BotAdapter {
  constructor(private readonly options: ZaloAdapterOptions) {
    super();
    // Its activities are mapped from events whose signature it checked: their ids are the residents'.
    this.use(receivedOn('zalo'));
  }

  /** Runs the middleware and the bot for one incoming activity. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      responses.push({ id: activity.type === 'message' ? await this.sendMessage(context, activity) : '' });
    }
    return responses;
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('ZaloAdapter: updateActivity is not supported'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('ZaloAdapter: deleteActivity is not supported'));
  }

  /** Proactive turns (for example a delayed reply); Zalo still only delivers inside the user's interaction window. */
  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Sends one bot reply as one or more Zalo messages; resolves to the last Zalo message id ('' if none went out). */
  private async sendMessage(context: TurnContext, activity: Partial<Activity>): Promise<string> {
    // TurnContext addresses replies to the inbound sender; fall back to it for hand-built activities.
    const userId = activity.recipient?.id || context.activity.from?.id;
    if (!userId) {
      this.options.logger.warn('zalo reply without a recipient dropped');
      return '';
    }
    const buttons: ZaloButton[] = (activity.suggestedActions?.actions ?? []).map((a) => {
      const value = typeof a.value === 'string' ? a.value : String(a.value ?? a.title ?? '');
      return { title: a.title ?? value, payload: value };
    });
    let id = '';
    const inbound = context.activity.channelData as { inboundKey?: unknown; inboundAttempt?: unknown } | undefined;
    const eventKey = inbound?.inboundKey;
    const sentParts = typeof eventKey === 'string' ? this.options.sentParts : undefined;
    // On an event's first attempt nothing can have gone out yet: skip the lookup (a database round trip a part).
    const mayHaveSent = inbound?.inboundAttempt !== 1;
    for (const part of splitMessage(activity.text ?? '', buttons)) {
      // Parts are numbered across the whole turn, in the order the bot sends them.
      const index = (context.turnState.get(PART_COUNTER) as number | undefined) ?? 0;
      context.turnState.set(PART_COUNTER, index + 1);
      if (sentParts && mayHaveSent) {
        const check = this.deliveryCheck(context, userId);
        if (await sentParts.wasSent(eventKey as string, index)) {
          check?.markedSent(part.text);
          continue;
        }
        // Not marked, on a re-run: its send may have reached Zalo just before a crash. Zalo keeps no idempotency key,
        // but the conversation shows what the OA sent.
        if (check && (await check.delivered(part.text))) {
          this.options.logger.info('zalo reply part found delivered before a restart; not sent again', { part: index });
          this.markSent(sentParts, eventKey as string, index);
          continue;
        }
      }
      const result = await this.options.client.send(userId, part);
      // The client has logged why; the rest of a split answer would read wrongly without the missing part.
      if (result.status !== 'sent') break;
      if (sentParts) this.markSent(sentParts, eventKey as string, index);
      id = result.messageId ?? id;
    }
    return id;
  }

  /**
   * Not awaited: the last part's mark and the turn's completion, asked for a few microtasks later, then share a
   * commit in the embedded store. The window this leaves (sent, not yet recorded, then a crash) is the one an awaited
   * write has too, and a re-run closes it by reading the conversation. A failed mark is logged and the turn goes on: if
   * the database failed, the completion fails with it and the event is retried (an awaited mark that failed used to
   * end the turn before its later parts).
   */
  private markSent(sentParts: SentParts, eventKey: string, index: number): void {
    sentParts.markSent(eventKey, index, Date.now()).catch((error: unknown) =>
      this.options.logger.error('zalo reply part not recorded as sent', { error: error instanceof Error ? error.message : String(error) }));
  }

  /** One check per re-run turn, reading the conversation since the resident's message; none without its time. */
  private deliveryCheck(context: TurnContext, userId: string): DeliveryCheck | undefined {
    const existing = context.turnState.get(DELIVERY_CHECK) as DeliveryCheck | undefined;
    if (existing) return existing;
    const stamp = context.activity.timestamp;
    const since = stamp === undefined ? Number.NaN : new Date(stamp).getTime();
    if (!Number.isFinite(since)) return undefined;
    const check = new DeliveryCheck({ since, logger: this.options.logger,
      read: (page) => this.options.client.recentMessages(userId, page) });
    context.turnState.set(DELIVERY_CHECK, check);
    return check;
  }
}
