import { volunteerReplyText } from '../../../prompts/conversation.js';
import type { LogStore } from '../../../core/ports/log-store.js';
import { conversationPseudonym } from '../../../store/pseudonym.js';
import type { WebchatActivity } from './webchat-router.js';

/**
 * Messages for a web chat conversation that arrive outside a turn: volunteers' replies from the inbox. The page has
 * no push channel and polls; the replies are read from the store, where the inbox recorded them, so whichever
 * instance the load balancer picks answers the poll and a restart loses none. The cursor is the number (seq) of the
 * last reply the page has: replies to one conversation are numbered in the order they were committed, so a poll
 * never skips one that committed late.
 */
export async function webchatUpdates(deps: { store: Pick<LogStore, 'deliveredReplies'>; pseudonym: (channel: string, id: string) => string },
  conversationId: string, after: number): Promise<{ activities: WebchatActivity[]; next: number }> {
  // The inbox knows conversations by their pseudonyms, as the turn log does.
  const replies = await deps.store.deliveredReplies({ channel: 'webchat', conversationId: conversationPseudonym(deps.pseudonym, 'webchat', conversationId) });
  // A cursor past the last reply belongs to an inbox entry since purged, which numbering starts again: start over.
  const last = replies.length > 0 ? replies[replies.length - 1]!.seq : 0;
  const from = after > last ? 0 : after;
  const fresh = replies.filter((r) => r.seq > from);
  return {
    activities: fresh.map((r) => ({ type: 'message', text: volunteerReplyText(r.text), channelData: { status: 'volunteer_reply', turnId: '' } })),
    next: fresh.length > 0 ? fresh[fresh.length - 1]!.seq : from,
  };
}
