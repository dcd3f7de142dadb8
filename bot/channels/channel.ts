import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TurnContext } from 'botbuilder';
import type express from 'express';
import type { ReplyWindow } from '../../core/ports/admin.js';
import type { LogStore } from '../../core/ports/log-store.js';
import type { Config } from '../config.js';
import type { Identity } from '../dialog/turn-origin.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import type { Logger } from '../../core/logger.js';
import type { InboundQueue, QueuedEvent, SentParts } from '../../core/ports/inbound-queue.js';
import type { ArticleView } from '../../core/article-view.js';
import type { Lock } from '../../core/ports/lock.js';
import type { ZaloTokenStore } from '../../core/ports/zalo-tokens.js';

/**
 * One channel, as the server, the handoff and the admin see it. Each lives in bot/channels/<name>/ and is listed once
 * in registry.ts; nothing else names a channel.
 */
export interface Channel {
  /** Its folder, the endpoint its turns are received on, the log's `channel` and the namespace of its residents. */
  readonly name: string;
  /** What staff read in the admin. */
  readonly displayName: string;
  /** Other channel ids its turns may be logged under, with their labels (Bot Framework reports Teams, the Emulator…). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** How a resident is keyed: by the ids the channel verified itself, or scoped by the channelId a platform vouches for. */
  readonly identity: Identity;
  /** Its events are stored in the durable inbound queue before they are acknowledged, and its turns run from there. */
  readonly durableQueue: boolean;
  /** Until when a volunteer may still reply, counted from the resident's last message. Pure. */
  replyWindow(lastInteractionAt: string, now: Date): ReplyWindow;
  /** Its part of the running server, or undefined when its settings leave it off (a partial setting throws at parse). */
  open(context: ChannelContext): OpenChannel | undefined;
}

/** What the composition root hands every channel. */
export interface ChannelContext {
  readonly config: Config;
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly logger: Logger;
  readonly store: LogStore;
  /** The durable inbound queue; `poke` wakes its consumer once an event is stored. */
  readonly inbound: { readonly queue: InboundQueue & SentParts; poke(): void };
  readonly limiter: RateLimiter;
  readonly lock: Lock;
  readonly zaloTokens: ZaloTokenStore;
  readonly pseudonym: (channel: string, id: string) => string;
  /** Keys derived from the pseudonym salt, by purpose. */
  readonly deriveKey: (purpose: string) => Buffer;
  readonly articles: (id: string) => ArticleView | undefined;
  readonly now?: () => number;
}

/** A volunteer's reply, as it went. */
export type Delivery = { readonly delivered: true } | { readonly delivered: false; readonly error: string };

/** Operator-facing state of a channel (health, admin): a problem only an operator can fix, such as a revoked token. */
export interface ChannelHealth {
  readonly ok: boolean;
  readonly problem?: string;
}

export interface OpenChannel {
  /** Express routes: verify the sender, map to the bot's activity, run the turn or store the event. */
  readonly router?: express.Router;
  /** Requests served on node:http before express sees them (the Zalo webhook: the one request a burst is made of). */
  readonly fastPath?: { matches(req: IncomingMessage): boolean; handle(req: IncomingMessage, res: ServerResponse): void };
  /** Runs one turn from the durable queue (channels with durableQueue). */
  readonly runQueued?: (event: QueuedEvent) => Promise<void>;
  /** Sends a volunteer's reply to the address the handoff recorded (a ConversationReference, JSON), inside `window`. */
  deliver(address: string, text: string, window: ReplyWindow): Promise<Delivery>;
  health?(): ChannelHealth;
  stop?(): Promise<void>;
}
