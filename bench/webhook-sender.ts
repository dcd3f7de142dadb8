import { Agent, request } from 'node:http';
import { eventMac } from '../bot/channels/zalo/emulator/webhook-delivery.js';

/**
 * Signed webhook deliveries for the load benchmarks over kept-alive node:http sockets. The emulator's deliverEvent
 * uses fetch, whose per-request cost on these two cores came to about 1 ms and was taken from the servers measured.
 */
export function webhookSender(o: { appId: string; oaSecretKey: string; maxSockets: number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: o.maxSockets });
  const send = (url: string, event: Record<string, unknown>): Promise<number> => attempt(url, JSON.stringify(event), String(event.timestamp)).catch(
    // A kept-alive socket the server closed while idle (its keep-alive timeout) fails before the server reads a byte;
    // Zalo would deliver again, so the generator does too, once, on a fresh socket.
    (err: NodeJS.ErrnoException & { reused?: boolean }) => {
      if (err.reused && err.code === 'ECONNRESET') return attempt(url, JSON.stringify(event), String(event.timestamp));
      throw err;
    });
  const attempt = (url: string, raw: string, timestamp: string): Promise<number> => new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(raw),
      'x-zevent-signature': `mac=${eventMac(o.appId, raw, timestamp, o.oaSecretKey)}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} in 10 s`)));
    req.on('error', (err) => reject(Object.assign(err, { reused: req.reusedSocket })));
    req.end(raw);
  });
  return { send, close: () => agent.destroy() };
}
