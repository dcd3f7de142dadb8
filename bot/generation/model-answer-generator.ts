import { ANSWER_SYSTEM_PROMPT, buildAnswerMessages } from '../../prompts/answer-messages.js';
import type { Logger } from '../../core/logger.js';
import { silentLogger } from '../../core/logger.js';
import { AnswerJson, parseJson, partialStringField } from './answer-json.js';
import type { ChatMessage, ChatModel, ModelUsage } from './chat-model.js';
import type { TokenUsage } from '../../core/answer-result.js';
import type { AnswerGenerator, Generation, GenerationInput, GenerationPassage } from './generator.js';
import { createGenerationContext } from './generation-context.js';
import { ModelError } from './model-error.js';
import { createLeakDetector } from './prompt-leak.js';
import { AnswerVerifier } from './verify-answer.js';
import type { VerifyResult } from './verify-answer.js';

export interface Pricing {
  /** US dollars per million prompt tokens. */
  readonly promptPerMTok: number;
  readonly completionPerMTok: number;
}

export interface ModelAnswerGeneratorOptions {
  readonly model: ChatModel;
  readonly pricing?: Pricing;
  readonly logger?: Logger;
  /** The paragraph's position in its article, for "đoạn 4"; defaults to an `ordinal` the passage may carry. */
  readonly ordinalOf?: (paragraphId: string) => number | undefined;
}

const RETRY_NOTE: ChatMessage = { role: 'user',
  content: 'Your previous reply was not the JSON object described in the rules. Reply again with only that JSON object.' };
const leaks = createLeakDetector(ANSWER_SYSTEM_PROMPT);

/**
 * Writes the answer with a model, then lets through only what verification keeps.
 *
 * Streaming: verification needs whole sentences, so when `onText` is given the reply is streamed and each sentence
 * is passed on once it is complete and verified (renumbered, links restored); the sources block follows at the
 * end. Nothing is shown before the model has said completeness is not "none". The pieces concatenate to
 * `answer`. Output that turns out malformed after text was shown is not retried (a second reply would be spliced
 * onto the first); it rejects like any other failure.
 */
export class ModelAnswerGenerator implements AnswerGenerator {
  private readonly logger: Logger;

  constructor(private readonly o: ModelAnswerGeneratorOptions) {
    this.logger = o.logger ?? silentLogger;
  }

  async generate(input: GenerationInput): Promise<Generation> {
    const messages = buildAnswerMessages({ question: input.question,
      passages: createGenerationContext(input.passages).promptPassages });
    const ordinalOf = this.o.ordinalOf ?? carriedOrdinal(input.passages);
    let usage: ModelUsage = { promptTokens: 0, completionTokens: 0 };
    for (let attempt = 1; ; attempt += 1) {
      const verifier = new AnswerVerifier({ passages: input.passages, ordinalOf, leaks,
        ...(input.onText ? { onText: input.onText } : {}) });
      const stream = input.onText ? new StreamFeed(verifier) : undefined;
      const completion = await this.o.model.complete(attempt === 1 ? messages : [...messages, RETRY_NOTE],
        { json: true, ...(input.signal ? { signal: input.signal } : {}), ...(stream ? { onDelta: (d: string) => stream.add(d) } : {}) });
      usage = { promptTokens: usage.promptTokens + completion.usage.promptTokens,
        completionTokens: usage.completionTokens + completion.usage.completionTokens };
      if (stream?.error) throw stream.error;
      const parsed = parseJson(AnswerJson, completion.text);
      const shown = verifier.prefix.length > 0;
      if (!parsed) {
        this.logger.warn('model output malformed', { model: this.o.model.id, attempt, chars: completion.text.length });
        if (attempt >= 2 || shown) throw new ModelError('malformed_output', `model output malformed (attempt ${attempt})`);
        continue;
      }
      const result = this.finish(verifier, parsed);
      this.logger.debug('model answer verified', { model: this.o.model.id, status: result.status,
        removed: result.removed.map((r) => r.reason), ...usage });
      return this.generation(result, usage);
    }
  }

  private finish(verifier: AnswerVerifier, parsed: AnswerJson): VerifyResult {
    try {
      return verifier.finish(parsed.answer, parsed.completeness);
    } catch (error) {
      if (error instanceof ModelError) this.logger.warn('model answer rejected', { model: this.o.model.id, code: error.code });
      throw error instanceof ModelError ? error
        : new ModelError('malformed_output', 'the parsed answer differs from the streamed one', { cause: error });
    }
  }

  private generation(result: VerifyResult, usage: ModelUsage): Generation {
    const tokenUsage = this.cost(usage);
    const model = this.o.model.id;
    return result.status === 'no_answer'
      ? { status: 'no_answer', removed: result.removed, usage: tokenUsage, model }
      : { ...result, usage: tokenUsage, model };
  }

  private cost(usage: ModelUsage): TokenUsage {
    const p = this.o.pricing;
    if (!p) return usage;
    const costUsd = (usage.promptTokens * p.promptPerMTok + usage.completionTokens * p.completionPerMTok) / 1_000_000;
    return { ...usage, costUsd };
  }
}

/** Feeds streamed JSON to the verifier: the answer field as it grows, once completeness says there is an answer. */
class StreamFeed {
  private raw = '';
  error: unknown;

  constructor(private readonly verifier: AnswerVerifier) {}

  add(delta: string): void {
    if (this.error !== undefined) return;
    this.raw += delta;
    const completeness = partialStringField(this.raw, 'completeness');
    if (!completeness?.closed || completeness.value === 'none') return;
    const answer = partialStringField(this.raw, 'answer');
    try {
      if (answer) this.verifier.push(answer.value);
    } catch (error) {
      // Thrown here it would surface as a transport failure; kept and rethrown once the call returns.
      this.error = error;
    }
  }
}

function carriedOrdinal(passages: readonly GenerationPassage[]): (paragraphId: string) => number | undefined {
  const byId = new Map(passages.map((p) => [p.paragraphId, (p as { ordinal?: unknown }).ordinal]));
  return (id) => {
    const ordinal = byId.get(id);
    return typeof ordinal === 'number' ? ordinal : undefined;
  };
}
