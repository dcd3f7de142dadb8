import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatMessage, ChatModel, CompleteOptions, Completion } from './chat-model.js';
import { ModelError, codeForStatus, parseRetryAfter } from './model-error.js';

export interface OpenAIChatModelOptions {
  readonly apiKey: string;
  /** Any OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp); the SDK default when absent. */
  readonly baseURL?: string;
  readonly model: string;
  /** Whole-call deadline, stream included: the SDK's own timeout stops counting once headers arrive. */
  readonly timeoutMs: number;
  readonly temperature?: number;
}

/** The one file that knows the openai SDK. Retries are off here: ResilientModel owns the retry policy. */
export class OpenAIChatModel implements ChatModel {
  readonly id: string;
  private readonly client: OpenAI;

  constructor(private readonly o: OpenAIChatModelOptions) {
    this.id = o.model;
    this.client = new OpenAI({ apiKey: o.apiKey, ...(o.baseURL ? { baseURL: o.baseURL } : {}), maxRetries: 0, timeout: o.timeoutMs });
  }

  async complete(messages: readonly ChatMessage[], options: CompleteOptions): Promise<Completion> {
    const deadline = AbortSignal.timeout(this.o.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    try {
      return options.onDelta ? await this.stream(messages, options, signal) : await this.once(messages, options, signal);
    } catch (error) {
      throw toModelError(error, deadline.aborted, this.o.timeoutMs);
    }
  }

  private base(messages: readonly ChatMessage[], options: CompleteOptions) {
    return {
      model: this.o.model,
      messages: messages.map((m): ChatCompletionMessageParam => ({ role: m.role, content: m.content })),
      temperature: this.o.temperature ?? 0,
      ...(options.json ? { response_format: { type: 'json_object' as const } } : {}),
    };
  }

  private async once(messages: readonly ChatMessage[], options: CompleteOptions, signal: AbortSignal): Promise<Completion> {
    const res = await this.client.chat.completions.create({ ...this.base(messages, options), stream: false },
      { signal, timeout: this.o.timeoutMs });
    return {
      text: res.choices[0]?.message.content ?? '',
      usage: { promptTokens: res.usage?.prompt_tokens ?? 0, completionTokens: res.usage?.completion_tokens ?? 0 },
    };
  }

  private async stream(messages: readonly ChatMessage[], options: CompleteOptions, signal: AbortSignal): Promise<Completion> {
    const stream = await this.client.chat.completions.create(
      { ...this.base(messages, options), stream: true, stream_options: { include_usage: true } },
      { signal, timeout: this.o.timeoutMs });
    let text = '';
    let usage = { promptTokens: 0, completionTokens: 0 };
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta?.content;
      if (delta) {
        text += delta;
        options.onDelta?.(delta);
      }
      // The usage chunk comes last, with empty choices (stream_options.include_usage).
      if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    }
    // The SDK ends an aborted stream quietly, as if it were complete: a cut-off reply must not pass for a whole one.
    if (signal.aborted) throw signal.reason;
    return { text, usage };
  }
}

function toModelError(error: unknown, timedOut: boolean, timeoutMs: number): ModelError {
  if (error instanceof ModelError) return error;
  if (timedOut || error instanceof APIConnectionTimeoutError) {
    return new ModelError('timeout', `no complete reply within ${timeoutMs} ms`, { cause: error });
  }
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError')) {
    return new ModelError('aborted', 'the caller cancelled the request', { cause: error });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const retryAfterMs = parseRetryAfter(error.headers, Date.now());
    return new ModelError(codeForStatus(error.status), `model server answered ${error.status}`,
      { status: error.status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }), cause: error });
  }
  return new ModelError('network', 'could not reach the model server', { cause: error });
}
