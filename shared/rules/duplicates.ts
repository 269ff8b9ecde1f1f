import type { ParsedRow } from "../contacts/contact.js";

/**
 * For each row, the number of the first earlier row with the same LinkedIn page (RULES.md §1,
 * Merge duplicate), valid or not; `undefined` for the first row of a page and rows without one.
 */
export function earlierRowsOfSamePage(rows: readonly ParsedRow[]): (number | undefined)[] {
  const firstRowOfKey = new Map<string, number>();
  return rows.map((row) => {
    if (row.kind === "blank") return undefined;
    const key = row.contact.linkedin?.key;
    if (key === undefined) return undefined;
    const earlier = firstRowOfKey.get(key);
    if (earlier === undefined) firstRowOfKey.set(key, row.contact.rowNumber);
    return earlier;
  });
}
