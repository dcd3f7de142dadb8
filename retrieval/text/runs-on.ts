/**
 * Words whose last syllable opens another word with the syllable after it, folded: "trả tiền điện tử" pays with digital
 * money (tiền điện tử), not an electricity bill (tiền điện); "đổi tiền nước ngoài" is foreign money, not a water bill;
 * "số đề tài" counts research topics (đề tài), no lottery (số đề); unmarked, "lam dong bo" does something together
 * (làm đồng bộ, đồng thời, đồng loạt), in no province (Lâm Đồng). A phrase of the lexicon, a named subject, a province
 * or an off-domain word ending there is not read when the text runs on so.
 */
const RUNS_ON: ReadonlySet<string> = new Set(['dien tu', 'nuoc ngoai', 'de tai', 'dong bo', 'dong thoi', 'dong loat']);

/** Whether a phrase ending in `last` (a folded syllable) runs on into another word with `next` (folded). */
export function runsOn(last: string, next: string): boolean {
  return RUNS_ON.has(`${last} ${next}`);
}
