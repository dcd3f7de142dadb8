import type { TurnRow } from '../../core/ports/log-store.js';
import { groupUnanswered, type UnansweredGroup } from '../unanswered-groups.js';
import { QUESTION_STATUSES } from './answer-rate.js';

/**
 * The questions residents ask most, grouped by topic (the same grouping as the unanswered queue): each turn that
 * asked something counts once, by its standalone rewrite when a follow-up was rewritten. Pure.
 */
export function topQuestions(turns: readonly TurnRow[], limit: number): UnansweredGroup[] {
  const asked = turns.filter((t) => QUESTION_STATUSES.includes(t.status))
    .map((t) => ({ id: t.turnId, question: t.rewrite ?? t.question, userId: t.userId }));
  return groupUnanswered(asked).slice(0, limit);
}
