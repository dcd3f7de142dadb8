/**
 * The project's own chat-model interface: the generator and the rewriter depend on this, never on a vendor SDK,
 * so the OpenAI adapter (or a test double) is the only file that knows the wire protocol.
 */

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface CompleteOptions {
  /** Ask the server for a JSON object (response_format json_object). */
  readonly json: boolean;
  readonly signal?: AbortSignal;
  /** When given, the reply is streamed and each content delta is passed here as it arrives. */
  readonly onDelta?: (text: string) => void;
}

export interface ModelUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
}

export interface Completion {
  readonly text: string;
  readonly usage: ModelUsage;
}

export interface ChatModel {
  /** The model name as configured (e.g. "gpt-4o-mini"); recorded with every generated answer. */
  readonly id: string;
  complete(messages: readonly ChatMessage[], options: CompleteOptions): Promise<Completion>;
}
