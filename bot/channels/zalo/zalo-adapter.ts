import { BotAdapter, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import type { Logger } from '../../log/logger.js';
import { receivedOn } from '../../dialog/turn-origin.js';
import { splitMessage } from './split-message.js';
import type { ZaloButton } from './split-message.js';
import type { ZaloClient } from './zalo-client.js';
import type { SentParts } from '../../queue/inbound-queue.js';

export interface ZaloAdapterOptions {
  client: Pick<ZaloClient, 'send'>;
  logger: Logger;
  /** Reply parts already sent per queued event: a re-run after a crash skips them instead of sending twice. */
  sentParts?: SentParts;
}

const PART_COUNTER = Symbol('zaloPartCounter');

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
      if (sentParts && mayHaveSent && (await sentParts.wasSent(eventKey as string, index))) continue;
      const result = await this.options.client.send(userId, part);
      // The client has logged why; the rest of a split answer would read wrongly without the missing part.
      if (result.status !== 'sent') break;
      // Not awaited: the last part's mark and the turn's completion, asked for a few microtasks later, then share a
      // commit in the embedded store. The window this leaves (sent, not yet recorded, then a crash) is the one an
      // awaited write has too. A failed mark is logged and the turn goes on: if the database failed, the completion
      // fails with it and the event is retried, and the parts not marked are sent again (an awaited mark that failed
      // used to end the turn before its later parts).
      sentParts?.markSent(eventKey as string, index, Date.now()).catch((error: unknown) =>
        this.options.logger.error('zalo reply part not recorded as sent', { error: error instanceof Error ? error.message : String(error) }));
      id = result.messageId ?? id;
    }
    return id;
  }
}
