import { ActivityTypes, TurnContext } from 'botbuilder';
import type { ChannelAccount } from 'botbuilder';
import type { LogStore } from '../../core/ports/log-store.js';
import { conversationPseudonym } from '../../store/pseudonym.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import { CONVERSATION } from '../../prompts/conversation.js';
import type { Logger } from '../../core/logger.js';
import type { ConversationMemory, Reply, TurnPipeline } from '../conversation/turn-pipeline.js';
import type { TurnLog, TurnRecord } from '../../core/turn-record.js';
import { STREAM_SINK, type StreamSink } from '../conversation/stream-sink.js';
import { dropControlCharacters } from '../conversation/drop-control-characters.js';
import type { ConversationMemories } from './conversation-memories.js';
import { turnOrigin } from './turn-origin.js';

export interface DigigovBotOptions {
  readonly pipeline: TurnPipeline;
  /** Where a conversation's memory lives between turns. */
  readonly memories: Pick<ConversationMemories, 'load' | 'save'>;
  readonly turnLog: TurnLog;
  readonly logger: Logger;
  /** Pseudonymises a channel's user id before it is stored or logged. */
  readonly pseudonym: (channel: string, userId: string) => string;
  /** The handoff inbox: a resident who asks for a person lands there. */
  readonly handoffs?: Pick<LogStore, 'openHandoff' | 'touchHandoff'>;
  /** Per resident: at most perMinute messages a minute get an answer; the rest a polite "slow down". */
  readonly rateLimit?: { readonly limiter: RateLimiter; readonly perMinute: number };
  readonly now?: () => Date;
}

/**
 * The conversation, channel-agnostic: every channel adapter runs it, as botbuilder runs a bot (`run`). It dispatches
 * on the activity type itself rather than extending ActivityHandler: that class's chain of nested async handlers made
 * about a seventh of a Zalo turn's allocations (a sampling heap profile under the load benchmark), for the two kinds
 * of activity this bot answers. Anything else (typing, events, reactions) needs nothing; an invoke is answered
 * 501 by the adapter, as ActivityHandler's default did.
 */
export class DigigovBot {
  constructor(private readonly o: DigigovBotOptions) {}

  async run(context: TurnContext): Promise<void> {
    const { type, membersAdded } = context.activity;
    if (type === ActivityTypes.Message) await this.handleMessage(context);
    else if (type === ActivityTypes.ConversationUpdate && membersAdded?.length) await this.welcome(context, membersAdded);
  }

  /** Greets each member who joined, other than the bot itself. */
  private async welcome(context: TurnContext, members: readonly ChannelAccount[]): Promise<void> {
    for (const member of members) {
      if (member.id === context.activity.recipient?.id) continue;
      await context.sendActivity({ type: ActivityTypes.Message, text: CONVERSATION.welcome,
        suggestedActions: { to: [member.id], actions: CONVERSATION.starterQuestions.map((q) => ({ type: 'imBack', title: q, value: q })) },
        channelData: { status: 'welcome', turnId: '' } });
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const a = context.activity;
    // Keyed by the endpoint that received the message, never by the channelId the activity claims: an activity sent
    // to /api/messages that says "zalo" must not reach a Zalo resident's memory, limit or inbox item.
    const origin = turnOrigin(context);
    const memory = await this.o.memories.load(context);
    const input = {
      // Where residents' text enters: nothing after this sees a control character (PostgreSQL refuses U+0000).
      ...(typeof a.text === 'string' ? { text: dropControlCharacters(a.text) } : {}),
      hasAttachments: (a.attachments?.length ?? 0) > 0,
      channel: origin.channel,
      userId: this.o.pseudonym(origin.channel, origin.userId),
      conversationId: conversationPseudonym(this.o.pseudonym, origin.channel, origin.conversationId),
    };
    if (this.o.rateLimit) {
      const { allowed } = await this.o.rateLimit.limiter.hit(`${input.channel}:${input.userId}`, this.o.rateLimit.perMinute, 60_000);
      if (!allowed) {
        const refused = this.o.pipeline.limited(input);
        await this.o.turnLog.append(refused.record);
        await context.sendActivity(toActivity(refused.reply, a.from?.id));
        return;
      }
    }
    let out;
    try {
      const sink = context.turnState.get(STREAM_SINK) as StreamSink | undefined;
      out = await this.o.pipeline.handle(input, memory, sink ? { onText: sink } : {});
    } catch (err) {
      // What the resident asked is logged even when answering failed; the channel's error handler replies.
      await this.o.turnLog.append(this.o.pipeline.failure(input, err)).catch(() => undefined);
      throw err;
    }
    // The record is stored before the reply goes out: a failed send must not lose what the resident asked. The memory
    // is saved only after everything before it succeeded, so a retried turn starts from the memory it started from.
    await this.o.turnLog.append(out.record);
    if (out.feedback) await this.o.turnLog.setFeedback(out.feedback.turnId, out.feedback.value);
    this.o.logger.info('turn', { turnId: out.record.turnId, channel: out.record.channel, status: out.record.status,
      ...(out.record.rewrite ? { rewrite: out.record.rewrite } : {}), totalMs: out.record.timings.totalMs });
    await this.trackHandoff(context, memory, out.memory, out.record);
    await this.o.memories.save(context, out.memory);
    await context.sendActivity(toActivity(out.reply, a.from?.id));
  }

  /** Opens the inbox entry when a resident asks for a person; later messages keep Zalo's reply window fresh. */
  private async trackHandoff(context: TurnContext, before: ConversationMemory, after: ConversationMemory, record: TurnRecord): Promise<void> {
    if (!this.o.handoffs) return;
    const at = (this.o.now?.() ?? new Date()).toISOString();
    if (record.status === 'handoff') {
      await this.o.handoffs.openHandoff({
        channel: record.channel,
        conversationId: record.conversationId,
        // What the channel needs to reach the resident again; shown to no one.
        address: JSON.stringify(TurnContext.getConversationReference(context.activity)),
        question: before.lastQuestion ?? record.question,
        at,
      });
    } else if (after.handoff) {
      await this.o.handoffs.touchHandoff(record.conversationId, at);
    }
  }
}

export function toActivity(reply: Reply, userId: string | undefined) {
  return {
    type: ActivityTypes.Message,
    text: reply.text,
    ...(reply.buttons.length
      ? { suggestedActions: { to: userId ? [userId] : [], actions: reply.buttons.map((b) => ({ type: 'imBack', title: b.title, value: b.value })) } }
      : {}),
    channelData: reply.data,
  };
}
