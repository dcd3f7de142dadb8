import { foldDiacritics } from '../text/normalize.js';

// A numbered level of a scale, folded: "mức độ 4", "mức 4", "cấp độ 2" (residents also type "mức đọ 4").
const LEVEL_ASKED = /\b(?:muc(?: do)?|cap do) ?([1-4])\b(?!\s*[.,/]\d)/g;
// The same in a sentence, which may name several in a list: "mức độ 3 và 4", "mức độ 3, 4", "mức 3-4".
const LEVELS_NAMED = /\b(?:muc(?: do)?|cap do) ?([1-4](?:\s*(?:,|va|hoac|-|–)\s*(?:muc(?: do)? ?)?[1-4])*)\b(?!\s*[.,/]\d)/g;

/**
 * A figure asked of the things at a level ("bao nhiêu dịch vụ đạt mức độ 4", "tài khoản định danh mức 2") is given
 * only by a sentence naming that level: "1.232 dịch vụ công trực tuyến" counts them all, whatever their level. A test
 * of a sentence; every sentence passes when the question names no level.
 */
export function levelAsked(asked: string): (sentence: string) => boolean {
  const levels = new Set([...foldDiacritics(asked.toLowerCase()).matchAll(LEVEL_ASKED)].map((m) => m[1]!));
  if (levels.size === 0) return () => true;
  return (sentence) => [...foldDiacritics(sentence.toLowerCase()).matchAll(LEVELS_NAMED)]
    .some((m) => (m[1]!.match(/[1-4]/g) ?? []).some((level) => levels.has(level)));
}
