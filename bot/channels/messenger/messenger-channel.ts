import type { ConversationReference } from 'botbuilder';
import type { ReplyWindow } from '../../../core/ports/admin.js';
import type { Channel, ChannelContext, Delivery, OpenChannel } from '../channel.js';
import { GraphClient, type GraphSendResult, type MessagingType } from './graph-client.js';
import { mapMessengerEvent, MESSENGER_CHANNEL_ID } from './map-event.js';
import { MessengerAdapter } from './messenger-adapter.js';
import type { MessengerMessagingEvent } from './messenger-event.js';
import { messengerParts } from './messenger-message.js';
import { messengerReplyWindow } from './messenger-reply-window.js';
import { createMessengerWebhook } from './messenger-webhook.js';

/** Facebook Messenger (a Page's inbox): on when MESSENGER_APP_SECRET, _PAGE_ACCESS_TOKEN and _VERIFY_TOKEN are set. */
export const messengerChannel: Channel = {
  name: MESSENGER_CHANNEL_ID,
  displayName: 'Messenger',
  identity: 'verified',
  durableQueue: true,
  replyWindow: messengerReplyWindow,
  open: (c) => (c.config.messenger ? openMessenger(c, c.config.messenger) : undefined),
};

function openMessenger(c: ChannelContext, config: NonNullable<ChannelContext['config']['messenger']>): OpenChannel {
  let token: { ok: true } | { ok: false; message: string } = { ok: true };
  const client = new GraphClient({ graphUrl: config.graphUrl, pageAccessToken: config.pageAccessToken, logger: c.logger, onToken: (state) => (token = state) });
  const adapter = new MessengerAdapter({ client, logger: c.logger, sentParts: c.inbound.queue, ...(c.now ? { now: c.now } : {}) });
  return {
    router: createMessengerWebhook({ config, queue: c.inbound.queue, onStored: () => c.inbound.poke(), logger: c.logger, ...(c.now ? { now: c.now } : {}) }),
    async runQueued(queued) {
      const activity = mapMessengerEvent(JSON.parse(queued.payload) as MessengerMessagingEvent);
      if (!activity) return;
      // The key travels with the turn so the adapter can skip reply parts a crashed earlier attempt already sent.
      await adapter.processActivity({ ...activity, channelData: { inboundKey: queued.key, inboundAttempt: queued.attempts } }, (context) => c.bot.run(context));
    },
    async deliver(address, text, window) {
      const psid = (JSON.parse(address) as Partial<ConversationReference>).user?.id;
      if (!psid) return { delivered: false, error: 'Thiếu mã người dân Messenger trong địa chỉ cuộc trò chuyện.' };
      const type = messagingType(window);
      if (!type) return { delivered: false, error: 'Đã quá 7 ngày kể từ tin nhắn cuối của người dân: Messenger không cho gửi tin.' };
      let last: GraphSendResult = { kind: 'failed', reason: 'empty message' };
      for (const part of messengerParts(text)) {
        last = await client.send(psid, part, type);
        if (last.kind !== 'sent') break;
      }
      return deliveryOf(last);
    },
    health: () => (token.ok ? { ok: true }
      : { ok: false, problem: 'messenger: the Graph API rejected the Page access token (code 190); replace MESSENGER_PAGE_ACCESS_TOKEN and restart' }),
  };
}

/** RESPONSE inside the 24 h window, HUMAN_AGENT (a person's reply) up to 7 days, nothing after. */
export function messagingType(window: ReplyWindow): MessagingType | undefined {
  if (window.kind === 'free') return { messaging_type: 'RESPONSE' };
  if (window.kind === 'human_agent') return { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };
  return undefined;
}

/** What the volunteer reads in the inbox. */
function deliveryOf(result: GraphSendResult): Delivery {
  switch (result.kind) {
    case 'sent': return { delivered: true };
    case 'token': return { delivered: false, error: 'Messenger từ chối mã truy cập của Trang (lỗi 190): người quản trị cần thay MESSENGER_PAGE_ACCESS_TOKEN.' };
    case 'refused':
      if (result.code === 10 && result.subcode === 2018278) return { delivered: false, error: 'Messenger từ chối: đã ngoài thời hạn được phép trả lời (mã 10).' };
      if (result.code === 551) return { delivered: false, error: 'Người dân hiện không nhận được tin nhắn Messenger (mã 551).' };
      return { delivered: false, error: `Messenger từ chối (mã ${result.code}).` };
    case 'failed': return { delivered: false, error: 'Gửi qua Messenger không thành công; bạn thử lại sau.' };
  }
}
