import type { Storage, TurnContext } from 'botbuilder';
import type { ConversationMemory } from '../conversation/turn-pipeline.js';
import { turnOrigin } from './turn-origin.js';

/**
 * A conversation's memory in botbuilder Storage, under ConversationState's key and in its shape ({ memory }), so state
 * written by either carries over. It replaces ConversationState on the turn path: that class hashes a JSON copy of the
 * state three times a turn to find out whether it changed (4 % of the main thread under the load benchmark), and the
 * memory changes on every turn anyway.
 */
export class ConversationMemories {
  constructor(private readonly storage: Storage) {}

  async load(context: TurnContext): Promise<ConversationMemory> {
    const key = storageKey(context);
    const item = (await this.storage.read([key]))[key] as { memory?: ConversationMemory } | undefined;
    return item?.memory ?? {};
  }

  /** Last write wins, as with ConversationState.saveChanges: one conversation's turns run one at a time. */
  async save(context: TurnContext, memory: ConversationMemory): Promise<void> {
    await this.storage.write({ [storageKey(context)]: { memory, eTag: '*' } });
  }
}

/**
 * ConversationState's key, with its empty namespace after the last slash, under the endpoint that received the turn
 * (for the web chat and Zalo the same key ConversationState used, which was built from the activity's own channelId).
 */
function storageKey(context: TurnContext): string {
  const { channel, conversationId } = turnOrigin(context);
  return `${channel}/conversations/${conversationId}/`;
}
