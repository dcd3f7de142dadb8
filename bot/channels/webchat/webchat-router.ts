import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../log/logger.js';
import type { ArticleView } from './article-view.js';
import { WebchatAdapter } from './webchat-adapter.js';
import { parseMessageRequest, parseStartRequest } from './webchat-request.js';
import { STREAM_SINK } from '../../conversation/stream-sink.js';

export type { ArticleView } from './article-view.js';

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
}

/** What the page gets back for each activity the bot sent: only the fields it renders. */
export interface WebchatActivity {
  readonly type: string;
  readonly text?: string;
  readonly suggestedActions?: unknown;
  readonly channelData?: unknown;
}

const PUBLIC_DIR = fileURLToPath(new URL('./public', import.meta.url));
const BODY_LIMIT = '16kb';

/** The web chat channel: its JSON API, the articles the citation panel opens, and the page itself at "/". */
export function createWebchatRouter(options: WebchatRouterOptions): express.Router {
  const { bot, articles, logger } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const adapter = new WebchatAdapter(newId);
  const router = express.Router();
  const json = express.json({ limit: BODY_LIMIT });

  const runTurn = async (res: Response, activity: Partial<Activity>, ids: { conversationId: string; userId: string }) => {
    const started = Date.now();
    try {
      const sent = await adapter.processActivity(activity, (context) => bot.run(context));
      logger.debug('webchat turn', { conversationId: ids.conversationId, type: activity.type, replies: sent.length, ms: Date.now() - started });
      res.json({ ...ids, activities: sent.map(toWebchatActivity) });
    } catch (err) {
      // The page shows its own polite notice; the details stay in the log.
      logger.error('webchat turn failed', { conversationId: ids.conversationId, error: describe(err) });
      res.status(500).json({ error: 'turn_failed' });
    }
  };

  const baseActivity = (ids: { conversationId: string; userId: string }): Partial<Activity> => ({
    channelId: 'webchat',
    from: { id: ids.userId, name: 'user' },
    conversation: { id: ids.conversationId, isGroup: false, conversationType: 'personal', name: 'webchat' },
    recipient: { id: 'bot', name: 'bot' },
    id: newId(),
    timestamp: now(),
    serviceUrl: '',
  });

  router.post('/api/webchat/messages', json, async (req: Request, res: Response) => {
    const parsed = parseMessageRequest(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid_body', message: parsed.problem });
    const ids = { conversationId: parsed.value.conversationId ?? newId(), userId: parsed.value.userId ?? newId() };
    await runTurn(res, { ...baseActivity(ids), type: 'message', text: parsed.value.text }, ids);
  });

  // The same turn as /messages, answered as a server-sent event stream: "delta" events carry verified text as a
  // model writes it (none in the offline mode), then one "done" event carries what /messages would have returned.
  router.post('/api/webchat/stream', json, async (req: Request, res: Response) => {
    const parsed = parseMessageRequest(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid_body', message: parsed.problem });
    const ids = { conversationId: parsed.value.conversationId ?? newId(), userId: parsed.value.userId ?? newId() };
    res.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    const event = (name: string, data: unknown): void => void res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    try {
      const sent = await adapter.processActivity({ ...baseActivity(ids), type: 'message', text: parsed.value.text }, (context) => {
        context.turnState.set(STREAM_SINK, (delta: string) => event('delta', { text: delta }));
        return bot.run(context);
      });
      event('done', { ...ids, activities: sent.map(toWebchatActivity) });
    } catch (err) {
      logger.error('webchat turn failed', { conversationId: ids.conversationId, error: describe(err) });
      event('error', { error: 'turn_failed' });
    }
    res.end();
  });

  router.post('/api/webchat/start', json, async (req: Request, res: Response) => {
    const parsed = parseStartRequest(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid_body', message: parsed.problem });
    const ids = { conversationId: parsed.value.conversationId ?? newId(), userId: parsed.value.userId ?? newId() };
    await runTurn(res, { ...baseActivity(ids), type: 'conversationUpdate', membersAdded: [{ id: ids.userId, name: 'user' }] }, ids);
  });

  router.get('/api/webchat/updates', async (req: Request, res: Response) => {
    const conversationId = typeof req.query.conversationId === 'string' ? req.query.conversationId : '';
    const after = Number(req.query.after ?? 0);
    if (!/^[\w-]{1,100}$/.test(conversationId) || !Number.isSafeInteger(after) || after < 0) {
      return void res.status(400).json({ error: 'invalid_query', message: 'conversationId and a whole-number after are required' });
    }
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
