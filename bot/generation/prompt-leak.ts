import { foldForMatch } from './text-fold.js';

/** Consecutive words an output must share with the system prompt to count as quoting it. */
const SHINGLE = 8;

const shingles = (text: string): string[] => {
  const words = foldForMatch(text).trim().split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i += 1) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
};

/**
 * A model that repeats its instructions was talked out of them, so nothing it wrote is trusted. Eight words in a
 * row from the prompt are a quotation, not a coincidence: answers are Vietnamese and the rules are English, and the
 * rules' only Vietnamese example ("Các bài viết không nêu điều này", which answers should use) is shorter than that.
 * A translated or paraphrased leak is not caught here; verification still drops it unless it is cited and sourced.
 */
export function createLeakDetector(systemPrompt: string): (text: string) => boolean {
  const known = new Set(shingles(systemPrompt));
  return (text) => shingles(text).some((s) => known.has(s));
}
