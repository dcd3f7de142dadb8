import type { ConversationReference } from 'botbuilder';
import type { Channel } from '../channel.js';
import { createBotFrameworkRouter } from './botframework-router.js';

/** POST /api/messages (Azure Bot Service: Teams, Telegram…; or the Bot Framework Emulator); closed without settings. */
export const botframeworkChannel: Channel = {
  name: 'botframework',
  displayName: 'Bot Framework',
  // The channelIds Azure reports; turns are logged under 'botframework', older rows under these.
  aliases: { emulator: 'Bot Framework', msteams: 'Teams', facebook: 'Messenger (Bot Framework)' },
  identity: 'scoped',
  durableQueue: false,
  replyWindow: () => ({ kind: 'unlimited' }),
  open(c) {
    const botFramework = createBotFrameworkRouter({ settings: c.config.botFramework, bot: c.bot, logger: c.logger });
    return {
      router: botFramework.router,
      // A proactive message through the CloudAdapter, to a serviceUrl it would accept.
      async deliver(address, text) {
        await botFramework.send(JSON.parse(address) as Partial<ConversationReference>, text);
        return { delivered: true };
      },
    };
  },
};
