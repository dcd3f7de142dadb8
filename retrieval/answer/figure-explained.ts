import type { AskedParticular, Constraint } from './constraints.js';
import { asksWhy, statesCause } from './reason.js';

// "Thuê bao … đạt 121% là sao, sao lại vượt quá 100%?", "…phủ 93,15% mà mục tiêu chỉ là 90%. Tại sao…?": why a figure the
// resident cites is what it is. "là sao" (how come) asks it as "tại sao" does.
const EXPLAIN = /(?<!\p{L})(là sao|la sao)(?!\p{L})/iu;
// A figure as cited: digits, with their separators and a percent sign; a year is when, not a figure explained.
const FIGURE = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*%?/gu;
const YEAR = /^(?:19|20)\d\d$/;
const REASON: Constraint = { key: 'ly do', label: 'lý do' };

/**
 * When a message asks why a figure it cites is so, the reason as what a reply lacks, and a test of a sentence: it states
 * a cause, or it says something other than that figure. A sentence giving the resident's own figure back explains
 * nothing. Undefined when no such thing is asked.
 */
export function figureExplainedAsked(asked: string): AskedParticular | undefined {
  if (!asksWhy(asked) && !EXPLAIN.test(asked)) return undefined;
  const cited = (asked.match(FIGURE) ?? []).filter((f) => !YEAR.test(f));
  if (cited.length === 0) return undefined;
  return { asked: REASON, heldIn: (sentence) => statesCause(sentence) || !cited.some((f) => sentence.includes(f)) };
}
