import type { Storage, TurnContext } from 'botbuilder';
import { conversationPseudonym } from '../../store/pseudonym.js';
import type { ConversationMemory } from '../conversation/turn-pipeline.js';
import { turnOrigin } from './turn-origin.js';
import { redactPersonalData } from '../../core/redact.js';

/**
 * A conversation's memory in botbuilder Storage, in ConversationState's shape ({ memory }) but under a pseudonymous
 * key: ConversationState's own key holds the channel's conversation id, which on Zalo is the resident's user id. It
 * replaces ConversationState on the turn path: that class hashes a JSON copy of the state three times a turn to find
 * out whether it changed (4 % of the main thread under the load benchmark), and the memory changes on every turn anyway.
 */
export class ConversationMemories {
  constructor(private readonly storage: Storage, private readonly pseudonym: (channel: string, id: string) => string) {}

  async load(context: TurnContext): Promise<ConversationMemory> {
    const key = this.storageKey(context);
    const item = (await this.storage.read([key]))[key] as { memory?: ConversationMemory } | undefined;
    return item?.memory ?? {};
  }

  /** Last write wins, as with ConversationState.saveChanges: one conversation's turns run one at a time. */
  async save(context: TurnContext, memory: ConversationMemory): Promise<void> {
    await this.storage.write({ [this.storageKey(context)]: { memory: redactMemory(memory), eTag: '*' } });
  }

  /**
   * ConversationState's key (its empty namespace after the last slash) under the endpoint that received the turn,
   * never the channelId an activity claims, with the conversation's pseudonym in it.
   */
  private storageKey(context: TurnContext): string {
    const { channel, conversationId } = turnOrigin(context);
    return `${channel}/conversations/${conversationPseudonym(this.pseudonym, channel, conversationId)}/`;
  }
}

/**
 * The pipeline remembers redacted questions already; this holds for every question, whoever wrote the memory. Answers
 * are the bot's own text (quotes of articles), not residents' words: redacting them again on every turn cost a tenth
 * of a millisecond a turn under the load benchmark and protected nothing.
 */
function redactMemory(m: ConversationMemory): ConversationMemory {
  return {
    ...m,
    ...(m.lastQuestion === undefined ? {} : { lastQuestion: redactPersonalData(m.lastQuestion) }),
    ...(m.lastTopic === undefined ? {} : { lastTopic: redactPersonalData(m.lastTopic) }),
    ...(m.history ? { history: m.history.map((h) => ({ question: redactPersonalData(h.question), answer: h.answer })) } : {}),
  };
}
