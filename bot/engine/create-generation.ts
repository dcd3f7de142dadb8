import type { Config } from '../config.js';
import type { AnswerGenerator, QuestionRewriter } from '../generation/generator.js';
import { ModelAnswerGenerator } from '../generation/model-answer-generator.js';
import { ModelQuestionRewriter } from '../generation/model-question-rewriter.js';
import { OpenAIChatModel } from '../generation/openai-chat-model.js';
import { ResilientModel } from '../generation/resilient-model.js';
import type { Logger } from '../../core/logger.js';

export interface Generation {
  readonly generator: AnswerGenerator;
  readonly rewriter: QuestionRewriter;
}

/** The model path when OPENAI_API_KEY is set: one resilient client (retries, circuit breaker) for answers and rewrites. */
export function createGeneration(config: Config, logger?: Logger): Generation | undefined {
  const o = config.openai;
  if (!o) return undefined;
  const model = new ResilientModel(new OpenAIChatModel({ apiKey: o.apiKey, model: o.chatModel, timeoutMs: o.timeoutMs,
    ...(o.baseURL ? { baseURL: o.baseURL } : {}) }));
  return {
    generator: new ModelAnswerGenerator({ model, ...(logger ? { logger } : {}),
      ...(o.pricePerMTok ? { pricing: { promptPerMTok: o.pricePerMTok.prompt, completionPerMTok: o.pricePerMTok.completion } } : {}) }),
    rewriter: new ModelQuestionRewriter({ model, ...(logger ? { logger } : {}) }),
  };
}
