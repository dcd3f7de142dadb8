import { describe, expect, it } from 'vitest';
import { partialStringField, parseJson, AnswerJson } from '../../bot/generation/answer-json.js';
import { figures, names } from '../../bot/generation/facts.js';
import { splitSentences } from '../../bot/generation/sentences.js';
import { restoreUrls, tokeniseUrls } from '../../bot/generation/url-tokens.js';

describe('splitSentences', () => {
  it.each([
    ['Câu một [1]. Câu hai [2].', true, ['Câu một [1].', 'Câu hai [2].']],
    ['Câu một. [1] Câu hai. [2]', true, ['Câu một. [1]', 'Câu hai. [2]']],
    ['Tỷ lệ đạt 81,7% và 1.232 dịch vụ [1]. Xong [1].', true, ['Tỷ lệ đạt 81,7% và 1.232 dịch vụ [1].', 'Xong [1].']],
    ['Tại TP. Hồ Chí Minh có 5 điểm [1]. Hết [1].', true, ['Tại TP. Hồ Chí Minh có 5 điểm [1].', 'Hết [1].']],
    ['Dòng một [1]\nDòng hai [2]', true, ['Dòng một [1]', 'Dòng hai [2]']],
    // Streaming: a sentence is final only once what follows shows no marker is still coming.
    ['Câu một. ', false, []],
    ['Câu một. [1', false, []],
    ['Câu một. [1] C', false, ['Câu một. [1]']],
    ['Câu một [1]. Câu hai', false, ['Câu một [1].']],
  ])('%j (final: %s)', (text, final, expected) => {
    expect(splitSentences(text, final).sentences).toEqual(expected);
  });
});

describe('facts', () => {
  it.each([
    ['Ngày 27/9/2023 có 1.232 dịch vụ, đạt 81,7% [1].', ['27/9/2023', '1.232', '81,7']],
    ['Xem ⟦URL12⟧ [3].', []],
  ])('figures of %j', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each([
    ['Người dân ở Hà Nội dùng VNeID [1].', ['Hà Nội', 'VNeID']],
    ['Theo Bộ Công an, thủ tục đơn giản.', ['Theo Bộ Công']],
    ['Hà Nội, Hải Phòng đều có.', ['Hà Nội', 'Hải Phòng']],
  ])('names of %j', (text, expected) => expect(names(text).map((n) => n.text)).toEqual(expected));
});

describe('url tokens', () => {
  it('replaces each link with one token per distinct link and restores them', () => {
    const { texts, table } = tokeniseUrls(['Xem https://a.gov.vn/x. Hoặc www.b.vn, hoặc c.gov.vn.', 'Lại https://a.gov.vn/x']);
    expect(texts).toEqual(['Xem ⟦URL1⟧. Hoặc ⟦URL2⟧, hoặc ⟦URL3⟧.', 'Lại ⟦URL1⟧']);
    expect(restoreUrls('Vào ⟦URL2⟧ [1].', table)).toEqual({ text: 'Vào www.b.vn [1].', invented: [] });
  });

  it.each([
    ['a scheme link', 'Vào https://evil.example.com/login [1].', ['https://evil.example.com/login']],
    ['a bare domain', 'Vào dichvucong-gov.vn [1].', ['dichvucong-gov.vn']],
    ['an unknown token', 'Vào ⟦URL9⟧ [1].', ['⟦URL9⟧']],
  ])('reports %s as invented', (_n, text, invented) => {
    expect(restoreUrls(text, { urls: new Map() }).invented).toEqual(invented);
  });

  it('does not take figures or publication names for links', () => {
    expect(restoreUrls('Theo Chinhphu.vn, có 1.232 dịch vụ, đạt 81,7% [1].', { urls: new Map() }, ['Chinhphu.vn']).invented).toEqual([]);
  });
});

describe('answer JSON', () => {
  it.each([
    ['{"completeness":"complete","answer":"Câu [1].","sources":[1]}', true],
    ['```json\n{"completeness":"partial","answer":"","sources":[]}\n```', true],
    ['{"completeness":"maybe","answer":"x","sources":[1]}', false],
    ['{"answer":"x"}', false],
    ['Tất nhiên! Đây là câu trả lời', false],
  ])('parseJson(%j) ok=%s', (text, ok) => expect(parseJson(AnswerJson, text) !== undefined).toBe(ok));

  it.each([
    ['{"completeness":"complete","answer":"Câu \\"một\\"\\n', { value: 'Câu "một"\n', closed: false }],
    ['{"answer":"A\\u00e1 [1].","sources"', { value: 'Aá [1].', closed: true }],
    ['{"answer":"cut \\', { value: 'cut ', closed: false }],
    ['{"completeness":"co', undefined],
  ])('partialStringField(%j)', (json, expected) => expect(partialStringField(json, 'answer')).toEqual(expected));
});
