import type { SendResult } from '../channels/zalo/zalo-client.js';
import type { NewInboundEvent } from '../../core/ports/inbound-queue.js';

/** What the server asks of its Zalo turn thread; each request with an id gets one reply with that id. */
export type ToZaloThread =
  | { readonly type: 'poke' }
  | { readonly type: 'enqueue'; readonly id: number; readonly event: NewInboundEvent; readonly now: number }
  | { readonly type: 'sendText'; readonly id: number; readonly userId: string; readonly text: string }
  | { readonly type: 'idle' | 'stop' | 'reload'; readonly id: number };

export type FromZaloThread =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: string }
  | { readonly type: 'reply'; readonly id: number; readonly result?: SendResult; readonly stored?: boolean; readonly error?: string };
