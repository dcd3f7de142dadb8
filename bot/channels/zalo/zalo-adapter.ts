import { BotAdapter, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import type { Logger } from '../../log/logger.js';
import { splitMessage } from './split-message.js';
import type { ZaloButton } from './split-message.js';
import type { ZaloClient } from './zalo-client.js';

export interface ZaloAdapterOptions {
  client: Pick<ZaloClient, 'send'>;
  logger: Logger;
}

/**
 * Runs bot turns for Zalo events and turns the bot's message activities into consultation messages. Zalo shows its
 * own typing state, so typing (and other non-message) activities are dropped.
 */
export class ZaloAdapter extends BotAdapter {
  constructor(private readonly options: ZaloAdapterOptions) {
    super();
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
    for (const part of splitMessage(activity.text ?? '', buttons)) {
      const result = await this.options.client.send(userId, part);
      // The client has logged why; the rest of a split answer would read wrongly without the missing part.
      if (result.status !== 'sent') break;
      id = result.messageId ?? id;
    }
    return id;
  }
}
