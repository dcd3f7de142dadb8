import { escapeRegExp } from '../../retrieval/text/escape-reg-exp.js';
import { foldDiacritics } from '../../retrieval/text/normalize.js';

const folded = (s: string): string => foldDiacritics(s.toLowerCase());

/**
 * Whether the quoted lines name one of what a partial answer lacks, as a whole word, marks aside: "Phó Giám đốc …" names
 * "Giám đốc", "tăng 16 bậc so với năm 2021" names "năm 2021". Saying the articles do not speak of it would then
 * contradict the quote below it.
 */
export function quoteNames(labels: readonly string[], lines: readonly string[]): boolean {
  const quoted = folded(lines.join('\n'));
  return labels.some((label) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded(label))}(?![\\p{L}\\p{N}])`, 'u').test(quoted));
}
