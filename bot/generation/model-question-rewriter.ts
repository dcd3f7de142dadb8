import { REWRITE_SYSTEM_PROMPT, buildRewriteMessages } from '../../prompts/rewrite-messages.js';
import type { Logger } from '../../core/logger.js';
import { silentLogger } from '../../core/logger.js';
import { RewriteJson, parseJson } from './answer-json.js';
import type { ChatModel } from './chat-model.js';
import type { QuestionRewriter } from './generator.js';
import { ModelError } from './model-error.js';
import { createLeakDetector } from './prompt-leak.js';

const leaks = createLeakDetector(REWRITE_SYSTEM_PROMPT);

/**
 * Rewrites a follow-up into a standalone question. No retry on bad output: the heuristic rewrite is a good
 * enough fallback and a second call would delay the answer.
 */
export class ModelQuestionRewriter implements QuestionRewriter {
  private readonly logger: Logger;

  constructor(private readonly o: { model: ChatModel; logger?: Logger }) {
    this.logger = o.logger ?? silentLogger;
  }

  async rewrite(question: string, history: readonly { readonly question: string; readonly answer: string }[]): Promise<string> {
    // Nothing to resolve against: the question already stands alone.
    if (!history.length) return question;
    const completion = await this.o.model.complete(buildRewriteMessages({ question, history }), { json: true });
    const parsed = parseJson(RewriteJson, completion.text);
    if (!parsed) {
      this.logger.warn('rewrite output malformed', { model: this.o.model.id, chars: completion.text.length });
      throw new ModelError('malformed_output', 'rewrite output malformed');
    }
    if (leaks(parsed.standalone)) throw new ModelError('prompt_leak', 'the rewrite quotes the system prompt');
    return parsed.standalone;
  }
}
