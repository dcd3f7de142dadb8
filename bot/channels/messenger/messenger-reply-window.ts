import type { ReplyWindow } from '../../../core/ports/admin.js';

const HOUR = 3_600_000;
/** Meta's standard messaging window: a Page may answer freely within 24 h of the person's last message. */
export const STANDARD_WINDOW_MS = 24 * HOUR;
/** A human agent may answer up to 7 days after it, with the HUMAN_AGENT tag. */
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * HOUR;

/** Messenger's windows (shared/docs/messenger.md): RESPONSE within 24 h, HUMAN_AGENT up to 7 days, nothing after. Pure. */
export function messengerReplyWindow(lastInteractionAt: string, now: Date): ReplyWindow {
  const last = Date.parse(lastInteractionAt);
  if (Number.isNaN(last)) return { kind: 'closed' };
  const age = now.getTime() - last;
  if (age < STANDARD_WINDOW_MS) return { kind: 'free', until: new Date(last + STANDARD_WINDOW_MS).toISOString() };
  if (age < HUMAN_AGENT_WINDOW_MS) return { kind: 'human_agent', until: new Date(last + HUMAN_AGENT_WINDOW_MS).toISOString() };
  return { kind: 'closed' };
}
