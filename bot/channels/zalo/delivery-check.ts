import type { Logger } from '../../../core/logger.js';
import type { ConversationMessage } from './conversation-reply.js';
import type { ConversationRead } from './zalo-client.js';

/** Zalo lists at most 10 messages a page (docs §4a). */
export const CONVERSATION_PAGE = 10;
/** Pages read at most: a reply to one message sits among the newest few, unless the resident kept writing. */
const MAX_PAGES = 5;

export interface DeliveryCheckOptions {
  /** One page of the conversation with the resident, newest first. */
  readonly read: (page: { offset: number; count: number }) => Promise<ConversationRead>;
  /** When the resident's message was sent (Zalo's clock): a reply to it cannot be older. */
  readonly since: number;
  readonly logger: Logger;
}

/** The texts the OA sent at or after `since`, newest first, from conversation messages in any order. */
export function oaTextsSince(messages: readonly ConversationMessage[], since: number): string[] {
  return messages.filter((m) => m.src === 0 && m.time >= since).sort((a, b) => b.time - a.time).map((m) => m.message);
}

/**
 * Whether reply parts of a re-run turn already reached the resident. A part whose send started before a crash, and
 * whose "sent" mark was never written, may or may not be on Zalo: the conversation tells. Read once per turn, and
 * only when such a part comes up (never on a first attempt); each OA message found answers for one part only.
 */
export class DeliveryCheck {
  private texts?: Promise<string[] | undefined>;
  /** Parts marked as sent: their own copies in the conversation must not answer for another part with the same text. */
  private readonly marked: string[] = [];

  constructor(private readonly options: DeliveryCheckOptions) {}

  markedSent(text: string): void {
    this.marked.push(text);
  }

  /** True when the conversation shows this text sent since the resident's message (and not claimed by another part). */
  async delivered(text: string): Promise<boolean> {
    this.texts ??= this.load();
    const texts = await this.texts;
    // Unknown: send it (again). A repeat was chosen over silence.
    if (!texts) return false;
    for (const claimed of this.marked.splice(0)) take(texts, claimed);
    return take(texts, text);
  }

  private async load(): Promise<string[] | undefined> {
    const found: ConversationMessage[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const read = await this.options.read({ offset: page * CONVERSATION_PAGE, count: CONVERSATION_PAGE });
      if (read.status !== 'ok') {
        this.options.logger.warn('zalo conversation unreadable; a reply part that may have been delivered is sent again', { reason: read.reason });
        return undefined;
      }
      found.push(...read.messages);
      const oldest = Math.min(...read.messages.map((m) => m.time));
      if (read.messages.length < CONVERSATION_PAGE || oldest < this.options.since) break;
    }
    return oaTextsSince(found, this.options.since);
  }
}

function take(texts: string[], text: string): boolean {
  const at = texts.indexOf(text);
  if (at < 0) return false;
  texts.splice(at, 1);
  return true;
}
