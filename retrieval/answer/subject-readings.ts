import type { Paraphrased } from '../query.js';
import { constraintText, type Constraint, type Constraints } from './constraints.js';

/**
 * The named subjects no passage names, with the wordings the paraphrase lexicon read them as: "căn cước trên điện
 * thoại" is the articles' "định danh điện tử", "trợ cấp" their "an sinh xã hội". Asked what a city does about such a
 * subject ("chuyện trợ cấp sẽ được số hóa ra sao?", "bao nhiêu người có căn cước trên điện thoại?"), a passage in the
 * articles' words answers it. Asked for the procedure itself (its steps, papers, dossier, how it is done), only a
 * passage naming it does: the articles' field is not the procedure. A subject some passage names keeps its own name
 * only ("IOC" is met where IOC is). Pure.
 */
export function withSubjectReadings(c: Constraints, paraphrased: readonly Paraphrased[], asksProcedure: boolean,
  namedSomewhere: (subject: Constraint) => boolean): Constraints {
  if (asksProcedure || c.subjects.length === 0) return c;
  const read = paraphrased.filter((p) => p.asking && !p.abbreviation);
  if (read.length === 0) return c;
  return {
    ...c,
    subjects: c.subjects.map((s) => {
      if (namedSomewhere(s)) return s;
      const readings = read.filter((p) => constraintText(p.typed).syllables.includes(` ${s.key} `))
        .flatMap((p) => p.alternatives.map((a) => constraintText(a).syllables.trim()));
      return readings.length > 0 ? { ...s, readings } : s;
    }),
  };
}
