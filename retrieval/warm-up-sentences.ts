import { splitSentences } from './answer/sentences.js';

/**
 * How many of the corpus's own sentences a server reads before it listens. A new question costs most on its first
 * encounter with each path of the reading and of the ranking (V8 optimises a function only after many calls, shaped
 * by what it was called with) and with each syllable (the reading memoises them). On the retrieval benchmark (XQuAD +
 * MLQA, 691 paragraphs) the first pass over its 1,701 questions had a wall p95 of 1.21 ms without this and 0.80–0.87 ms
 * after it (session 51, three runs; 0.93–1.13 ms in earlier runs that day); 200 sentences cost about 0.65 s there, and
 * about 0.4 s over the bundled articles' 112 paragraphs, where the whole warm-up takes 0.91 s. The warm-up messages
 * (bot/engine/warm-up.ts) cover the kinds of question; these cover the corpus's words and lengths.
 */
export const CORPUS_WARM_UP_SENTENCES = 200;

// A resident's question is a sentence; a long opening sentence is cut at a word, as a question would end.
const MAX_CHARS = 200;

/**
 * The first sentence of passages spread evenly over the corpus, `count` at most, in corpus order: the same corpus
 * gives the same sentences. Empty passages give none.
 */
export function warmUpSentences(passages: readonly { readonly text: string }[], count: number = CORPUS_WARM_UP_SENTENCES): string[] {
  const taken = Math.min(count, passages.length);
  const sentences: string[] = [];
  for (let i = 0; i < taken; i++) {
    const first = splitSentences(passages[Math.floor((i * passages.length) / taken)]!.text)[0];
    if (first) sentences.push(cut(first));
  }
  return sentences;
}

function cut(sentence: string): string {
  if (sentence.length <= MAX_CHARS) return sentence;
  const space = sentence.lastIndexOf(' ', MAX_CHARS);
  return sentence.slice(0, space > 0 ? space : MAX_CHARS);
}
