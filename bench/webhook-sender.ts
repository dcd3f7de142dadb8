import { Agent, request } from 'node:http';
import { eventMac } from '../bot/channels/zalo/emulator/webhook-delivery.js';

/**
 * Signed webhook deliveries for the load benchmarks over kept-alive node:http sockets. The emulator's deliverEvent
 * uses fetch, whose per-request cost on these two cores came to about 1 ms and was taken from the servers measured.
 */
export function webhookSender(o: { appId: string; oaSecretKey: string; maxSockets: number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: o.maxSockets });
  const send = (url: string, event: Record<string, unknown>): Promise<number> => new Promise((resolve, reject) => {
    const raw = JSON.stringify(event);
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(raw),
      'x-zevent-signature': `mac=${eventMac(o.appId, raw, String(event.timestamp), o.oaSecretKey)}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} in 10 s`)));
    req.on('error', reject);
    req.end(raw);
  });
  return { send, close: () => agent.destroy() };
}
