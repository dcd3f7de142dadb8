import type { PromptPassage } from '../../prompts/answer-messages.js';
import { formatDate } from '../../prompts/compose-answer.js';
import type { GenerationPassage } from './generator.js';
import { supportedFigures } from './facts.js';
import { foldForMatch } from './text-fold.js';
import { tokeniseUrls } from './url-tokens.js';
import type { Evidence, SentenceContext } from './verify-sentence.js';

export interface GenerationContext {
  /** What the model sees: the passages with their links replaced by ⟦URLn⟧. */
  readonly promptPassages: readonly PromptPassage[];
  readonly sentences: SentenceContext;
}

/**
 * Everything the prompt and the verifier must agree on, computed once from the passages: the link tokens and,
 * per passage, the figures and folded text its claims are checked against (title and date included: the model
 * sees them too).
 */
export function createGenerationContext(passages: readonly GenerationPassage[]): GenerationContext {
  const { texts, table } = tokeniseUrls(passages.map((p) => p.text));
  const promptPassages = passages.map((p, i) => ({ n: p.n, title: p.title, publication: p.publication, date: p.date,
    text: texts[i] ?? '' }));
  const evidence = new Map<number, Evidence>(promptPassages.map((p) => {
    const all = [p.text, p.title, p.publication, ...(p.date ? [p.date, formatDate(p.date)] : [])].join('\n');
    return [p.n, { n: p.n, folded: foldForMatch(all), figures: supportedFigures(all) }];
  }));
  return { promptPassages, sentences: { evidence, urls: table, publications: passages.map((p) => p.publication) } };
}
