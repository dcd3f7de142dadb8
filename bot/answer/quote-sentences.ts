import type { Article } from '../../retrieval/corpus/article.js';
import type { SelectedSentence } from '../../retrieval/answer/select-sentences.js';
import type { AnswerLine, SourceLine } from '../../prompts/compose-answer.js';
import type { Citation } from '../../core/answer-result.js';

/** Quoted sentences as numbered lines, with their citations and source lines: one number per paragraph, in order. */
export function quoteSentences(sentences: readonly SelectedSentence[], article: (id: string) => Article | undefined,
  ordinal: (paragraphId: string) => number): { citations: Citation[]; lines: AnswerLine[]; sources: SourceLine[] } {
  const citations: Citation[] = [];
  const lines: AnswerLine[] = [];
  for (const s of sentences) {
    const a = article(s.passage.articleId);
    let c = citations.find((x) => x.paragraphId === s.passage.paragraphId);
    if (!c) {
      c = { n: citations.length + 1, paragraphId: s.passage.paragraphId, articleId: s.passage.articleId,
        title: a?.title ?? s.passage.articleId, publication: a?.publication ?? '', date: a?.date ?? null, text: s.passage.text };
      citations.push(c);
    }
    const when = a?.date ?? a?.asOf;
    lines.push({ text: s.text, n: c.n, source: { publication: c.publication, ...(when ? { when } : {}) } });
  }
  const sources: SourceLine[] = citations.map((c) => ({ n: c.n, title: c.title, publication: c.publication,
    ...(c.date ? { date: c.date } : {}), ordinal: ordinal(c.paragraphId) }));
  return { citations, lines, sources };
}
