import { readFileSync } from 'node:fs';

export interface SquadPool {
  readonly paragraphs: readonly string[];
  readonly questions: readonly { readonly question: string; readonly gold: number }[];
}

interface SquadFile {
  data: { paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

/** Pools the paragraphs of SQuAD-format files (identical contexts once) and pairs each question with its paragraph. */
export function loadSquadPool(files: readonly string[]): SquadPool {
  const paragraphs: string[] = [];
  const seen = new Map<string, number>();
  const questions: { question: string; gold: number }[] = [];
  for (const file of files) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as SquadFile;
    if (!Array.isArray(parsed.data)) throw new Error(`${file}: not a SQuAD file (no "data" array)`);
    for (const article of parsed.data) {
      for (const p of article.paragraphs) {
        const key = p.context.normalize('NFC');
        let id = seen.get(key);
        if (id === undefined) {
          id = paragraphs.length;
          seen.set(key, id);
          paragraphs.push(p.context);
        }
        for (const qa of p.qas) questions.push({ question: qa.question, gold: id });
      }
    }
  }
  return { paragraphs, questions };
}
