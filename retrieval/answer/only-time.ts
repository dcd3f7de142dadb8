import type { Token } from '../text/tokenize.js';

// Words of time ("năm ngoái", "tháng trước", "hôm qua"), folded, and the follow-up words around them ("thế còn …
// thì sao?").
const TIME = new Set('nam ngoai nay thang tuan ngay hom qua truoc sau toi kia vua roi dip dau cuoi'.split(' '));
const AROUND = new Set('the con vay thi sao nhi a ha ban ad oi nua nao'.split(' '));

/**
 * Whether a question names nothing but a time ("năm 2022 thì sao?", "thế còn năm ngoái?"): without the question it
 * follows, it asks of nothing, and a paragraph that happens to say "năm ngoái" does not answer it.
 */
export function asksOnlyWhen(tokens: readonly Token[]): boolean {
  let time = 0;
  for (const t of tokens) {
    // A year is a time; another number is what is asked of ("còn 239 thì sao?": the plan numbered so).
    if (/^(?:19|20)\d\d$/.test(t.folded) || TIME.has(t.folded)) time++;
    else if (!AROUND.has(t.folded)) return false;
  }
  return time > 0;
}
