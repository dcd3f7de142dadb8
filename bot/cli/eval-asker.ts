import type { Answerer } from '../answer/answer-engine.js';
import type { AnswerResult } from '../../core/answer-result.js';
import type { QuestionRewriter } from '../generation/generator.js';
import { TurnPipeline, type ConversationMemory } from '../conversation/turn-pipeline.js';

/** A labelled question, with the resident's earlier messages when it is a follow-up (oldest first). */
export interface AskedCase {
  readonly q: string;
  readonly history?: readonly string[];
}

export type Asker = (c: AskedCase) => Promise<AnswerResult>;

/**
 * How the evaluation asks a question. Alone, the engine answers it. After earlier messages, the conversation's own
 * path does, as a resident meets it: the earlier messages go through the turn pipeline (intents, the follow-up
 * rewrite, the answer, the memory it keeps), then the follow-up. A follow-up the pipeline does not answer (read as
 * thanks or a greeting, say) scores as refused, which to the resident it is.
 */
export function askerFor(engine: Answerer, rewriter?: QuestionRewriter): Asker {
  let n = 0;
  const pipeline = new TurnPipeline({ engine: () => engine, ...(rewriter ? { rewriter } : {}), newId: () => `eval-${n++}`, now: () => new Date() });
  const input = (text: string) => ({ text, hasAttachments: false, channel: 'eval', userId: 'eval', conversationId: 'eval' });
  return async (c) => {
    if (!c.history?.length) return engine.answer(c.q);
    let memory: ConversationMemory = {};
    for (const earlier of c.history) memory = (await pipeline.handle(input(earlier), memory)).memory;
    const out = await pipeline.handle(input(c.q), memory);
    return out.result ?? { status: 'no_answer', question: c.q, answer: out.reply.text, citations: [], retrieved: [], truncated: false,
      timings: { retrievalMs: 0, totalMs: 0 } };
  };
}

/**
 * The cases, each one without a history asked after an answerable question of the same cases: the one a fixed stride
 * (7,919, a prime) away, so the pairs are spread over the files and the same for the same files, with no randomness.
 */
export function afterAnotherQuestion<C extends AskedCase & { readonly gold: readonly string[] }>(cases: readonly C[]): C[] {
  const answerable = cases.filter((c) => c.gold.length > 0).map((c) => c.q);
  if (answerable.length === 0) return [...cases];
  return cases.map((c, i) => (c.history?.length ? c : { ...c, history: [answerable[(i * 7919) % answerable.length]!] }));
}
