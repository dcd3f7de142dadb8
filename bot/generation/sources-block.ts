import type { Citation } from '../../core/answer-result.js';
import { formatSource } from '../../prompts/compose-answer.js';
import { REPLIES } from '../../prompts/replies.js';

/**
 * The sources block, formatted exactly as extractive answers format it. The paragraph's position ("đoạn 4") is not
 * part of GenerationPassage, so it comes from `ordinalOf`; without it the line ends at the date.
 */
export function sourcesBlock(citations: readonly Citation[], ordinalOf: (paragraphId: string) => number | undefined): string {
  const lines = citations.map((c) => {
    const ordinal = ordinalOf(c.paragraphId);
    const line = formatSource({ n: c.n, title: c.title, publication: c.publication, ...(c.date ? { date: c.date } : {}),
      ordinal: ordinal ?? 0 });
    return ordinal === undefined ? line.slice(0, line.lastIndexOf(`, ${REPLIES.paragraphLabel} `)) : line;
  });
  return [REPLIES.sourcesHeading, ...lines].join('\n');
}
