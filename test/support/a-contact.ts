import type { InputColumn } from "../../shared/contacts/columns.js";
import { type Day, dayFromIso, isoDay } from "../../shared/contacts/days.js";
import type { CellValue } from "../../shared/contacts/parse-date.js";
import type { RawRow } from "../../shared/contacts/parse-row.js";

/** Input cells by column, as a store would hand them over. */
export type Cells = Partial<Record<InputColumn, CellValue>>;

/** The day every rule test runs on, unless a test says otherwise. */
export const TODAY = "2026-11-30";
export const TODAY_DAY = dayFromIso(TODAY) as Day;

/** An ISO date `days` before TODAY (0 is today). */
export function daysAgo(days: number, today: string = TODAY): string {
  return isoDay((dayFromIso(today) as Day) - days);
}

/** An ISO date `days` after TODAY. */
export function daysAfter(days: number, today: string = TODAY): string {
  return isoDay((dayFromIso(today) as Day) + days);
}

let nextContact = 0;

/**
 * A contact row from friendly values: a person called Jane Doe with a LinkedIn profile of
 * their own (so rows of one table are never duplicates unless a test says so), nothing else
 * filled. Pass `undefined` for a column to leave it blank.
 */
export function aRow(cells: Cells = {}, rowNumber = 2): RawRow {
  nextContact += 1;
  return {
    rowNumber,
    cells: { name: "Jane Doe", linkedinUrl: `https://www.linkedin.com/in/contact-${nextContact}`, ...cells },
  };
}

/** A company row: Type Company with a company page. */
export function aCompany(cells: Cells = {}, rowNumber = 2): RawRow {
  nextContact += 1;
  return aRow(
    {
      name: "Acme",
      type: "Company",
      linkedinUrl: `https://www.linkedin.com/company/acme-${nextContact}`,
      ...cells,
    },
    rowNumber,
  );
}

/** A row with every cell blank. */
export function aBlankRow(rowNumber = 2): RawRow {
  return { rowNumber, cells: {} };
}
