import { BASELINE_YEAR } from './constraints.js';

// Four-digit years, and spans of them ("2021 - 2030", "2023-2025"), as a sentence names them, in dates too ("10/2023").
const YEAR_SPAN = /(?<![\d.,])((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?![\d%]|[.,]\d)/g;

/** The years and spans of years a sentence names; a year compared against ("tăng 16 bậc so với năm 2021") is not one. */
export function yearsNamed(sentence: string): (readonly [number, number])[] {
  return [...sentence.replace(BASELINE_YEAR, ' ').matchAll(YEAR_SPAN)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])] as const);
}
