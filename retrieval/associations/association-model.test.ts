import { describe, expect, it } from 'vitest';
import { AssociationModel } from './association-model.js';

const model = new AssociationModel({
  given: {
    nhan: { ranh: 0.4, nhan: 0.3, gioi: 0.3 },
    luc: { luc: 0.5, ranh: 0.5 },
    ung: { app: 0.6, ung: 0.4 },
    dung: { app: 0.5, dung: 0.5 },
    tren: { tren: 1 },
    dien: { dien: 1 },
    thoai: { thoai: 1 },
  },
  askedCounts: { ranh: 3, app: 2, cho: 10, hoi: 10 },
});
const words = (s: string): string[] => s.split(' ');
const ll = (asked: string, paragraph: string): number => model.logLikelihood(model.tiedWords(words(asked)), model.explain(words(paragraph))!);

describe('AssociationModel', () => {
  it('prefers the paragraph whose words the asked words were learned from', () => {
    expect(ll('nguoi ranh', 'nhan luc')).toBeGreaterThan(ll('nguoi ranh', 'ung dung tren dien thoai'));
    expect(ll('cai app', 'ung dung tren dien thoai')).toBeGreaterThan(ll('cai app', 'nhan luc'));
  });

  it('does not judge a paragraph it learned too few of the words of', () => {
    expect(model.explain(words('nhan luc song rhine'))).toBeUndefined();
    expect(model.explain(words('nhan luc'))).toBeDefined();
  });

  it('weighs only the asked words some paragraph word leads to', () => {
    expect(model.tiedWords(['app', 'cho', 'xyz', 'ranh'])).toHaveLength(2);
    expect(model.tiedWords(['cho', 'hoi'])).toHaveLength(0);
  });
});
