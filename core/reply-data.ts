import type { Citation } from './answer-result.js';

/** Why the bot said what it said; channels may style replies by it, logs record it. */
export type TurnStatus =
  | 'answered' | 'partial' | 'no_answer' | 'invalid_input' | 'curated'
  | 'greeting' | 'thanks' | 'capabilities' | 'handoff' | 'feedback' | 'unsupported_media' | 'welcome' | 'volunteer_reply' | 'rate_limited' | 'error';

/**
 * channelData of every message activity the bot sends. Channels that can show more than text (web chat) use it;
 * Zalo and Bot Framework channels need only `text` and `suggestedActions`.
 */
export interface ReplyChannelData {
  readonly status: TurnStatus;
  readonly turnId: string;
  readonly citations?: readonly Citation[];
  /** The standalone question retrieval saw, when a follow-up was rewritten. */
  readonly rewrite?: string;
}
