import type { Passage } from '../corpus/passages.js';
import type { AssociationModel } from './association-model.js';
import { associationWords } from './association-words.js';
import type { SentenceLikelihood } from './sentence-shares.js';

/** The learned associations over one retriever's passages (see association-model.ts). */
export interface PassageAssociations {
  /** The question's words the associations can weigh (see AssociationModel.tiedWords); empty when none. */
  tiedWords(asked: readonly string[]): Int32Array;
  knowsPassage(doc: number): boolean;
  logLikelihood(tied: Int32Array, doc: number): number;
  /**
   * The sentence table's log-likelihood of the asked words given a sentence, for the answer's choice of sentences (see
   * select-sentences.ts); undefined for a sentence of a passage the passage table does not know, or when the sentence
   * table ties none of the asked words. Absent without a sentence table.
   */
  sentenceLikelihood?(asked: readonly string[]): SentenceLikelihood;
}

export interface PassageAssociationParts {
  /** P(asked | paragraph word): which passages it knows, and how likely each makes the question. */
  readonly model: AssociationModel;
  /**
   * P(asked | sentence word), learned from key-fact sentences; none when absent. Asked for when a sentence of a passage
   * the passage model knows is first weighed: a retrieval benchmark, whose paragraphs it never knows, does not hold it
   * (RSS 204 MB on XQuAD + MLQA read with the retriever, over the 200 MB target).
   */
  readonly sentenceModel?: () => AssociationModel;
  readonly passages: readonly Passage[];
}

/**
 * The models over the passages: each passage explained when it is first weighed (false: the passage model does not know
 * it), each sentence when first weighed (the corpus's sentences bound that cache). The sentence model judges only
 * sentences of passages the passage model knows: it learned from the same questions, so it knows nothing else either.
 */
export function passageAssociations({ model, sentenceModel, passages }: PassageAssociationParts): PassageAssociations {
  const explained: (ReadonlyMap<number, number> | false | undefined)[] = new Array(passages.length);
  const explainedOf = (doc: number): ReadonlyMap<number, number> | false => (explained[doc] ??= model.explain(associationWords(passages[doc]!.text)) ?? false);
  const sentences = new Map<string, ReadonlyMap<number, number>>();
  const sentenceLikelihood = (modelOf: () => AssociationModel) => (asked: readonly string[]): SentenceLikelihood => {
    let tied: Int32Array | undefined;
    return (doc, sentence) => {
      if (explainedOf(doc) === false) return undefined;
      const m = modelOf();
      tied ??= m.tiedWords(asked);
      if (tied.length === 0) return undefined;
      let e = sentences.get(sentence);
      if (e === undefined) sentences.set(sentence, (e = m.explainWhatIsKnown(associationWords(sentence))));
      return m.logLikelihood(tied, e);
    };
  };
  return {
    tiedWords: (asked) => model.tiedWords(asked),
    knowsPassage: (doc) => explainedOf(doc) !== false,
    logLikelihood: (tied, doc) => {
      const e = explainedOf(doc);
      return e ? model.logLikelihood(tied, e) : -Infinity;
    },
    ...(sentenceModel ? { sentenceLikelihood: sentenceLikelihood(sentenceModel) } : {}),
  };
}
