import abbreviationTable from '../data/abbreviations.json' with { type: 'json' };
import { createAbbreviationExpander, type AbbreviationExpander, type AbbreviationTable } from '../text/abbreviations.js';

let expander: AbbreviationExpander | undefined;

/** The expander of the bundled abbreviation table, which saved indexes are derived with; made once. */
export function bundledAbbreviations(): AbbreviationExpander {
  return (expander ??= createAbbreviationExpander(abbreviationTable as AbbreviationTable));
}
