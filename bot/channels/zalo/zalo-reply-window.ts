import type { ReplyWindow } from '../../../core/ports/admin.js';

const HOUR = 3_600_000;
export const FREE_WINDOW_MS = 48 * HOUR;
export const PAID_WINDOW_MS = 7 * 24 * HOUR;

/**
 * Zalo OA consultation messages: free within 48 h of the resident's last interaction, billed up to 7 days, refused
 * after (-230). Pure.
 */
export function zaloReplyWindow(lastInteractionAt: string, now: Date): ReplyWindow {
  const last = Date.parse(lastInteractionAt);
  if (Number.isNaN(last)) return { kind: 'closed' };
  const age = now.getTime() - last;
  if (age < FREE_WINDOW_MS) return { kind: 'free', until: new Date(last + FREE_WINDOW_MS).toISOString() };
  if (age < PAID_WINDOW_MS) return { kind: 'paid', until: new Date(last + PAID_WINDOW_MS).toISOString() };
  return { kind: 'closed' };
}
