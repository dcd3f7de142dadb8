import { createHmac, randomBytes } from 'node:crypto';

export type SignatureMode = 'valid' | 'bad' | 'none';

export interface Delivery {
  readonly status: number;
  readonly body: string;
  /** From sending the request to the webhook's whole answer. */
  readonly ms: number;
}

/**
 * POSTs a delivery the way Meta does: the raw JSON bytes, signed in X-Hub-Signature-256 with the app secret.
 * Written apart from the channel's verifier, so each checks the other.
 */
export async function deliverSigned(o: { webhookUrl: string; appSecret: string; body: unknown; signature?: SignatureMode }): Promise<Delivery> {
  const raw = JSON.stringify(o.body);
  const hex = createHmac('sha256', o.appSecret).update(raw, 'utf8').digest('hex');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (o.signature !== 'none') headers['x-hub-signature-256'] = `sha256=${o.signature === 'bad' ? hex.replace(/^./, hex[0] === '0' ? '1' : '0') : hex}`;
  const started = performance.now();
  const res = await fetch(o.webhookUrl, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.text(), ms: performance.now() - started };
}

/** A Page delivery of messaging events, as Meta batches them: one entry for the Page. */
export function pageDelivery(pageId: string, now: number, messaging: readonly Record<string, unknown>[]): Record<string, unknown> {
  return { object: 'page', entry: [{ id: pageId, time: now, messaging }] };
}

/** What a person does in Messenger: write a text, tap a quick reply, send an attachment. */
export type PersonAction =
  | { readonly text: string }
  | { readonly quickReply: { readonly title: string; readonly payload: string } }
  | { readonly attachment: 'image' | 'audio' | 'file' | 'video' | 'location' };

/** One messaging event from a person to the Page, with a fresh mid. */
export function personEvent(o: { pageId: string; psid: string; now: number; action: PersonAction }): Record<string, unknown> {
  const mid = `m_${randomBytes(16).toString('base64url')}`;
  const a = o.action;
  const message = 'text' in a ? { mid, text: a.text }
    : 'quickReply' in a ? { mid, text: a.quickReply.title, quick_reply: { payload: a.quickReply.payload } }
      : { mid, attachments: [{ type: a.attachment, payload: a.attachment === 'location' ? { coordinates: { lat: 21.0285, long: 105.8542 } } : { url: `https://scontent.xx.fbcdn.net/v/${mid}` } }] };
  return { sender: { id: o.psid }, recipient: { id: o.pageId }, timestamp: o.now, message };
}
