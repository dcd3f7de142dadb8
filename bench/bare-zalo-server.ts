/**
 * The limit of the channel benchmark's harness: a server that only verifies the webhook MAC, acknowledges, and sends
 * a fixed reply through the Zalo send API. No bot, no store. Run by bench/channels.ts with --bare.
 *   node --import tsx bench/bare-zalo-server.ts PORT   (ZALO_* settings from the environment, as the bot takes them)
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';

const env = process.env;
const appId = env.ZALO_APP_ID ?? '';
const secret = env.ZALO_OA_SECRET_KEY ?? '';
const openapi = env.ZALO_OPENAPI_URL ?? '';
const token = env.ZALO_ACCESS_TOKEN ?? '';
// The same client technique as the bot's (bot/channels/zalo/http-post.ts): node:http on kept-alive sockets. With fetch
// this server answered a third fewer events a second, which flattered every ratio taken against it.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') return void res.end('{"status":"ok"}');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks);
    let event: { timestamp?: unknown; sender?: { id?: string } };
    try {
      event = JSON.parse(raw.toString('utf8')) as typeof event;
    } catch {
      return void res.writeHead(400).end();
    }
    const mac = createHash('sha256').update(Buffer.concat([Buffer.from(appId), raw, Buffer.from(String(event.timestamp) + secret)])).digest('hex');
    const got = String(req.headers['x-zevent-signature'] ?? '').replace(/^mac=/, '');
    if (got.length !== 64 || !timingSafeEqual(Buffer.from(mac), Buffer.from(got))) return void res.writeHead(401).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    const body = JSON.stringify({ recipient: { user_id: event.sender?.id }, message: { text: 'Đã nhận.' } });
    try {
      const send = request(`${openapi}/v3.0/oa/message/cs`, { method: 'POST', agent,
        headers: { 'content-type': 'application/json', access_token: token, 'content-length': Buffer.byteLength(body) } }, (reply) => reply.resume());
      send.on('error', () => undefined);
      send.end(body);
    } catch {
      // A bad ZALO_OPENAPI_URL (request throws at once): the reply is lost, as a failed fetch's was, not the server.
    }
  });
}).listen(Number(process.argv[2]), '127.0.0.1');
