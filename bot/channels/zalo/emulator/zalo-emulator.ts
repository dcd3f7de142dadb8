import type { AddressInfo } from 'node:net';
import { listen, relay } from '../../emulator-http.js';
import express from 'express';
import type { Request, Response } from 'express';
import { chatPage } from './chat-page.js';
import { EmulatorState } from './emulator-state.js';
import type { SentMessage } from './conversation-view.js';
import type { EmulatorStats, SendFault, WireReply } from './emulator-state.js';
import { deliverEvent, userTextEvent } from './webhook-delivery.js';
import type { Delivery, SignatureMode } from './webhook-delivery.js';

export interface ZaloEmulatorOptions {
  port?: number;
  host?: string;
  webhookUrl?: string;
  appId?: string;
  oaId?: string;
  oaSecretKey?: string;
  appSecret?: string;
  accessTokenTtlSec?: number;
  /** How long a 'hang' fault keeps the response back. */
  hangMs?: number;
  now?: () => number;
}

export interface ZaloEmulator {
  readonly url: string;
  readonly appId: string;
  readonly oaSecretKey: string;
  readonly appSecret: string;
  /** The pair issued at start, for the bot's ZALO_ACCESS_TOKEN / ZALO_REFRESH_TOKEN. */
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly state: EmulatorState;
  webhookUrl: string;
  /** ZALO_* settings that point a bot at this emulator. */
  botSettings(): Record<string, string>;
  sendAsUser(userId: string, text: string): Promise<Delivery & { event: Record<string, unknown> }>;
  deliver(event: Record<string, unknown>, signature?: SignatureMode): Promise<Delivery>;
  messages(userId?: string): SentMessage[];
  stats(): EmulatorStats;
  /** sendResults answer the next sends in order; conversationResults the next conversation reads. */
  setFaults(faults: { sendResults?: SendFault[]; conversationResults?: number[]; expireAccessToken?: boolean }): void;
  close(): Promise<void>;
}

/** A local stand-in for Zalo's OpenAPI and OAuth servers, plus control endpoints for tests and people. */
export async function startZaloEmulator(options: ZaloEmulatorOptions = {}): Promise<ZaloEmulator> {
  const now = options.now ?? Date.now;
  const appId = options.appId ?? '3651862195463021093';
  const oaId = options.oaId ?? '579745863508352884';
  const oaSecretKey = options.oaSecretKey ?? 'emulator-oa-secret-key';
  const appSecret = options.appSecret ?? 'emulator-app-secret';
  const state = new EmulatorState({ appId, oaId, appSecret, accessTokenTtlSec: options.accessTokenTtlSec ?? 90_000, hangMs: options.hangMs ?? 5_000, now });
  const initial = state.issuePair();

  const emulator: ZaloEmulator = {
    url: '', appId, oaSecretKey, appSecret, accessToken: initial.accessToken, refreshToken: initial.refreshToken, state,
    webhookUrl: options.webhookUrl ?? 'http://localhost:3978/api/zalo/webhook',
    botSettings: () => ({ ZALO_APP_ID: appId, ZALO_OA_SECRET_KEY: oaSecretKey, ZALO_APP_SECRET: appSecret,
      ZALO_ACCESS_TOKEN: initial.accessToken, ZALO_REFRESH_TOKEN: initial.refreshToken, ZALO_OPENAPI_URL: emulator.url, ZALO_OAUTH_URL: emulator.url }),
    async sendAsUser(userId, text) {
      const event = userTextEvent({ appId, oaId, userId, text, now: now() });
      state.inbound.push({ user_id: userId, text, time: String(event.timestamp), message_id: (event.message as { msg_id: string }).msg_id });
      return { ...(await emulator.deliver(event)), event };
    },
    deliver: (event, signature = 'valid') => deliverEvent({ webhookUrl: emulator.webhookUrl, appId, oaSecretKey, event, signature }),
    messages: (userId) => state.messages.filter((m) => userId === undefined || m.user_id === userId),
    stats: () => ({ ...state.stats }),
    setFaults(faults) {
      if (faults.sendResults) state.faults.push(...faults.sendResults);
      if (faults.conversationResults) state.conversationFaults.push(...faults.conversationResults);
      if (faults.expireAccessToken) state.expireAccessTokens();
    },
    close: async () => undefined,
  };

  const app = express();
  app.disable('x-powered-by');
  app.post('/v3.0/oa/message/cs', express.json({ limit: '1mb' }), (req, res) => reply(res, state.send(req.get('access_token'), req.body)));
  app.get('/v2.0/oa/conversation', (req, res) => reply(res, state.conversation(req.get('access_token'), req.query.data)));
  app.post('/v4/oa/access_token', express.urlencoded({ extended: false }), (req, res) =>
    reply(res, state.refresh(req.get('secret_key'), (req.body ?? {}) as Record<string, unknown>)));
  app.get('/', (_req, res) => void res.type('html').send(chatPage()));
  app.use('/emulator', express.json({ limit: '1mb' }));
  app.post('/emulator/users/:userId/send', async (req: Request<{ userId: string }>, res) => {
    const text = (req.body as { text?: unknown } | undefined)?.text;
    if (typeof text !== 'string' || text === '') return void res.status(400).json({ error: 'text is required' });
    await relay(res, () => emulator.sendAsUser(req.params.userId, text));
  });
  app.post('/emulator/deliver', async (req, res) => {
    const { event, signature } = (req.body ?? {}) as { event?: unknown; signature?: SignatureMode };
    if (typeof event !== 'object' || event === null) return void res.status(400).json({ error: 'event is required' });
    await relay(res, () => emulator.deliver(event as Record<string, unknown>, signature));
  });
  app.get('/emulator/messages', (req, res) => void res.json(emulator.messages(typeof req.query.user_id === 'string' ? req.query.user_id : undefined)));
  // Long poll: answers once the OA has sent `count` messages to the user, or after `timeout` ms with what there is.
  app.get('/emulator/wait', (req, res) => {
    const userId = String(req.query.user_id ?? '');
    const count = Math.max(1, Number(req.query.count ?? 1) || 1);
    const timeout = Math.min(60_000, Math.max(0, Number(req.query.timeout ?? 10_000) || 0));
    const check = (): boolean => {
      const list = emulator.messages(userId);
      if (list.length < count) return false;
      clearTimeout(timer);
      state.waiters.delete(check);
      res.json(list);
      return true;
    };
    const timer = setTimeout(() => {
      state.waiters.delete(check);
      res.json(emulator.messages(userId));
    }, timeout);
    if (!check()) state.waiters.add(check);
  });
  app.get('/emulator/conversation', (req, res) => {
    const userId = String(req.query.user_id ?? '');
    const user = state.inbound.filter((m) => m.user_id === userId).map((m) => ({ from: 'user', text: m.text, buttons: [], time: m.time }));
    const oa = emulator.messages(userId).map((m) => ({ from: 'oa', text: m.text, buttons: m.buttons, time: m.sent_time }));
    res.json([...user, ...oa].sort((a, b) => Number(a.time) - Number(b.time)));
  });
  app.post('/emulator/faults', (req, res) => {
    const { sendResults, conversationResults, expireAccessToken } = (req.body ?? {}) as { sendResults?: unknown; conversationResults?: unknown; expireAccessToken?: unknown };
    const code = (f: unknown) => typeof f === 'number' && Number.isInteger(f);
    const valid = (f: unknown) => f === 'hang' || code(f);
    if (sendResults !== undefined && !(Array.isArray(sendResults) && sendResults.every(valid))) return void res.status(400).json({ error: 'sendResults: array of codes or "hang"' });
    if (conversationResults !== undefined && !(Array.isArray(conversationResults) && conversationResults.every(code))) return void res.status(400).json({ error: 'conversationResults: array of codes' });
    emulator.setFaults({ ...(sendResults ? { sendResults: sendResults as SendFault[] } : {}),
      ...(conversationResults ? { conversationResults: conversationResults as number[] } : {}), expireAccessToken: expireAccessToken === true });
    res.json({ queued: state.faults });
  });
  app.get('/emulator/stats', (_req, res) => void res.json(emulator.stats()));
  app.post('/emulator/reset', (_req, res) => { state.reset(); res.json({ ok: true }); });

  const server = await listen(app, options.port ?? 3979, options.host ?? '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  Object.assign(emulator, { url: `http://${options.host ?? '127.0.0.1'}:${port}` });
  emulator.close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return emulator;
}

function reply(res: Response, wire: WireReply): void {
  const send = () => void res.status(wire.status).json(wire.body);
  if (wire.delayMs) setTimeout(send, wire.delayMs).unref();
  else send();
}
