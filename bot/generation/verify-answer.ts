import type { Citation } from '../../core/answer-result.js';
import { REPLIES } from '../../prompts/replies.js';
import type { RemovedSentence } from '../../core/answer-result.js';
import type { GenerationPassage } from './generator.js';
import { ModelError } from './model-error.js';
import { createGenerationContext } from './generation-context.js';
import { splitSentences } from './sentences.js';
import { sourcesBlock } from './sources-block.js';
import { VerifiedAnswer } from './verified-answer.js';

export type Completeness = 'complete' | 'partial' | 'none';

export type VerifyResult =
  | { readonly status: 'answered'; readonly answer: string; readonly citations: readonly Citation[];
      readonly completeness: 'complete' | 'partial'; readonly removed: readonly RemovedSentence[] }
  | { readonly status: 'no_answer'; readonly removed: readonly RemovedSentence[] };

export interface VerifierOptions {
  readonly passages: readonly GenerationPassage[];
  readonly ordinalOf?: (paragraphId: string) => number | undefined;
  /** Receives the final answer text piece by piece; the pieces concatenate to `answer`. */
  readonly onText?: (delta: string) => void;
  /** True when text quotes the system prompt: the whole answer is then rejected, not just the sentence. */
  readonly leaks?: (text: string) => boolean;
}

/**
 * Verifies an answer (links as ⟦URLn⟧ tokens) as it grows. `push` takes the answer so far and emits every sentence
 * that is complete and verified; `finish` takes the whole answer, which must extend what was pushed.
 */
export class AnswerVerifier {
  private readonly verified: VerifiedAnswer;
  private seen = '';
  private consumed = 0;
  private emitted = false;

  constructor(private readonly o: VerifierOptions) {
    this.verified = new VerifiedAnswer(createGenerationContext(o.passages).sentences, o.passages);
  }

  push(answerSoFar: string): void {
    this.feed(answerSoFar, false);
  }

  finish(answer: string, completeness: Completeness): VerifyResult {
    if (completeness === 'none') return { status: 'no_answer', removed: [] };
    if (this.o.leaks?.(answer)) throw leakError();
    this.feed(answer, true);
    const removed = this.verified.removed;
    if (!this.verified.hasCitedSentence) return { status: 'no_answer', removed };
    const sources = sourcesBlock(this.verified.citations, this.o.ordinalOf ?? (() => undefined));
    this.o.onText?.(`\n\n${sources}`);
    return { status: 'answered', answer: [REPLIES.answerLead, ...this.verified.lines, '', sources].join('\n'),
      citations: this.verified.citations, completeness: removed.length ? 'partial' : completeness, removed };
  }

  /** The answer text pushed so far; `finish` rejects an answer that does not extend it. */
  get prefix(): string {
    return this.seen;
  }

  private feed(text: string, final: boolean): void {
    if (!text.startsWith(this.seen)) throw new Error('the answer does not extend the text already verified');
    this.seen = text;
    const split = splitSentences(text.slice(this.consumed), final);
    this.consumed += split.consumed;
    for (const sentence of split.sentences) {
      if (this.o.leaks?.(sentence)) throw leakError();
      for (const line of this.verified.add(sentence)) {
        this.o.onText?.(this.emitted ? `\n${line}` : `${REPLIES.answerLead}\n${line}`);
        this.emitted = true;
      }
    }
  }
}

const leakError = (): ModelError => new ModelError('prompt_leak', 'the answer quotes the system prompt');

/** Verifies a whole answer at once (no streaming). */
export function verifyAnswer(input: { answer: string; completeness: Completeness; passages: readonly GenerationPassage[];
  ordinalOf?: (paragraphId: string) => number | undefined; leaks?: (text: string) => boolean }): VerifyResult {
  const { answer, completeness, ...options } = input;
  const verifier = new AnswerVerifier(options);
  return verifier.finish(answer, completeness);
}
