import { BotAdapter, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import { receivedOn } from '../../dialog/turn-origin.js';

/** turnState key of the list a turn's replies are collected in. */
const OUTBOX = Symbol('webchatOutbox');

/**
 * The web chat is request/response: one HTTP POST runs one turn, and whatever the bot sends during that turn is
 * returned in the HTTP response. So this adapter collects sent activities instead of calling a connector.
 */
export class WebchatAdapter extends BotAdapter {
  private nextId = 0;

  constructor(private readonly newId: () => string = () => `a${++this.nextId}`) {
    super();
    this.use(receivedOn('webchat'));
  }

  /** Runs the middleware and the bot for one incoming activity; resolves to what the bot sent, in order. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const sent: Partial<Activity>[] = [];
    // TurnContext.sendActivities calls the adapter's sendActivities; remember the target on the context itself so
    // concurrent turns (one adapter, many requests) never mix their replies.
    context.turnState.set(OUTBOX, sent);
    await this.runMiddleware(context, logic);
    return sent;
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const outbox = context.turnState.get(OUTBOX) as Partial<Activity>[] | undefined;
    if (!outbox) throw new Error('WebchatAdapter: sendActivities outside a turn started by processActivity');
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const id = this.newId();
      // Only messages are for the page; 'typing', 'trace' and 'delay' would show internals or nothing.
      if (activity.type === 'message') outbox.push({ ...activity, id });
      responses.push({ id });
    }
    return responses;
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('WebchatAdapter: updateActivity is not supported'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('WebchatAdapter: deleteActivity is not supported'));
  }

  override continueConversation(_reference: Partial<ConversationReference>): Promise<void> {
    // Nothing can be pushed to a browser after its request has ended.
    return Promise.reject(new Error('WebchatAdapter: proactive messages are not supported'));
  }
}
