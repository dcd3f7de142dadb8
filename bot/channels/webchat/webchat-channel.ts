import type { ConversationReference } from 'botbuilder';
import { containsPersonalData } from '../../../core/redact.js';
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
      // The recorded reply is the delivery: the page polls the store for it (webchat-updates.ts). The store keeps no
      // personal number, so a reply holding one would reach the page as a placeholder: refused, with why, rather than
      // sent maimed while the inbox says it went.
      async deliver(address, text) {
        const reference = JSON.parse(address) as Partial<ConversationReference>;
        if (!reference.conversation?.id) return { delivered: false, error: 'Thiếu mã cuộc trò chuyện web.' };
        if (containsPersonalData(text)) {
          return { delivered: false, error: 'Web chat không gửi được số điện thoại, số giấy tờ hay số tài khoản (máy chủ không lưu các số này): hãy bỏ số ra khỏi câu trả lời, hoặc hẹn người dân liên hệ qua kênh khác.' };
        }
        return { delivered: true };
      },
    };
  },
};
