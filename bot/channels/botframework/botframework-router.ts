import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import express from 'express';
import type { Config } from '../../config.js';
import type { Logger } from '../../log/logger.js';
import { CONVERSATION } from '../../../prompts/conversation.js';

export interface BotFrameworkRouterOptions {
  readonly settings: Config['botFramework'];
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly logger: Logger;
}

/**
 * POST /api/messages through botbuilder's CloudAdapter. Without MicrosoftAppId it serves the Bot Framework Emulator
 * and local clients (replies go to the activity's serviceUrl); with the Microsoft settings it authenticates as Azure
 * Bot Service requires. The adapter verifies and maps; the bot is the same as on every channel.
 */
export function createBotFrameworkRouter(o: BotFrameworkRouterOptions): { router: express.Router; adapter: CloudAdapter } {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: o.settings.appId ?? '',
    MicrosoftAppPassword: o.settings.appPassword ?? '',
    MicrosoftAppType: o.settings.appType ?? (o.settings.appId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: o.settings.tenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    o.logger.error('bot framework turn failed', { error: (error as Error).message, conversation: context.activity.conversation?.id });
    await context.sendActivity(CONVERSATION.error).catch(() => undefined);
  };
  const router = express.Router();
  router.post('/api/messages', express.json({ limit: '64kb' }), async (req, res) => {
    await adapter.process(req, res, (context) => o.bot.run(context));
  });
  return { router, adapter };
}
