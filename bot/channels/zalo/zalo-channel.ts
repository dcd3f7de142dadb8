import type { ConversationReference } from 'botbuilder';
import type { Channel, Delivery } from '../channel.js';
import { mountZalo } from './mount-zalo.js';
import { isZaloWebhook } from './zalo-webhook.js';
import { zaloReplyWindow } from './zalo-reply-window.js';

/** Zalo OA: a signed webhook into the durable queue, consultation messages back; on when ZALO_APP_ID is set. */
export const zaloChannel: Channel = {
  name: 'zalo',
  displayName: 'Zalo',
  identity: 'verified',
  durableQueue: true,
  replyWindow: zaloReplyWindow,
  open(c) {
    if (!c.config.zalo) return undefined;
    const zalo = mountZalo({ config: c.config.zalo, bot: c.bot, queue: c.inbound.queue, onStored: () => c.inbound.poke(), tokens: c.zaloTokens,
      lock: c.lock, logger: c.logger, ...(c.now ? { now: c.now } : {}) });
    return {
      // The webhook, the request a burst is made of, goes straight to its node:http handler.
      fastPath: { matches: isZaloWebhook, handle: zalo.webhook },
      runQueued: (event) => zalo.run(event),
      async deliver(address, text): Promise<Delivery> {
        const userId = (JSON.parse(address) as Partial<ConversationReference>).user?.id;
        if (!userId) return { delivered: false, error: 'Thiếu mã người dân Zalo trong địa chỉ cuộc trò chuyện.' };
        const result = await zalo.sendText(userId, text);
        if (result.status === 'sent') return { delivered: true };
        return { delivered: false, error: result.status === 'undeliverable' ? `Zalo từ chối (mã ${result.code}).` : 'Gửi qua Zalo không thành công.' };
      },
    };
  },
};
