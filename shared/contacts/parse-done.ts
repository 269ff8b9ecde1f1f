import type { Day } from "./days.js";
import { type CellValue, type DateOrder, parseDateCell } from "./parse-date.js";

/** What the Done column accepts (RULES.md §0), for the row check's message. */
export const ACCEPTED_DONE = "a tick (Yes, x, ✓, TRUE, Done or 1), No or blank, or the date you did it";

const TICKS: ReadonlySet<string> = new Set(["yes", "y", "x", "✓", "✔", "true", "done", "1"]);
const NOT_DONE: ReadonlySet<string> = new Set(["", "no", "n", "false", "0"]);

/**
 * One Done cell: `undefined` when not done, the done day when done (a tick means today), `null`
 * when it is neither a tick, a "not done" nor a date. A date after today is returned as is: the
 * row check reports it.
 */
export function parseDoneCell(value: CellValue, order: DateOrder, today: Day): Day | undefined | null {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return today;
  if (typeof value === "number") {
    // A checkbox-like 1 or 0 from a number cell; any other number is a date serial.
    if (value === 1) return today;
    if (value === 0) return undefined;
    return parseDateCell(value, order);
  }
  if (value instanceof Date) return parseDateCell(value, order);
  const text = value.trim().toLowerCase();
  if (NOT_DONE.has(text)) return undefined;
  if (TICKS.has(text)) return today;
  return parseDateCell(value, order) ?? null;
}
