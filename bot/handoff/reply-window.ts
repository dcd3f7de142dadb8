import type { ReplyWindow } from '../../core/ports/admin.js';
import { channelNamed } from '../channels/registry.js';

/**
 * The window a volunteer's reply must go out in, by the channel the handoff came from (its own rule, registry.ts).
 * A channel the server does not have cannot be answered: closed. Pure.
 */
export function replyWindow(channel: string, lastInteractionAt: string, now: Date): ReplyWindow {
  return channelNamed(channel)?.replyWindow(lastInteractionAt, now) ?? { kind: 'closed' };
}
