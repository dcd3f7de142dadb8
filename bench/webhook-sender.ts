import { createHttpPost, PostError } from '../bot/channels/zalo/http-post.js';
import { eventMac } from '../bot/channels/zalo/emulator/webhook-delivery.js';

/**
 * Signed webhook deliveries for the load benchmarks, over the bot's own kept-alive node:http client. The emulator's
 * deliverEvent uses fetch, whose per-request cost on these two cores came to about 1 ms and was taken from the
 * servers measured.
 */
export function webhookSender(o: { appId: string; oaSecretKey: string; maxSockets: number }) {
  const post = createHttpPost({ maxSockets: o.maxSockets });
  const send = async (url: string, event: Record<string, unknown>): Promise<number> => {
    const body = JSON.stringify(event);
    const request = { body, timeoutMs: 10_000, headers: { 'content-type': 'application/json',
      'x-zevent-signature': `mac=${eventMac(o.appId, body, String(event.timestamp), o.oaSecretKey)}` } };
    try {
      return (await post(url, request)).status;
    } catch (err) {
      // A kept-alive socket the server closed while idle (its keep-alive timeout) fails before the server reads a
      // byte; Zalo would deliver again, so the generator does too, once.
      if (err instanceof PostError && !err.reachedServer) return (await post(url, request)).status;
      throw err;
    }
  };
  return { send };
}
