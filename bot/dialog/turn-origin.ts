import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { dropControlCharacters } from '../conversation/drop-control-characters.js';

/** turnState key of the endpoint a turn came in through, set by the adapter that received it (see receivedOn). */
const RECEIVED_ON = Symbol('receivedOn');

/**
 * The endpoint a turn came in through: a channel's name (bot/channels/registry.ts), or 'test' for botbuilder's
 * TestAdapter in the transcript tests. An activity's own channelId is only a claim made by whoever sent it.
 */
export type Endpoint = string;

/**
 * How an endpoint keys residents. 'verified': the adapter built the activity from what it verified itself (a signed
 * webhook, a signed cookie), so its ids stand. 'scoped': a platform vouches for the channelId (Azure Bot Service for
 * Teams, Telegram…), whose ids are only unique within it, so they are kept apart by it.
 */
export type Identity = 'verified' | 'scoped';

/** turnState key of how the receiving endpoint keys residents. */
const IDENTITY = Symbol('identity');

/** Who a turn is with, as the server knows it: what state, memory, rate limits and handoffs are keyed by. */
export interface TurnOrigin {
  readonly channel: Endpoint;
  readonly userId: string;
  readonly conversationId: string;
}

/** Middleware each adapter installs for its own endpoint, so every turn it runs says where it came from. */
export function receivedOn(endpoint: Endpoint, identity: Identity = 'verified'): Middleware {
  return {
    async onTurn(context, next) {
      setReceivedOn(context, endpoint);
      context.turnState.set(IDENTITY, identity);
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
  return originOf(endpoint, context.activity, (context.turnState.get(IDENTITY) as Identity | undefined) ?? 'verified');
}

/**
 * Keys from the endpoint and the ids it vouches for (see Identity); the endpoint itself namespaces them, so ids of
 * one channel never mix with another's.
 */
export function originOf(endpoint: Endpoint, activity: Pick<Partial<Activity>, 'channelId' | 'from' | 'conversation'>,
  identity: Identity = 'verified'): TurnOrigin {
  const conversation = activity.conversation?.id;
  if (!conversation) throw new Error('turnOrigin: the activity has no conversation id');
  const userId = activity.from?.id ?? 'anonymous';
  const scope = identity === 'scoped' ? `${activity.channelId ?? ''}:` : '';
  // Ids end up in store keys too: PostgreSQL refuses U+0000 there as in text.
  return { channel: endpoint, userId: dropControlCharacters(scope + userId), conversationId: dropControlCharacters(scope + conversation) };
}
