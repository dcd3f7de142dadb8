import { describe, expect, it } from 'vitest';
import type { Article } from './corpus/article.js';
import { createRetriever } from './create-retriever.js';
import { associationWords } from './associations/association-words.js';
import { learnAssociations } from './associations/learn-associations.js';
import type { AssociationTable } from './associations/association-table.js';
import { createHashedNgramEmbedder } from './dense/hashed-ngram-embedder.js';
import { openIndex } from './index/open-index.js';

const embedder = createHashedNgramEmbedder();
const PARAGRAPHS = [
  'Phường trang bị thiết bị đầu cuối cho tổ công nghệ số cộng đồng.',
  'Phường phát tờ rơi hướng dẫn cho người cao tuổi.',
  'Người dân cài ứng dụng trên điện thoại để làm thủ tục.',
];
const ARTICLES: Article[] = PARAGRAPHS.map((text, i) => ({
  id: `bai-${i}`, title: '', publication: 'test', sourceFile: `bai-${i}.md`, blocks: [{ kind: 'paragraph', text }],
}));
const asked = (questions: readonly string[], paragraph: number) =>
  questions.map((q) => ({ asked: associationWords(q), paragraph: associationWords(PARAGRAPHS[paragraph]!) }));
// Residents asked of the first paragraph in their own words ("đồ nghề" for its "thiết bị"), which it does not contain.
const LEARNED = learnAssociations([
  ...asked(['tổ được cấp đồ nghề gì', 'đồ nghề của tổ có những gì', 'tổ có máy móc đồ nghề không'], 0),
  ...asked(['phường có tờ rơi cho người già không', 'người già đọc hướng dẫn ở đâu'], 1),
  ...asked(['cài app gì để làm thủ tục'], 2),
]);
// Shares "phường" and "phát" with the second paragraph, only "phường" with the first.
const QUESTION = 'phường có phát đồ nghề không';

async function scores(associations: AssociationTable | false, sharp = false): Promise<number[]> {
  const index = await openIndex({ articles: ARTICLES, embedder });
  const ranking = sharp ? { ranking: { associationLambda: 2, associationTemperature: 1 } } : {};
  const retriever = createRetriever(index, embedder, { associations, ...ranking });
  const { hits } = await retriever.search(QUESTION, 3);
  const byParagraph: number[] = [];
  for (const h of hits) byParagraph[PARAGRAPHS.indexOf(h.passage.text)] = h.score;
  return byParagraph;
}

describe('Retriever with learned associations', () => {
  it('raises the paragraph residents asked of in the question\'s own words above what its shared words give it', async () => {
    const [off0, off1] = await scores(false);
    const [on0, on1] = await scores(LEARNED);
    expect(off1!).toBeGreaterThan(off0!);
    expect(on0! - off0!).toBeGreaterThan(on1! - off1!);
  });

  it('puts it first when its share is sharper and weighed above the fused evidence', async () => {
    const [on0, on1] = await scores(LEARNED, true);
    expect(on0!).toBeGreaterThan(on1!);
  });

  it('leaves the scores alone over paragraphs the table learned too few words of', async () => {
    const other = learnAssociations([{ asked: associationWords('có phát đồ nghề không'), paragraph: associationWords('thiết bị') }]);
    expect(await scores(other)).toEqual(await scores(false));
  });
});

describe('Retriever: the coverage rerank beside learned associations', () => {
  // "cài app" is read by the paraphrase lexicon ("cài đặt ứng dụng"), so the coverage rerank weighs in.
  const READ = 'cài app ở phường để làm thủ tục';
  const scored = async (associations: AssociationTable | false, coverageLambda: number, coverageLambdaJudged: number): Promise<number[]> => {
    const index = await openIndex({ articles: ARTICLES, embedder });
    const retriever = createRetriever(index, embedder, { associations, ranking: { coverageLambda, coverageLambdaJudged } });
    const { hits } = await retriever.search(READ, 3);
    return hits.map((h) => h.score);
  };

  it('weighs coverageLambdaJudged, not coverageLambda, where the table judges every passage of the head', async () => {
    expect(await scored(LEARNED, 0.5, 0)).toEqual(await scored(LEARNED, 0, 0));
    expect(await scored(LEARNED, 0, 0.5)).not.toEqual(await scored(LEARNED, 0, 0));
  });

  it('weighs coverageLambda where no table judges', async () => {
    expect(await scored(false, 0.5, 0)).not.toEqual(await scored(false, 0, 0));
    expect(await scored(false, 0, 0.5)).toEqual(await scored(false, 0, 0));
  });
});

describe('Retriever with learned sentence associations', () => {
  // The sentence table learned the same bridge, from the sentence of the first paragraph that answers.
  const SENTENCES = learnAssociations([
    ...asked(['tổ được cấp đồ nghề gì', 'đồ nghề của tổ có những gì'], 0),
    ...asked(['phường có tờ rơi cho người già không'], 1),
  ]);
  const likelihoodFor = async (associations: AssociationTable | false, sentenceAssociations: AssociationTable | false, question = QUESTION) => {
    const index = await openIndex({ articles: ARTICLES, embedder });
    const retriever = createRetriever(index, embedder, { associations, sentenceAssociations });
    const result = await retriever.search(question, 3);
    const docOf = (paragraph: number): number => result.hits.find((h) => h.passage.text === PARAGRAPHS[paragraph])!.doc;
    return { likelihood: result.sentenceLikelihood, docOf };
  };

  it('finds the question likelier given the sentence residents asked of in their own words', async () => {
    // Asked in everyday words: "đồ nghề" is in neither sentence. The same questions without it teach no bridge.
    const question = 'đồ nghề của tổ là gì';
    const without = learnAssociations([
      ...asked(['tổ được cấp gì', 'của tổ có những gì'], 0),
      ...asked(['phường có tờ rơi cho người già không'], 1),
    ]);
    const margin = async (table: AssociationTable): Promise<number> => {
      const { likelihood, docOf } = await likelihoodFor(LEARNED, table, question);
      return likelihood!(docOf(0), PARAGRAPHS[0]!)! - likelihood!(docOf(1), PARAGRAPHS[1]!)!;
    };
    expect(await margin(SENTENCES)).toBeGreaterThan(0);
    expect(await margin(SENTENCES)).toBeGreaterThan(await margin(without));
  });

  it('judges no sentence of a passage the passage table does not know', async () => {
    // A passage table that learned the first paragraph's words and the third's, not the second's.
    const some = learnAssociations([...asked(['tổ có đồ nghề gì'], 0), ...asked(['cài app gì'], 2)]);
    const { likelihood, docOf } = await likelihoodFor(some, SENTENCES);
    expect(likelihood!(docOf(0), PARAGRAPHS[0]!)).toEqual(expect.any(Number));
    expect(likelihood!(docOf(1), PARAGRAPHS[1]!)).toBeUndefined();
  });

  it('gives no likelihood without a sentence table, or when it ties none of the asked words', async () => {
    expect((await likelihoodFor(LEARNED, false)).likelihood).toBeUndefined();
    const unrelated = learnAssociations([{ asked: associationWords('giờ mở cửa'), paragraph: associationWords(PARAGRAPHS[2]!) }]);
    const { likelihood, docOf } = await likelihoodFor(LEARNED, unrelated);
    expect(likelihood!(docOf(0), PARAGRAPHS[0]!)).toBeUndefined();
  });
});

describe('Retriever with learned associations over an interview', () => {
  // The interviewer's question holds the resident's words; the reply after it, which shares few of them, is what the
  // table learned residents ask of, and what is quoted.
  const TURNS = [
    'PV: Tổ công nghệ số cộng đồng có đồ nghề gì?',
    'Ông Hùng: Phường trang bị thiết bị đầu cuối.',
    'Tổ công nghệ số cộng đồng phát tờ rơi cho người cao tuổi.',
  ];
  const INTERVIEW: Article[] = [{ id: 'pv', title: '', publication: 'test', sourceFile: 'pv.md', blocks: TURNS.map((text) => ({ kind: 'paragraph' as const, text })) }];
  const pairs = (questions: readonly string[], turn: number) => questions.map((q) => ({ asked: associationWords(q), paragraph: associationWords(TURNS[turn]!) }));
  const learned = learnAssociations([
    ...pairs(['tổ công nghệ số cộng đồng có đồ nghề gì', 'đồ nghề của tổ công nghệ số', 'tổ công nghệ số có đồ nghề không'], 1),
    ...pairs(['lịch họp của phóng viên'], 0),
    ...pairs(['tổ công nghệ số cộng đồng phát gì'], 2),
  ]);

  it('judges the reply in place of the interviewer\'s question, carrying the question\'s evidence, listed once', async () => {
    const index = await openIndex({ articles: INTERVIEW, embedder });
    const hits = (await createRetriever(index, embedder, { associations: learned, ranking: { associationLambda: 2, associationTemperature: 1 } })
      .search('tổ công nghệ số cộng đồng có đồ nghề gì', 3)).hits;
    expect(hits.map((h) => h.passage.text)).toEqual([TURNS[1], TURNS[2]]);
    // Judged before the replacement, the reply kept its own scant evidence (its words are not the question's) and the
    // interviewer's went with the question judged unlikely: the answer check's floors would read the reply as far down.
    expect(hits[0]!.fused!).toBeGreaterThan(hits[1]!.fused!);
  });
});
