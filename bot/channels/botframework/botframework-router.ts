import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference, type TurnContext } from 'botbuilder';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../../config.js';
import type { Logger } from '../../../core/logger.js';
import { receivedOn } from '../../dialog/turn-origin.js';
import { CONVERSATION } from '../../../prompts/conversation.js';
import { checkActivity } from './check-activity.js';
import { isLoopbackAddress, isLoopbackUrl } from './loopback.js';

export interface BotFrameworkRouterOptions {
  readonly settings: Config['botFramework'];
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly logger: Logger;
}

export interface BotFrameworkChannel {
  readonly router: express.Router;
  /** A proactive message (a volunteer's reply), only to a serviceUrl this endpoint would have accepted. */
  send(reference: Partial<ConversationReference>, text: string): Promise<void>;
}

/**
 * POST /api/messages through botbuilder's CloudAdapter. With MicrosoftAppId it authenticates as Azure Bot Service
 * requires (the token's serviceurl claim must match the activity's, so replies only go where Azure said). Without it
 * the endpoint is closed (401, nothing called), unless BOT_EMULATOR=true: then it serves the Bot Framework Emulator
 * on the developer's machine, from loopback callers with a loopback serviceUrl only, so nobody can make the server
 * POST to an address of their choosing. The bot is the same as on every channel; turns are keyed by this endpoint.
 */
export function createBotFrameworkRouter(o: BotFrameworkRouterOptions): BotFrameworkChannel {
  const mode = o.settings.appId ? 'azure' : o.settings.emulator ? 'emulator' : 'closed';
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: o.settings.appId ?? '',
    MicrosoftAppPassword: o.settings.appPassword ?? '',
    MicrosoftAppType: o.settings.appType ?? (o.settings.appId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: o.settings.tenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.use(receivedOn('botframework', 'scoped'));
  adapter.onTurnError = async (context, error) => {
    o.logger.error('bot framework turn failed', { error: (error as Error).message, conversation: context.activity.conversation?.id });
    await context.sendActivity(CONVERSATION.error).catch(() => undefined);
  };
  if (mode === 'emulator') {
    o.logger.warn('BOT_EMULATOR=true: /api/messages answers without authentication (loopback callers and serviceUrls only); never in production');
  } else if (mode === 'closed') {
    o.logger.info('/api/messages answers 401: set MicrosoftAppId (and its password) to serve Azure Bot Service');
  }
  // A serviceUrl the server may call: Azure's are https (and signed into the token); the Emulator's are loopback.
  const reachable = (url: string | undefined): boolean =>
    mode === 'azure' ? url?.startsWith('https://') === true : mode === 'emulator' && isLoopbackUrl(url);

  const gate = (req: Request, res: Response, next: NextFunction): void => {
    if (mode === 'closed') return void res.status(401).json({ error: 'unauthorized' });
    if (mode === 'emulator' && !isLoopbackAddress(req.ip)) return void res.status(403).json({ error: 'forbidden', message: 'BOT_EMULATOR serves loopback callers only' });
    next();
  };
  const router = express.Router();
  router.post('/api/messages', gate, express.json({ limit: '64kb' }), async (req, res) => {
    const checked = checkActivity(req.body);
    if (!checked.ok) return void res.status(400).json({ error: 'bad_request', message: checked.problem });
    const serviceUrl = (req.body as { serviceUrl: string }).serviceUrl;
    if (mode === 'emulator' && !isLoopbackUrl(serviceUrl)) {
      return void res.status(403).json({ error: 'forbidden', message: 'BOT_EMULATOR replies to a loopback serviceUrl only' });
    }
    await adapter.process(req, res, (context) => o.bot.run(context));
  });
  return {
    router,
    async send(reference, text) {
      if (!reachable(reference.serviceUrl)) throw new Error(`refusing to send to serviceUrl ${JSON.stringify(reference.serviceUrl ?? '')} (${mode} mode)`);
      await adapter.continueConversationAsync(o.settings.appId ?? '', reference, async (context) => {
        await context.sendActivity(text);
      });
    },
  };
}
