import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { dropControlCharacters } from '../conversation/drop-control-characters.js';

/** turnState key of the endpoint a turn came in through, set by the adapter that received it (see receivedOn). */
const RECEIVED_ON = Symbol('receivedOn');

/**
 * The endpoints the server has ('test': botbuilder's TestAdapter in the transcript tests); an activity's own channelId
 * is only a claim made by whoever sent it.
 */
export type Endpoint = 'webchat' | 'zalo' | 'botframework' | 'test';

/** Who a turn is with, as the server knows it: what state, memory, rate limits and handoffs are keyed by. */
export interface TurnOrigin {
  readonly channel: Endpoint;
  readonly userId: string;
  readonly conversationId: string;
}

/** Middleware each adapter installs for its own endpoint, so every turn it runs says where it came from. */
export function receivedOn(endpoint: Endpoint): Middleware {
  return {
    async onTurn(context, next) {
      setReceivedOn(context, endpoint);
      await next();
    },
  };
}

/** What receivedOn does, for a context made by hand (tests). */
export function setReceivedOn(context: TurnContext, endpoint: Endpoint): void {
  context.turnState.set(RECEIVED_ON, endpoint);
}

/** The origin of a turn; throws when the adapter did not say which endpoint it runs (fail closed). */
export function turnOrigin(context: TurnContext): TurnOrigin {
  const endpoint = context.turnState.get(RECEIVED_ON) as Endpoint | undefined;
  if (!endpoint) throw new Error('turnOrigin: the adapter did not say which endpoint received this activity (receivedOn middleware)');
  return originOf(endpoint, context.activity);
}

/**
 * Keys from the endpoint and the ids it vouches for. The web chat and Zalo adapters build their activities from
 * what they verified themselves, so their ids stand. Behind /api/messages Azure vouches for the channelId (Teams,
 * Telegram…), whose ids are only unique within it, so they are kept apart there, and never mixed with ours.
 */
export function originOf(endpoint: Endpoint, activity: Pick<Partial<Activity>, 'channelId' | 'from' | 'conversation'>): TurnOrigin {
  const conversation = activity.conversation?.id;
  if (!conversation) throw new Error('turnOrigin: the activity has no conversation id');
  const userId = activity.from?.id ?? 'anonymous';
  const scope = endpoint === 'botframework' ? `${activity.channelId ?? ''}:` : '';
  // Ids end up in store keys too: PostgreSQL refuses U+0000 there as in text.
  return { channel: endpoint, userId: dropControlCharacters(scope + userId), conversationId: dropControlCharacters(scope + conversation) };
}
