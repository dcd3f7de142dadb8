import type { ConversationReference } from 'botbuilder';
import type { Channel } from '../channel.js';
import { WebchatIdentity } from './webchat-identity.js';
import { createWebchatRouter } from './webchat-router.js';
import { webchatUpdates } from './webchat-updates.js';

/** The web chat page at "/" and its JSON API; always on. */
export const webchatChannel: Channel = {
  name: 'webchat',
  displayName: 'Web',
  identity: 'verified',
  durableQueue: false,
  replyWindow: () => ({ kind: 'unlimited' }),
  open(c) {
    const router = createWebchatRouter({ bot: c.bot, articles: c.articles, logger: c.logger, maxQuestionChars: c.config.maxQuestionChars,
      updates: (id, after) => webchatUpdates({ store: c.store, pseudonym: c.pseudonym }, id, after),
      // Derived from the pseudonym salt, which every instance sharing the database already holds (see deriveKey).
      identity: new WebchatIdentity(c.deriveKey('webchat-identity'), { secure: c.config.secureCookies }),
      addressLimit: { limiter: c.limiter, perMinute: c.config.rateLimitPerAddressPerMinute } });
    return {
      router,
      // The recorded reply is the delivery: the page polls the store for it (webchat-updates.ts).
      async deliver(address) {
        const reference = JSON.parse(address) as Partial<ConversationReference>;
        return reference.conversation?.id ? { delivered: true } : { delivered: false, error: 'Thiếu mã cuộc trò chuyện web.' };
      },
    };
  },
};
