/** P(asked word | paragraph word) for each paragraph word, and how often each asked word was seen (see learn-associations.ts). */
export interface AssociationTable {
  readonly given: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly askedCounts: Readonly<Record<string, number>>;
}

/** The table in a parsed file, checked: an operator's mistake names what is wrong instead of ranking by NaN. */
export function readAssociationTable(json: unknown): AssociationTable {
  const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isRecord(json) || !isRecord(json.given) || !isRecord(json.askedCounts)) {
    throw new Error('an association table needs "given" and "askedCounts" objects');
  }
  for (const [b, row] of Object.entries(json.given)) {
    if (!isRecord(row)) throw new Error(`association table: "given.${b}" is not an object`);
    for (const [a, p] of Object.entries(row)) {
      if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new Error(`association table: P(${a} | ${b}) is not a probability`);
    }
  }
  for (const [a, n] of Object.entries(json.askedCounts)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error(`association table: the count of "${a}" is not a count`);
  }
  return json as unknown as AssociationTable;
}
