import { constraintText, NO_CONSTRAINTS, questionConstraints, unmetConstraints, type Constraints } from '../../retrieval/answer/constraints.js';
import { extractAnswer, type Extraction, type ExtractOptions } from '../../retrieval/answer/extract-answer.js';
import type { SelectedSentence } from '../../retrieval/answer/select-sentences.js';
import type { Retriever, RetrievalResult } from '../../retrieval/retriever.js';
import { askingText } from '../../retrieval/text/question-focus.js';
import { separateQuestions } from '../../retrieval/text/separate-questions.js';
import { REPLIES } from '../../prompts/replies.js';

/** A question read apart from its message is answered only this well covered, from the message's first passages. */
const PART_COVERAGE = 0.5;
const PART_RANK = 3;

export interface PartAnswers {
  /** The answered questions' sentences, in the message's order, each once. */
  readonly sentences: readonly SelectedSentence[];
  /** A word on each question the articles do not answer (and that an answered one gives no steps). */
  readonly notices: readonly string[];
  readonly first: { readonly result: RetrievalResult; readonly extraction: Extraction & { status: 'answered' } };
}

/**
 * The questions of a message that asks several things (see separateQuestions), each retrieved and checked alone;
 * undefined when fewer than two are asked or none is answered. A question naming no place, beside one that names a
 * place, is answered only from a passage of a place named: read apart, it would be answered of any city ("Đà Nẵng có
 * bao nhiêu dịch vụ công? … Năm 2025 mục tiêu bao nhiêu phần trăm?"). And each must stand on its own, well covered by
 * a passage the whole message found near the top too: a question leaning on another's subject ("… chữ ký số … bao
 * lâu? Hết hạn rồi có phải trả tiền gia hạn không?"), read apart, is covered thinly by a passage of something else.
 */
export async function answerParts(text: string, o: { retriever: Retriever; extract: ExtractOptions; wholeHits: RetrievalResult['hits'];
  shown: number }): Promise<PartAnswers | undefined> {
  const parts = separateQuestions(text);
  if (parts.length < 2) return undefined;
  const asked = parts.map(askingText);
  const places = asked.map((a) => questionConstraints(a).places);
  const named: Constraints = { ...NO_CONSTRAINTS, places: places.flat() };
  const answered: PartAnswers['first'][] = [];
  const notices: string[] = [];
  for (const [i, part] of parts.entries()) {
    const result = await o.retriever.search(part, o.shown);
    const extraction = extractAnswer(result, o.retriever.sparse, o.extract);
    const ofPlaceNamed = places[i]!.length > 0 || named.places.length === 0 || (extraction.status !== 'no_answer' && extraction.sentences
      .every((s) => unmetConstraints(named, constraintText(`${result.hits.find((h) => h.passage === s.passage)?.context ?? ''}\n${s.passage.text}`))
        .length < named.places.length));
    const ofMessage = extraction.status !== 'no_answer' && extraction.coverage >= PART_COVERAGE
      && o.wholeHits.slice(0, PART_RANK).some((h) => h.passage === extraction.sentences[0]?.passage);
    if (extraction.status === 'answered' && ofPlaceNamed && ofMessage) {
      answered.push({ result, extraction });
      if (extraction.noSteps) notices.push(REPLIES.missing.steps);
    } else notices.push(REPLIES.notAnswered(asked[i]!));
  }
  const first = answered[0];
  if (!first) return undefined;
  const seen = new Set<string>();
  const sentences = answered.flatMap((a) => a.extraction.sentences).filter((s) => {
    const key = `${s.passage.paragraphId}\n${s.text}`;
    return !seen.has(key) && seen.add(key);
  });
  return { sentences, notices, first };
}
