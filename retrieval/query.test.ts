import { describe, expect, it } from 'vitest';
import { createAbbreviationExpander } from './text/abbreviations.js';
import { tokenize } from './text/tokenize.js';
import { attributionMask, prepareQuery, questionMask, tokenWeights, unknownPhrase, weightedTerms, withCodes, type TermWeights } from './query.js';
import { windowMass } from './rerank/window-mass.js';

const abbreviations = createAbbreviationExpander({ CKS: 'chữ ký số' });
const surfaces = (q: string): string[] => prepareQuery(q, { abbreviations }).tokens.map((t) => t.surface);

describe('question words', () => {
  it.each([
    ['Tỷ lệ là bao nhiêu?', [false, false, false, true, true]],
    ['ty le la bao nhieu', [false, false, false, true, true]],
    ['Làm ở đâu?', [false, true, true]],
    ['Ai là Phó Giám đốc?', [true, false, false, false, false]],
    // Whom the resident addresses, and hearsay, say nothing of the subject.
    ['Nghe nói làm miễn phí, có thật không cháu?', [true, true, false, false, false, true, true, true, true]],
    // So does how sure the resident is of a claim.
    ['Có đúng là top 3 không hay tôi nghe nhầm?', [true, true, false, false, false, false, false, false, true, true]],
    ['con so chinh xac la bao nhieu', [false, false, true, true, false, true, true]],
    ['Nhờ bot phân xử giúp', [true, true, true, true, false]],
    // So does wondering.
    ['Mình tò mò không biết thành phố cấp mấy cái', [false, true, true, true, true, false, false, false, true, false]],
    ['Bác ơi, cho cháu hỏi', [true, true, true, true, true]],
    // Inside a clause it is the subject.
    ['Vậy con tôi làm gì', [true, false, false, false, true]],
    // The day or the spot asked for is the asking word's frame.
    ['Buổi đó diễn ra hôm nào?', [false, false, false, false, true, true]],
    ['ra chỗ nào thì được cấp', [false, true, true, false, false, false]],
    // Unmarked, "cho nao" is also chợ nào, and "ha" the Hà of Hà Nội.
    ['cho nao o ha noi', [false, true, false, false, false]],
    ['Làm ở Hà Nội hả?', [false, false, false, false, true]],
    // After "vậy" or "thế" too, and a vocative of two words.
    ['Làm kiểu nào vậy mọi người?', [false, false, true, true, true, true]],
    ['Làm ở đâu thế em', [false, true, true, true, true]],
    // Not inside the clause: "mọi người" are people here.
    ['mọi người dùng vậy', [false, false, false, true]],
    // "là cái gì" asks as a whole, without marks too: a name before it is the only subject.
    ['ihanoi la cai gi', [false, true, true, true]],
    // "thế" opening a clause carries the conversation on, unmarked too; "có thể" keeps its "thể", and a clause of "thế"
    // alone is left as it is.
    ['the IHanoi la gi', [true, false, true, true]],
    ['Cảm ơn. Thế IHanoi là gì?', [true, true, true, false, true, true]],
    ['co the lam online', [false, false, false, false]],
  ])('%j → %j', (q, mask) => {
    const tokens = tokenize(q);
    expect(questionMask(tokens, /[^\x00-\x7f]/.test(q))).toEqual(mask);
  });

  it('weights names up and question words to zero', () => {
    const tokens = tokenize('Ông Nguyễn Tiến Sỹ là ai');
    expect(tokenWeights(tokens, questionMask(tokens, true))).toEqual([1, 1.5, 1.5, 1.5, 0, 0]);
  });

  it('does not weigh a sentence\'s capitalised first word as a name', () => {
    const tokens = tokenize('miễn phí. Có thật Hà Nội');
    expect(tokenWeights(tokens, tokens.map(() => false), new Set([2]))).toEqual([1, 1, 1, 1, 1.5, 1.5]);
    const q = prepareQuery('Nghe nói chữ ký số miễn phí. Đăng ký ở đâu?', { abbreviations: createAbbreviationExpander({}) });
    expect(q.weights.exact[q.terms.exact.indexOf(tokenize('Đăng')[0]!.exact)]).toBe(1);
  });

  it.each([
    // Who said it, to the comma, "thì" or "là"; "theo" of a direction or a plan is what is asked.
    ['Theo Sở, xã hội số giúp gì?', 'Theo Sở'],
    ['Theo ông Giám đốc Sở thì năm 2024 ghi dấu gì?', 'Theo ông Giám đốc Sở'],
    ['Tỷ lệ là bao nhiêu theo bài về Hải Phòng?', 'theo bài về Hải Phòng'],
    ['Nông nghiệp phát triển theo hướng nào?', ''],
    ['Làm hạ tầng số theo kế hoạch nào?', ''],
    // An official as the subject of a verb of saying: who said it too. Residents who assess are what is asked.
    ['Vậy ông giám đốc Sở đánh giá kế hoạch này ra sao?', 'ông giám đốc Sở đánh giá'],
    ['Chào ad, lãnh đạo Sở TT&TT Hà Nội nói chuyển đổi số là gì?', 'lãnh đạo Sở TT TT Hà Nội nói'],
    ['Người dân đánh giá dịch vụ công thế nào?', ''],
    // Unmarked, "noi" is also Hà Nội: only a two-syllable verb is read.
    ['ong giam doc so cho biet ha noi noi gi', 'ong giam doc so cho biet'],
  ])('%j: %j says who said it', (q, said) => {
    const tokens = tokenize(q);
    const mask = attributionMask(tokens);
    expect(tokens.filter((_, i) => mask[i]).map((t) => t.surface).join(' ')).toBe(said);
  });

  it('drops pairs that touch a removed word instead of joining across it', () => {
    const tokens = tokenize('chữ ký gì số');
    const { terms } = weightedTerms(tokens, tokenWeights(tokens, questionMask(tokens, true)));
    expect(terms.exactPair).toHaveLength(1);
  });

  it('keeps a question made only of question words', () => {
    expect(surfaces('Ai? Ở đâu?')).toEqual(['Ai', 'Ở', 'đâu']);
  });

  it('expands abbreviations and removes question words from what retrieval sees', () => {
    expect(surfaces('CKS ở đâu')).toEqual(['CKS', 'chữ', 'ký', 'số']);
  });

  it('ranks by a wording the lexicon added at half weight, at full weight where it stands in for words no article uses', () => {
    // The articles know "nhà nước" and "tham nhũng", not "hối lộ".
    const known = new Set(['nha', 'nuoc', 'tham', 'nhung', 'nha nuoc', 'tham nhung']);
    const vocabulary = { hasExact: () => false, hasFolded: (s: string) => known.has(s), hasFoldedPair: (p: string) => known.has(p) };
    const reading = { abbreviations: createAbbreviationExpander({}), vocabulary,
      paraphrases: createAbbreviationExpander({ 'hối lộ': 'tham nhũng', 'nhà nước': 'chính quyền' }, { marksMatter: true }) };
    const q = prepareQuery('Nhà nước có bớt hối lộ không?', reading);
    const weight = (w: TermWeights, term: string): number | undefined => w.foldedPair[q.terms.foldedPair.indexOf(term)];
    expect(weight(q.weights, 'tham nhung')).toBe(1);
    expect(weight(q.weights, 'chinh quyen')).toBe(0.5);
    // Answerability weighs every added wording alike.
    expect(weight(q.answerWeights, 'tham nhung')).toBe(0.5);
    expect(unknownPhrase('hối lộ', vocabulary)).toBe(true);
    expect(unknownPhrase('nhà nước', vocabulary)).toBe(false);
    expect(unknownPhrase('hối lộ', undefined)).toBe(false);
  });

  it('adds document codes as whole terms', () => {
    const t = withCodes({ exact: [], folded: [], exactPair: [], foldedPair: [] }, 'Kế hoạch 239/KH-UBND và Nghị quyết 06-NQ/TƯ');
    expect(t.exact).toEqual(['#239/kh-ubnd', '#06-nq/tư']);
    expect(t.folded).toEqual(['#239/kh-ubnd', '#06-nq/tu']);
  });
});

describe('windowMass', () => {
  // Term ids 0..3; query terms 1 (weight 2) and 2 (weight 3).
  const weight = Float64Array.from([0, 2, 3, 0]);
  it.each([
    [[1, 0, 2], 3, 5],
    [[1, 0, 0, 0, 2], 3, 3],
    [[1, 1, 1], 3, 2],
    [[0, 3], 3, 0],
  ])('ids %j, width %d → %d', (ids, width, mass) => {
    const count = new Int32Array(4);
    expect(windowMass(Int32Array.from(ids), weight, count, width)).toBe(mass);
    expect([...count]).toEqual([0, 0, 0, 0]);
  });
});
