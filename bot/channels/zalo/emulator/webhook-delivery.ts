import { createHash, randomBytes } from 'node:crypto';

export type SignatureMode = 'valid' | 'bad' | 'none';

export interface Delivery {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

/**
 * Signs and POSTs an event the way Zalo does: the raw JSON bytes, and X-ZEvent-Signature: mac=hex(sha256(appId +
 * body + timestamp + OA secret key)). Written separately from the channel's verifier so each checks the other.
 */
export async function deliverEvent(options: {
  webhookUrl: string; appId: string; oaSecretKey: string; event: Record<string, unknown>; signature?: SignatureMode;
}): Promise<Delivery> {
  const raw = JSON.stringify(options.event);
  const mac = eventMac(options.appId, raw, String(options.event.timestamp), options.oaSecretKey);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.signature !== 'none') headers['x-zevent-signature'] = `mac=${options.signature === 'bad' ? mac.replace(/^./, mac[0] === '0' ? '1' : '0') : mac}`;
  const started = Date.now();
  const res = await fetch(options.webhookUrl, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.text(), ms: Date.now() - started };
}

/** hex(sha256(appId + raw body + timestamp + OA secret key)): the X-ZEvent-Signature value after `mac=`. */
export function eventMac(appId: string, raw: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(`${appId}${raw}${timestamp}${oaSecretKey}`, 'utf8').digest('hex');
}

/** A user_send_text event as Zalo shapes it (docs §1.3), with a fresh msg_id. */
export function userTextEvent(options: { appId: string; oaId: string; userId: string; text: string; now: number }): Record<string, unknown> {
  return {
    app_id: options.appId,
    user_id_by_app: `9${createHash('sha256').update(options.userId).digest('hex').replace(/\D/g, '').slice(0, 17)}`,
    event_name: 'user_send_text',
    timestamp: String(options.now),
    sender: { id: options.userId },
    recipient: { id: options.oaId },
    message: { msg_id: randomBytes(10).toString('hex'), text: options.text },
  };
}
