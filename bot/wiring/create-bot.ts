import type { AnswerEngine, Answerer } from '../answer/answer-engine.js';
import type { Config } from '../config.js';
import { timeOrderedId } from '../conversation/turn-id.js';
import { TurnPipeline } from '../conversation/turn-pipeline.js';
import { CuratedMatcher } from '../curation/curated-matcher.js';
import { ConversationMemories } from '../dialog/conversation-memories.js';
import { DigigovBot } from '../dialog/digigov-bot.js';
import type { Generation } from '../engine/create-generation.js';
import type { Logger } from '../../core/logger.js';
import type { SharedState } from './shared-state.js';

/** The bot as every channel runs it; built once at the composition root. */
export function createBot(o: { config: Config; shared: SharedState; engine: () => AnswerEngine; generation?: Generation; logger: Logger;
  pseudonym: (channel: string, id: string) => string;
  /** What answers questions, when not the serving engine itself (the answer thread's; see answer-thread.ts). */
  answerer?: () => Answerer }): DigigovBot {
  const { store } = o.shared;
  return new DigigovBot({
    pipeline: new TurnPipeline({
      engine: o.answerer ?? o.engine,
      curated: new CuratedMatcher({ store, threshold: o.config.curatedThreshold, read: (q) => o.engine().retriever.prepare(q) }),
      onCuratedHit: (id) => store.recordCuratedHit(id),
      ...(o.generation ? { rewriter: o.generation.rewriter } : {}),
      newId: () => timeOrderedId(),
      now: () => new Date(),
    }),
    memories: new ConversationMemories(o.shared.storage, o.pseudonym),
    turnLog: { append: (r) => store.appendTurn(r), setFeedback: (id, f) => store.setFeedback(id, f) },
    handoffs: store,
    logger: o.logger,
    pseudonym: o.pseudonym,
    rateLimit: { limiter: o.shared.limiter, perMinute: o.config.rateLimitPerMinute },
  });
}
