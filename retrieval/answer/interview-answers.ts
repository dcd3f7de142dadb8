import type { Passage } from '../corpus/passages.js';

// An interviewer's turn in a printed interview: "- PV: Thưa đồng chí, …?", "Phóng viên: …", "Hỏi: …".
const INTERVIEWER = /^[\s\-–—•*]*(PV|P\.V|Phóng viên|Hỏi)\s*:/u;

/** Whether a paragraph is an interviewer's question rather than what the article says. */
export function isInterviewerTurn(text: string): boolean {
  return INTERVIEWER.test(text);
}

/** What withInterviewAnswers needs of a retrieval hit. */
export interface HitAt {
  readonly passage: Passage;
  readonly doc: number;
}

/**
 * A resident who asks what an interviewer asked matches the interviewer's question best, but what answers it is the
 * next paragraph: the interviewee's reply. Each interviewer's question among the hits is replaced by the paragraph
 * after it in its article (at the question's rank, with its score), or dropped when that paragraph is already a hit;
 * a question with no reply after it (a closing "PV: Xin cảm ơn!") stays. Pure; `at` builds the reply's hit.
 */
export function withInterviewAnswers<T extends HitAt>(hits: readonly T[], passages: readonly Passage[], at: (hit: T, doc: number) => T): T[] {
  if (!hits.some((h) => isInterviewerTurn(h.passage.text))) return [...hits];
  const out: T[] = [];
  const taken = new Set<number>();
  for (const hit of hits) {
    const next = passages[hit.doc + 1];
    const reply = isInterviewerTurn(hit.passage.text) && next && next.articleId === hit.passage.articleId
      && next.ordinal === hit.passage.ordinal + 1 && !isInterviewerTurn(next.text) ? hit.doc + 1 : undefined;
    const doc = reply ?? hit.doc;
    if (taken.has(doc)) continue;
    taken.add(doc);
    out.push(reply === undefined ? hit : at(hit, reply));
  }
  return out;
}
