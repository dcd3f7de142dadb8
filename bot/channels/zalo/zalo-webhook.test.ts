import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger.js';
import { deliverEvent, userTextEvent } from './emulator/webhook-delivery.js';
import { createZaloWebhook, isZaloWebhook, type ZaloWebhookOptions } from './zalo-webhook.js';

describe('isZaloWebhook', () => {
  it.each([
    ['POST', '/api/zalo/webhook', true],
    ['POST', '/api/zalo/webhook?source=zalo', true],
    ['POST', '/api/zalo/webhook/', true],
    ['POST', '/API/Zalo/Webhook', true],
    ['POST', 'http://bot.example.vn/api/zalo/webhook', true],
    ['POST', 'https://bot.example.vn:8443/api/zalo/webhook/?x=1', true],
    ['GET', '/api/zalo/webhook', false],
    ['POST', '/api/zalo/webhook//', false],
    ['POST', '//api/zalo/webhook', false],
    ['POST', '/api/zalo/webhooks', false],
    ['POST', '/api/zalo', false],
    ['POST', 'http://bot.example.vn', false],
  ])('%s %s → %s', (method, url, taken) => {
    expect(isZaloWebhook({ method, url } as IncomingMessage)).toBe(taken);
  });
});

describe('createZaloWebhook when something inside it fails', () => {
  const appId = 'app-1';
  const oaSecretKey = 'secret-1';
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function deliver(options: Partial<ZaloWebhookOptions>): Promise<{ status: number; errors: string[] }> {
    const errors: string[] = [];
    const webhook = createZaloWebhook({ config: { appId, oaSecretKey }, queue: { enqueue: async () => true }, onStored: () => undefined,
      logger: { ...silentLogger, error: (m) => void errors.push(m) }, ...options });
    server = createServer(webhook);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/zalo/webhook`;
    const event = userTextEvent({ appId, oaId: 'oa', userId: 'u1', text: 'xin chào', now: Date.now() });
    const { status } = await deliverEvent({ webhookUrl: url, appId, oaSecretKey, event });
    return { status, errors };
  }

  it('answers 500, and the process lives on, when a step throws', async () => {
    let calls = 0;
    // The clock is read first thing in the handler: throwing there stands for any bug in it.
    const { status, errors } = await deliver({ now: () => (++calls === 1 ? (() => { throw new Error('clock broke'); })() : Date.now()) });
    expect(status).toBe(500);
    expect(errors).toEqual(['zalo webhook failed']);
  });

  it('still acknowledges a stored event when waking the consumer throws (its sweep finds the event)', async () => {
    const { status, errors } = await deliver({ onStored: () => { throw new Error('consumer gone'); } });
    expect(status).toBe(200);
    expect(errors).toEqual(['zalo consumer could not be woken']);
  });

  it('answers 503 when the event cannot be stored, so Zalo delivers it again', async () => {
    expect(await deliver({ queue: { enqueue: async () => { throw new Error('disk full'); } } })).toEqual({ status: 503, errors: ['zalo event could not be stored'] });
  });
});
