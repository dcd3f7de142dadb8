import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { listen, relay } from '../../emulator-http.js';
import express, { type Request } from 'express';
import { GRAPH_FAULTS, GraphState, type GraphFault, type ReceivedMessage } from './graph-state.js';
import { deliverSigned, pageDelivery, personEvent, type Delivery, type PersonAction, type SignatureMode } from './webhook-delivery.js';

export const EMULATED_GRAPH_VERSION = 'v23.0';

export interface MessengerEmulatorOptions {
  readonly port?: number;
  readonly host?: string;
  readonly webhookUrl?: string;
  readonly appSecret?: string;
  readonly pageAccessToken?: string;
  readonly verifyToken?: string;
  readonly pageId?: string;
  /** The emulator's clock: the 24 h and 7-day windows are counted on it. */
  readonly now?: () => number;
}

export interface MessengerEmulator {
  readonly url: string;
  /** The Graph API base the bot is pointed at (MESSENGER_GRAPH_URL): the emulator's address and the version. */
  readonly graphUrl: string;
  readonly appSecret: string;
  readonly pageAccessToken: string;
  readonly verifyToken: string;
  readonly pageId: string;
  readonly state: GraphState;
  webhookUrl: string;
  /** MESSENGER_* settings that point a bot at this emulator. */
  botSettings(): Record<string, string>;
  /** A person acts in Messenger: the event is signed and delivered to the webhook. */
  sendAsUser(psid: string, action: PersonAction | string): Promise<Delivery & { event: Record<string, unknown> }>;
  /** Delivers any body (a redelivery, a batch, an echo…) with a valid, bad or no signature. */
  deliver(body: unknown, signature?: SignatureMode): Promise<Delivery>;
  /** Meta's verification handshake against the webhook, with this token (ours unless told). */
  verifyWebhook(token?: string, challenge?: string): Promise<Delivery>;
  messages(psid?: string): ReceivedMessage[];
  setFaults(faults: readonly GraphFault[]): void;
  /** The Page token stops working (code 190 on every send) until reset(). */
  revokeToken(): void;
  close(): Promise<void>;
}

/** A local stand-in for the Graph API's Send API, and a sender of signed webhook deliveries, for tests and people. */
export async function startMessengerEmulator(options: MessengerEmulatorOptions = {}): Promise<MessengerEmulator> {
  const now = options.now ?? Date.now;
  const appSecret = options.appSecret ?? randomBytes(16).toString('hex');
  const pageAccessToken = options.pageAccessToken ?? `EAAG${randomBytes(24).toString('base64url')}`;
  const verifyToken = options.verifyToken ?? randomBytes(12).toString('hex');
  const pageId = options.pageId ?? '104729385561234';
  const state = new GraphState({ pageAccessToken, now });

  const emulator: MessengerEmulator = {
    url: '', graphUrl: '', appSecret, pageAccessToken, verifyToken, pageId, state,
    webhookUrl: options.webhookUrl ?? 'http://localhost:3978/api/messenger/webhook',
    botSettings: () => ({ MESSENGER_APP_SECRET: appSecret, MESSENGER_PAGE_ACCESS_TOKEN: pageAccessToken, MESSENGER_VERIFY_TOKEN: verifyToken,
      MESSENGER_GRAPH_URL: emulator.graphUrl }),
    async sendAsUser(psid, action) {
      const event = personEvent({ pageId, psid, now: now(), action: typeof action === 'string' ? { text: action } : action });
      // The window opens when the person writes, as Meta counts it.
      state.lastUserMessage.set(psid, now());
      return { ...(await emulator.deliver(pageDelivery(pageId, now(), [event]))), event };
    },
    deliver: (body, signature = 'valid') => deliverSigned({ webhookUrl: emulator.webhookUrl, appSecret, body, signature }),
    async verifyWebhook(token = verifyToken, challenge = String(Math.floor(Math.random() * 1e9))) {
      const url = new URL(emulator.webhookUrl);
      url.search = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': token, 'hub.challenge': challenge }).toString();
      const started = performance.now();
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      return { status: res.status, body: await res.text(), ms: performance.now() - started };
    },
    messages: (psid) => state.messages.filter((m) => psid === undefined || m.recipient === psid),
    setFaults: (faults) => void state.faults.push(...faults),
    revokeToken: () => void (state.tokenRevoked = true),
    close: async () => undefined,
  };

  const app = express();
  app.disable('x-powered-by');
  app.post('/:version/me/messages', express.json({ limit: '1mb' }), (req: Request<{ version: string }>, res) => {
    if (!/^v\d+\.\d+$/.test(req.params.version)) return void res.status(400).json({ error: { message: 'Unknown path components', type: 'OAuthException', code: 2500 } });
    const wire = state.send(req.query.access_token, req.body);
    res.status(wire.status).json(wire.body);
  });
  app.use('/emulator', express.json({ limit: '1mb' }));
  app.post('/emulator/users/:psid/send', async (req: Request<{ psid: string }>, res) => {
    const text = (req.body as { text?: unknown } | undefined)?.text;
    if (typeof text !== 'string' || text === '') return void res.status(400).json({ error: 'text is required' });
    await relay(res, () => emulator.sendAsUser(req.params.psid, text));
  });
  app.get('/emulator/messages', (req, res) => void res.json(emulator.messages(typeof req.query.psid === 'string' ? req.query.psid : undefined)));
  app.post('/emulator/faults', (req, res) => {
    const faults = (req.body as { faults?: unknown } | undefined)?.faults;
    if (!Array.isArray(faults) || !faults.every((f) => GRAPH_FAULTS.includes(f as GraphFault))) {
      return void res.status(400).json({ error: `faults: an array of ${GRAPH_FAULTS.join(', ')}` });
    }
    emulator.setFaults(faults as GraphFault[]);
    res.json({ queued: state.faults });
  });
  app.post('/emulator/revoke-token', (_req, res) => { emulator.revokeToken(); res.json({ ok: true }); });
  app.get('/emulator/stats', (_req, res) => void res.json(state.stats));
  app.post('/emulator/reset', (_req, res) => { state.reset(); res.json({ ok: true }); });

  const server = await listen(app, options.port ?? 3980, options.host ?? '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  Object.assign(emulator, { url, graphUrl: `${url}/${EMULATED_GRAPH_VERSION}` });
  emulator.close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return emulator;
}
