import { BotAdapter, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import type { Logger } from '../../../core/logger.js';
import { receivedOn } from '../../dialog/turn-origin.js';
import type { SentParts } from '../../../core/ports/inbound-queue.js';
import type { GraphClient } from './graph-client.js';
import { MESSENGER_CHANNEL_ID } from './map-event.js';
import { messengerParts, type MessengerButton } from './messenger-message.js';

export interface MessengerAdapterOptions {
  readonly client: Pick<GraphClient, 'send'>;
  readonly logger: Logger;
  /** Reply parts already sent per queued event: a re-run after a crash skips them instead of sending twice. */
  readonly sentParts?: SentParts;
  readonly now?: () => number;
}

const PART_COUNTER = Symbol('messengerPartCounter');

/**
 * Runs bot turns for queued Messenger events and sends the bot's message activities through the Send API, as
 * RESPONSE (a turn answers the resident's own message, inside the 24 h window). Messenger shows no typing state
 * unless asked; typing and other non-message activities are dropped.
 */
export class MessengerAdapter extends BotAdapter {
  constructor(private readonly o: MessengerAdapterOptions) {
    super();
    // Its activities are mapped from events whose signature it checked: their ids are the residents' PSIDs.
    this.use(receivedOn(MESSENGER_CHANNEL_ID));
  }

  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) responses.push({ id: activity.type === 'message' ? await this.sendMessage(context, activity) : '' });
    return responses;
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('MessengerAdapter: updateActivity is not supported'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('MessengerAdapter: deleteActivity is not supported'));
  }

  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** One bot reply as one or more Send API messages; resolves to the last message id ('' if none went out). */
  private async sendMessage(context: TurnContext, activity: Partial<Activity>): Promise<string> {
    const psid = activity.recipient?.id || context.activity.from?.id;
    if (!psid) {
      this.o.logger.warn('messenger reply without a recipient dropped');
      return '';
    }
    const buttons: MessengerButton[] = (activity.suggestedActions?.actions ?? []).map((a) => {
      const value = typeof a.value === 'string' ? a.value : String(a.value ?? a.title ?? '');
      return { title: a.title ?? value, payload: value };
    });
    const inbound = context.activity.channelData as { inboundKey?: unknown; inboundAttempt?: unknown } | undefined;
    const eventKey = typeof inbound?.inboundKey === 'string' ? inbound.inboundKey : undefined;
    let id = '';
    for (const part of messengerParts(activity.text ?? '', buttons)) {
      // Parts are numbered across the whole turn, in the order the bot sends them.
      const index = (context.turnState.get(PART_COUNTER) as number | undefined) ?? 0;
      context.turnState.set(PART_COUNTER, index + 1);
      // On an event's first attempt nothing can have gone out yet: no lookup.
      if (eventKey && this.o.sentParts && inbound?.inboundAttempt !== 1 && (await this.o.sentParts.wasSent(eventKey, index))) continue;
      const result = await this.o.client.send(psid, part);
      // The client has logged why; the rest of a split answer would read wrongly without the missing part.
      if (result.kind !== 'sent') break;
      if (eventKey && this.o.sentParts) await this.o.sentParts.markSent(eventKey, index, (this.o.now ?? Date.now)());
      id = result.messageId ?? id;
    }
    return id;
  }
}
