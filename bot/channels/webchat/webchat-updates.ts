import { volunteerReplyText } from '../../../prompts/conversation.js';
import type { LogStore } from '../../../store/log-store.js';
import { conversationPseudonym } from '../../../store/pseudonym.js';
import type { WebchatActivity } from './webchat-router.js';

/** The latest instant a Date can hold: a larger cursor from the page is refused, not turned into an invalid date. */
export const MAX_CURSOR = 8.64e15;

/**
 * Messages for a web chat conversation that arrive outside a turn: volunteers' replies from the inbox. The page has
 * no push channel and polls; the replies are read from the store, where the inbox recorded them, so whichever
 * instance the load balancer picks answers the poll and a restart loses none. The cursor is the instant (epoch ms)
 * of the last reply the page has, so numbers a page kept stay meaningful.
 */
export async function webchatUpdates(deps: { store: Pick<LogStore, 'deliveredRepliesSince'>; pseudonym: (channel: string, id: string) => string },
  conversationId: string, after: number): Promise<{ activities: WebchatActivity[]; next: number }> {
  // The inbox knows conversations by their pseudonyms, as the turn log does.
  const replies = await deps.store.deliveredRepliesSince({ channel: 'webchat', conversationId: conversationPseudonym(deps.pseudonym, 'webchat', conversationId),
    after: new Date(after).toISOString() });
  return {
    activities: replies.map((r) => ({ type: 'message', text: volunteerReplyText(r.text), channelData: { status: 'volunteer_reply', turnId: '' } })),
    next: replies.length > 0 ? Date.parse(replies[replies.length - 1]!.at) : after,
  };
}
