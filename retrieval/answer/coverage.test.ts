import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../query.js';
import { SparseIndex } from '../sparse/sparse-index.js';
import { fieldTerms } from '../sparse/terms.js';
import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { createAbbreviationExpander } from '../text/abbreviations.js';
import { DEFAULT_EXTRACT_OPTIONS } from './extract-answer.js';
import { askedTerms, focusTerms, heldShare, passageCoverage, type AskedTerms, type TermSet } from './coverage.js';

const PASSAGES = [
  'Tài chính, ngân hàng: phát triển thanh toán số, thúc đẩy thanh toán không dùng tiền mặt.',
  'Năng lực chuyển đổi số của doanh nghiệp còn yếu.',
  'Người dân được hướng dẫn cài đặt ứng dụng VNeID tại bộ phận một cửa.',
];
const sparse = SparseIndex.build(PASSAGES.map((p) => fieldTerms(tokenize(cleanText(p)))));
const reading = { abbreviations: createAbbreviationExpander({}) };
const key = (word: string): string => tokenize(word).map((t) => t.exact).join(' ');
const foldedKey = (word: string): string => tokenize(word).map((t) => t.folded).join(' ');

describe('the terms that say what a question is about', () => {
  it.each([
    // Marked: "tài" (tài chính) is content, "tại" is not.
    ['Tài chính ngân hàng thúc đẩy gì?', ['tài', 'chính', 'ngân', 'hàng'], ['tại']],
    ['Cài ứng dụng tại đâu?', ['cài', 'ứng', 'dụng'], ['tại', 'đâu']],
    // "đầu" of đầu tư is content; the folded list once took it for "đâu".
    ['Nên đầu tư vào đâu?', ['đầu', 'tư'], ['nên', 'đâu']],
    // Chat's pronouns and particles, and quantifiers five articles may lack, say nothing of the subject.
    ['Nó đòi hỏi doanh nghiệp làm một lần rồi thôi à?', ['đòi', 'doanh', 'nghiệp'], ['nó', 'rồi', 'thôi']],
    ['Mỗi ngày doanh nghiệp làm xong mấy việc?', ['ngày', 'doanh', 'nghiệp'], ['mỗi', 'xong']],
    ['Doanh nghiệp tổ chức vô bữa nào?', ['doanh', 'nghiệp'], ['vô', 'bữa']],
    ['Doanh nghiệp làm chuyện thanh toán ra sao?', ['doanh', 'thanh', 'toán'], ['chuyện']],
    ['Thật ra doanh nghiệp làm ở đâu?', ['doanh', 'nghiệp'], ['thật']],
    // Not "thiệt" of thiệt hại (damage).
    ['Doanh nghiệp bị thiệt hại gì?', ['doanh', 'nghiệp', 'thiệt', 'hại'], []],
  ])('%j keeps %j and drops %j', (q, kept, dropped) => {
    const asked = askedTerms(prepareQuery(q, reading), sparse);
    for (const w of kept) expect(asked.uni.has(key(w))).toBe(true);
    for (const w of dropped) expect(asked.uni.has(key(w))).toBe(false);
  });

  it('drops the seams between words in a marked question, where a function word sits in the pair', () => {
    const asked = askedTerms(prepareQuery('Năng lực của doanh nghiệp được đánh giá thế nào?', reading), sparse);
    expect([...asked.pair.keys()]).toContain(key('năng lực'));
    expect([...asked.pair.keys()]).toContain(key('doanh nghiệp'));
    expect([...asked.pair.keys()]).not.toContain(key('của doanh'));
    expect([...asked.pair.keys()]).not.toContain(key('được đánh'));
  });

  it.each([
    // A function word inside a person's name is part of it: the name's pairs say who is asked about.
    ['Ông Phạm Anh Tuấn giữ chức vụ gì?', ['phạm anh', 'anh tuấn'], []],
    ['Ông Nguyễn Thế Hùng nói gì?', ['nguyễn thế', 'thế hùng'], []],
    // The same word as a pronoun, or beside a word not written as a name, stays a seam.
    ['Anh cho hỏi doanh nghiệp ở đâu?', [], ['anh cho']],
    ['Doanh nghiệp như Viettel làm gì?', [], ['nghiệp như', 'như viettel']],
    // A sentence's capital or words typed in Title Case start no name.
    ['Anh Chị cho hỏi doanh nghiệp ở đâu?', [], ['anh chị']],
    ['Tại Hà Nội doanh nghiệp làm gì?', ['hà nội'], ['tại hà']],
    ['Chị Ơi Cho Em Hỏi Doanh Nghiệp Ở Đâu?', ['doanh nghiệp'], ['chị ơi', 'em hỏi', 'nghiệp ở', 'ở đâu']],
    ['Huyện Đông Anh có doanh nghiệp nào?', ['đông anh'], []],
  ])('%j keeps the pairs %j and drops %j', (q, kept, dropped) => {
    const pairs = [...askedTerms(prepareQuery(q, reading), sparse).pair.keys()];
    for (const w of kept) expect(pairs).toContain(key(w));
    for (const w of dropped) expect(pairs).not.toContain(key(w));
  });

  it('weighs a pair no passage holds as its commoner syllable, unless a syllable is unknown too', () => {
    const asked = askedTerms(prepareQuery('thúc đẩy doanh nghiệp bánh đa', reading), sparse);
    const uni = sparse.field('exact');
    expect(asked.pair.get(key('đẩy doanh'))).toBeCloseTo(Math.min(uni.idf(key('đẩy'))!, uni.idf(key('doanh'))!));
    expect(asked.pair.get(key('bánh đa'))).toBeCloseTo(sparse.field('exactPair').maxIdf);
  });

  it('weighs, for coverage, a marked word the articles lack once, its pairs with known syllables as seams; unmarked, at full weight', () => {
    const marked = askedTerms(prepareQuery('doanh nghiệp mướn xe', reading), sparse);
    const uni = sparse.field('exact');
    expect(marked.uni.get(key('mướn'))).toBeCloseTo(uni.maxIdf);
    expect(marked.pair.get(key('nghiệp mướn'))).toBeCloseTo(Math.min(uni.idf(key('nghiệp'))!, sparse.field('exactPair').maxIdf));
    expect(marked.pair.get(key('mướn xe'))).toBeCloseTo(sparse.field('exactPair').maxIdf);
    // The unknown-word gate still weighs it through the unknown syllable.
    expect(marked.gated?.get(key('nghiệp mướn'))).toBeCloseTo(sparse.field('exactPair').maxIdf);
    // Unmarked, "thue" could be no word the articles use: its pairs weigh in full. "muon" folds to "muốn" (want), a
    // function word, and "roi" to "rồi": pairs through them are seams however absent the articles' index leaves them.
    const folded = askedTerms(prepareQuery('doanh nghiep thue xe', reading), sparse);
    expect(folded.pair.get(foldedKey('nghiệp thuê'))).toBeCloseTo(sparse.field('foldedPair').maxIdf);
    const nghiep = sparse.field('folded').idf(foldedKey('nghiệp'))!;
    expect(askedTerms(prepareQuery('doanh nghiep roi', reading), sparse).pair.get(foldedKey('nghiệp rồi'))).toBeCloseTo(nghiep);
    expect(askedTerms(prepareQuery('doanh nghiep muon xe', reading), sparse).pair.get(foldedKey('nghiệp mướn')))
      .toBeCloseTo(nghiep);
  });

  it('weighs the pair of an abbreviation the lexicon read with its neighbour as a seam: "DN" is known as doanh nghiệp', () => {
    const withDn = { abbreviations: createAbbreviationExpander({ DN: 'doanh nghiệp' }) };
    const asked = askedTerms(prepareQuery('nang luc DN con yeu', withDn), sparse);
    // Without the lexicon, "dn" is a syllable no article has, and the pair keeps its full weight.
    const bare = askedTerms(prepareQuery('nang luc DN con yeu', reading), sparse);
    const seam = sparse.field('folded').idf(foldedKey('lực'))!;
    expect(asked.pair.get(foldedKey('luc dn'))! / bare.pair.get(foldedKey('luc dn'))!).toBeCloseTo(seam / sparse.field('foldedPair').maxIdf);
    expect(seam).toBeLessThan(sparse.field('foldedPair').maxIdf);
  });

  it('keeps an unmarked pair unless both syllables are function words ("tai chinh" may be tài chính)', () => {
    const asked = askedTerms(prepareQuery('tai chinh ngan hang thuc day gi', reading), sparse);
    expect([...asked.pair.keys()]).toContain(foldedKey('tai chinh'));
  });

  it('a seam no passage holds no longer drowns what was asked', () => {
    // With "của doanh", "hiện được", "được đánh" weighed as the rarest words, this passage covered under a fifth.
    const q = prepareQuery('Năng lực chuyển đổi số của doanh nghiệp Hà Nội hiện được đánh giá thế nào?', reading);
    expect(passageCoverage(focusTerms(q, sparse), sparse, q.accented, 1)).toBeGreaterThan(DEFAULT_EXTRACT_OPTIONS.minCoverage);
  });

  it('weighs the whole message when its asking sentence has too little content to say what it is about', () => {
    const q = prepareQuery('Tôi viết code Python bị lỗi IndexError khi duyệt danh sách. Sửa thế nào?', reading);
    const focus = focusTerms(q, sparse);
    expect(focus.uni.has(key('python'))).toBe(true);
    const asking = prepareQuery('Năng lực chuyển đổi số bị chê. Doanh nghiệp được đánh giá thế nào?', reading);
    expect(focusTerms(asking, sparse).uni.has(key('chê'))).toBe(false);
  });

  it('counts no word that only frames the answer as the asking sentence\'s content', () => {
    // "sự kiện" says what kind of answer is wanted; what was said, and by whom, is in the story.
    const q = prepareQuery('Có người nói Python rất khó học. Ai nói và nói ở sự kiện nào vậy?', reading);
    expect(focusTerms(q, sparse).uni.has(key('python'))).toBe(true);
  });
});

describe('an everyday phrase counts in the wording a text holds best', () => {
  const set = (uni: Record<string, number>): TermSet => ({ uni: new Map(Object.entries(uni)), pair: new Map() });
  // "toa thuốc" (unknown "toa" weighs much) read as "đơn thuốc" or "bệnh án"; one plain term "hà nội".
  const asked: AskedTerms = { ...set({ hanoi: 1 }),
    groups: [{ typed: set({ toa: 8, thuoc: 2 }), alternatives: [set({ don: 3, thuoc: 2 }), set({ benh: 2, an: 2 })] }] };
  const holding = (...terms: string[]) => ({ uni: new Set(terms), pair: new Set<string>() });
  it.each([
    // Held in no wording: as typed, the unknown word against it.
    [[], 0, 11],
    [['hanoi'], 1, 11],
    // A word both share: the wording it makes the largest share of ("đơn thuốc", 2 of 5, over "toa thuốc", 2 of 10).
    [['hanoi', 'thuoc'], 3, 6],
    // The resident's own words, whole.
    [['hanoi', 'toa', 'thuoc'], 11, 11],
    // An official wording held whole: that wording's weights, and the unused wordings do not count against it.
    [['hanoi', 'don', 'thuoc'], 6, 6],
    [['hanoi', 'benh', 'an'], 5, 5],
    // Two wordings held whole: the heavier.
    [['hanoi', 'don', 'thuoc', 'benh', 'an'], 6, 6],
  ])('holding %j → %d of %d', (terms, have, total) => {
    expect(heldShare(asked, holding(...terms))).toEqual({ have, total });
  });

  it('groups the lexicon\'s phrases out of the plain terms, and keeps a wording\'s word the resident typed elsewhere', () => {
    const lexicon = createAbbreviationExpander({ 'cài app': 'cài đặt ứng dụng; phần mềm' });
    const q = prepareQuery('Cài app ứng dụng VNeID', { abbreviations: createAbbreviationExpander({}), paraphrases: lexicon });
    const terms = askedTerms(q, sparse);
    expect(terms.groups).toHaveLength(1);
    expect(terms.uni.has(key('cài'))).toBe(false);
    expect(terms.groups[0]!.typed.uni.has(key('cài'))).toBe(true);
    expect(terms.groups[0]!.alternatives[0]!.uni.has(key('ứng'))).toBe(true);
    expect(terms.uni.has(key('ứng'))).toBe(true);
    expect(terms.uni.has(key('vneid'))).toBe(true);
  });

  it('reads a typed abbreviation as one meaning with its expansion, and drops a wording that lost a syllable', () => {
    const abbreviations = createAbbreviationExpander({ 'TT&TT': 'thông tin và truyền thông', HN: 'Hà Nội' });
    const marked = askedTerms(prepareQuery('Sở TT&TT có kế hoạch gì?', { abbreviations }), sparse);
    expect(marked.groups).toHaveLength(1);
    // "và" is a function word: the expansion is still weighed whole.
    expect(marked.groups[0]!.alternatives).toHaveLength(1);
    // Unmarked, "dau" of "đầu tư" reads as the asking word "đâu" and is out: "tư" alone does not stand for "ĐT".
    const lost = askedTerms(prepareQuery('DT co bao nhieu', { abbreviations: createAbbreviationExpander({ DT: 'đầu tư' }) }), sparse);
    expect(lost.groups[0]!.alternatives).toHaveLength(0);
    // "ha" is read as the particle "hả" only with its marks: unmarked, "Hà Nội" stays whole.
    const unmarked = askedTerms(prepareQuery('HN co bao nhieu thue bao', { abbreviations }), sparse);
    expect([...unmarked.groups[0]!.alternatives[0]!.pair.keys()]).toEqual([foldedKey('Hà Nội')]);
  });

  it('keeps, unmarked, a wording by its two-syllable words when a lone syllable of it reads as a function word', () => {
    const abbreviations = createAbbreviationExpander({ CDS: 'chuyển đổi số của doanh nghiệp' });
    const unmarked = askedTerms(prepareQuery('CDS nang luc the nao', { abbreviations }), sparse);
    const wording = unmarked.groups[0]!.alternatives[0]!;
    expect(wording.uni.size).toBe(0);
    expect([...wording.pair.keys()]).toContain(foldedKey('doanh nghiệp'));
  });

  it('marks an abbreviation whose expansion the articles use as known, and one they never use as not', () => {
    const abbreviations = createAbbreviationExpander({ DN: 'doanh nghiệp', BHXH: 'bảo hiểm xã hội' });
    const known = askedTerms(prepareQuery('DN co nang luc gi', { abbreviations }), sparse);
    expect(known.groups[0]!.knownExpansion).toBe(true);
    const foreign = askedTerms(prepareQuery('BHXH co nang luc gi', { abbreviations }), sparse);
    expect(foreign.groups[0]!.knownExpansion).toBeUndefined();
    // Its words apart ("bảo hiểm", "xã hội") do not make the phrase one the articles use.
    const apart = SparseIndex.build(['Bảo hiểm y tế cho người dân.', 'Phát triển xã hội số.'].map((p) => fieldTerms(tokenize(cleanText(p)))));
    expect(askedTerms(prepareQuery('BHXH co nang luc gi', { abbreviations }), apart).groups[0]!.knownExpansion).toBeUndefined();
  });
});
