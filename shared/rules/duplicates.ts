import type { ParsedRow } from "../contacts/contact.js";

/**
 * For each row, the number of the first earlier row with the same LinkedIn page (RULES.md §1,
 * Merge duplicate), valid or not; `undefined` for the first row of a page and rows without one.
 */
export function earlierRowsOfSamePage(rows: readonly ParsedRow[]): (number | undefined)[] {
  const firstRowOfKey = new Map<string, number>();
  // An index loop that fills a preallocated array: this runs for every row.
  const earlier: (number | undefined)[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as ParsedRow;
    const contact = row.kind === "blank" ? undefined : row.contact;
    const key = contact?.linkedin?.key;
    if (contact === undefined || key === undefined) {
      earlier[index] = undefined;
      continue;
    }
    const first = firstRowOfKey.get(key);
    if (first === undefined) firstRowOfKey.set(key, contact.rowNumber);
    earlier[index] = first;
  }
  return earlier;
}
