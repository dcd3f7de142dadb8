import abbreviationTable from '../data/abbreviations.json' with { type: 'json' };
import provinces from '../data/provinces.json' with { type: 'json' };
import { createAbbreviationExpander, type AbbreviationExpander, type AbbreviationTable } from '../text/abbreviations.js';
import { placeAliases } from '../text/place-aliases.js';

let expander: AbbreviationExpander | undefined;

/**
 * The expander of the bundled abbreviation table and of the provinces' other names (joined, everyday), which saved
 * indexes are derived with; made once.
 */
export function bundledAbbreviations(): AbbreviationExpander {
  return (expander ??= createAbbreviationExpander({ ...placeAliases(provinces.places, provinces.everyday),
    ...(abbreviationTable as AbbreviationTable) }));
}
