import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../../core/logger.js';
import type { RateLimiter } from '../../../core/ports/rate-limiter.js';
import type { ArticleView } from '../../../core/article-view.js';
import { clientAddressKey } from '../../../core/client-address.js';
import { WebchatAdapter } from './webchat-adapter.js';
import type { WebchatIdentity } from './webchat-identity.js';
import { parseMessageRequest, parseStartRequest } from './webchat-request.js';
import { STREAM_SINK } from '../../conversation/stream-sink.js';
import { CONVERSATION } from '../../../prompts/conversation.js';

export type { ArticleView } from '../../../core/article-view.js';

export interface WebchatRouterOptions {
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly articles: (id: string) => ArticleView | undefined;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** The longest message the bot reads whole (MAX_QUESTION_CHARS): the page holds its input to it. */
  readonly maxQuestionChars?: number;
  /** Messages sent outside a turn (volunteer replies) after the page's cursor, polled by the page. */
  readonly updates?: (conversationId: string, after: number) => Promise<{ activities: WebchatActivity[]; next: number }>;
  /** Who the browser is and which conversations are its own (the signed cookie). */
  readonly identity: WebchatIdentity;
  /**
   * Questions a client address may send a minute, whatever identity it presents (a client that drops its cookie
   * gets a new one each time). Through the shared RateLimiter, so Redis makes it one count across instances.
   */
  readonly addressLimit?: { readonly limiter: RateLimiter; readonly perMinute: number };
}

/** What the page gets back for each activity the bot sent: only the fields it renders. */
export interface WebchatActivity {
  readonly type: string;
  readonly text?: string;
  readonly suggestedActions?: unknown;
  readonly channelData?: unknown;
}

interface Ids {
  readonly conversationId: string;
  readonly userId: string;
}

const PUBLIC_DIR = fileURLToPath(new URL('./public', import.meta.url));
const BODY_LIMIT = '16kb';

/** The web chat channel: its JSON API, the articles the citation panel opens, and the page itself at "/". */
export function createWebchatRouter(options: WebchatRouterOptions): express.Router {
  const { bot, articles, logger, identity } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const adapter = new WebchatAdapter(newId);
  const router = express.Router();
  const json = express.json({ limit: BODY_LIMIT });

  const runTurn = async (res: Response, activity: Partial<Activity>, ids: Ids) => {
    const started = Date.now();
    try {
      const sent = await adapter.processActivity(activity, (context) => bot.run(context));
      logger.debug('webchat turn', { conversationId: ids.conversationId, type: activity.type, replies: sent.length, ms: Date.now() - started });
      res.json({ conversationId: ids.conversationId, activities: sent.map(toWebchatActivity) });
    } catch (err) {
      // The page shows its own polite notice; the details stay in the log.
      logger.error('webchat turn failed', { conversationId: ids.conversationId, error: describe(err) });
      res.status(500).json({ error: 'turn_failed' });
    }
  };

  const baseActivity = (ids: Ids): Partial<Activity> => ({
    channelId: 'webchat',
    from: { id: ids.userId, name: 'user' },
    conversation: { id: ids.conversationId, isGroup: false, conversationType: 'personal', name: 'webchat' },
    recipient: { id: 'bot', name: 'bot' },
    id: newId(),
    timestamp: now(),
    serviceUrl: '',
  });

  /**
   * The user the cookie proves (a new one, with its cookie, when there is none) and the conversation: the one named,
   * if it was issued to this user, or a new one. A foreign or made-up id gets 403 and learns nothing; undefined then.
   */
  const identify = (req: Request, res: Response, conversationId: string | undefined): Ids | undefined => {
    let userId = identity.userFrom(req.headers.cookie);
    if (!userId) {
      userId = identity.newUser();
      res.append('Set-Cookie', identity.cookie(userId, req.secure));
    }
    if (conversationId !== undefined && !identity.owns(userId, conversationId)) {
      res.status(403).json({ error: 'forbidden' });
      return undefined;
    }
    return { userId, conversationId: conversationId ?? identity.newConversation(userId) };
  };

  /** The per-address limit on questions: false (and a 429 with the polite reply) once the address is over it. */
  const withinAddressLimit = async (req: Request, res: Response): Promise<boolean> => {
    if (!options.addressLimit) return true;
    const { limiter, perMinute } = options.addressLimit;
    const { allowed, retryAfterMs } = await limiter.hit(`webchat-address:${clientAddressKey(req.ip)}`, perMinute, 60_000);
    if (allowed) return true;
    res.status(429).set('Retry-After', String(Math.ceil(retryAfterMs / 1000)))
      .json({ error: 'rate_limited', activities: [{ type: 'message', text: CONVERSATION.rateLimited, channelData: { status: 'rate_limited', turnId: '' } }] });
    return false;
  };

  router.post('/api/webchat/messages', json, async (req: Request, res: Response) => {
    const parsed = parseMessageRequest(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid_body', message: parsed.problem });
    if (!(await withinAddressLimit(req, res))) return;
    const ids = identify(req, res, parsed.value.conversationId);
    if (!ids) return;
    await runTurn(res, { ...baseActivity(ids), type: 'message', text: parsed.value.text }, ids);
  });

  // The same turn as /messages, answered as a server-sent event stream: "delta" events carry verified text as a
  // model writes it (none in the offline mode), then one "done" event carries what /messages would have returned.
  router.post('/api/webchat/stream', json, async (req: Request, res: Response) => {
    const parsed = parseMessageRequest(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid_body', message: parsed.problem });
    if (!(await withinAddressLimit(req, res))) return;
    const ids = identify(req, res, parsed.value.conversationId);
    if (!ids) return;
    res.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    const event = (name: string, data: unknown): void => void res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    try {
      const sent = await adapter.processActivity({ ...baseActivity(ids), type: 'message', text: parsed.value.text }, (context) => {
        context.turnState.set(STREAM_SINK, (delta: string) => event('delta', { text: delta }));
        return bot.run(context);
      });
      event('done', { conversationId: ids.conversationId, activities: sent.map(toWebchatActivity) });
    } catch (err) {
      logger.error('webchat turn failed', { conversationId: ids.conversationId, error: describe(err) });
      event('error', { error: 'turn_failed' });
    }
    res.end();
  });

  router.post('/api/webchat/start', json, async (req: Request, res: Response) => {
    const parsed = parseStartRequest(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid_body', message: parsed.problem });
    const ids = identify(req, res, parsed.value.conversationId);
    if (!ids) return;
    await runTurn(res, { ...baseActivity(ids), type: 'conversationUpdate', membersAdded: [{ id: ids.userId, name: 'user' }] }, ids);
  });

  router.get('/api/webchat/updates', async (req: Request, res: Response) => {
    const conversationId = typeof req.query.conversationId === 'string' ? req.query.conversationId : '';
    const after = Number(req.query.after ?? 0);
    if (!/^[\w-]{1,100}$/.test(conversationId) || !Number.isSafeInteger(after) || after < 0) {
      return void res.status(400).json({ error: 'invalid_query', message: 'conversationId and a whole-number after are required' });
    }
    // A poll never creates an identity: without the owner's cookie there is nothing to read.
    const userId = identity.userFrom(req.headers.cookie);
    if (!userId || !identity.owns(userId, conversationId)) return void res.status(403).json({ error: 'forbidden' });
    res.json(options.updates ? await options.updates(conversationId, after) : { activities: [], next: after });
  });

  router.get('/api/webchat/settings', (_req: Request, res: Response) => {
    res.json({ maxQuestionChars: options.maxQuestionChars ?? 500 });
  });

  router.get('/api/articles/:id', (req: Request<{ id: string }>, res: Response) => {
    const article = articles(req.params.id);
    if (!article) return void res.status(404).json({ error: 'not_found', message: 'no article with this id' });
    res.json(article);
  });

  router.use(express.static(PUBLIC_DIR, { index: 'index.html', fallthrough: true }));
  router.use(bodyErrors(logger));
  return router;
}

function toWebchatActivity(a: Partial<Activity>): WebchatActivity {
  return {
    type: a.type ?? 'message',
    ...(a.text !== undefined ? { text: a.text } : {}),
    ...(a.suggestedActions ? { suggestedActions: a.suggestedActions } : {}),
    ...(a.channelData !== undefined ? { channelData: a.channelData } : {}),
  };
}

/** body-parser's errors carry a status: 413 too large, 400 not JSON, 415 unsupported charset. Everything else is ours. */
function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    const status = (err as { status?: unknown } | null)?.status;
    const type = (err as { type?: unknown } | null)?.type;
    if (typeof status !== 'number' || typeof type !== 'string' || status < 400 || status >= 500) return next(err);
    logger.warn('webchat request rejected', { status, type });
    const message = status === 413 ? 'body is larger than 16 KB' : status === 400 ? 'body is not valid JSON' : 'body could not be read';
    res.status(status).json({ error: status === 413 ? 'too_large' : 'invalid_body', message });
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
