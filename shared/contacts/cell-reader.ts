import { type DateColumn, headerOf, type InputColumn } from "./columns.js";
import type { RowProblem } from "./contact.js";
import { type Day, isoDay } from "./days.js";
import { ALIGNED } from "./enums.js";
import { ACCEPTED_DATES, type CellValue, type DateOrder, parseDateCell } from "./parse-date.js";
import { ACCEPTED_DONE, parseDoneCell } from "./parse-done.js";

export interface ParseOptions {
  dateOrder: DateOrder;
  today: Day;
}

const NO_COLUMNS: ReadonlySet<InputColumn> = new Set();
/** The problems of every row without any: one list for all of them, never added to. */
const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

/** Columns whose dates may be after today: Snooze until is meant to be in the future. */
const FUTURE_ALLOWED: ReadonlySet<DateColumn> = new Set(["snoozeUntil"]);

export function cellText(value: CellValue): string {
  // Text first: nearly every cell is, and trimming text that needs none copies nothing.
  if (typeof value === "string") return value.trim();
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * One row's cells, read one column at a time; every problem found is kept in `problems`, and
 * the column in `unreadable` (the run never writes over such a cell). The methods take the
 * cell's value as well as its column: the caller reads `cells.company` by name, which is
 * quicker than `cells[column]` with a different column at each call.
 */
export class CellReader {
  // Both made on the first problem: most rows have none, and they all share the empty ones.
  private rowProblems: RowProblem[] | undefined;
  private unreadableColumns: Set<InputColumn> | undefined;

  constructor(
    private readonly cells: Partial<Record<InputColumn, CellValue>>,
    private readonly options: ParseOptions,
  ) {}

  text(column: InputColumn): string {
    return cellText(this.cells[column]);
  }

  get problems(): readonly RowProblem[] {
    return this.rowProblems ?? NO_PROBLEMS;
  }

  addProblem(problem: RowProblem): void {
    this.rowProblems ??= [];
    this.rowProblems.push(problem);
  }

  /** The columns whose cell cannot be used. */
  get unreadable(): ReadonlySet<InputColumn> {
    return this.unreadableColumns ?? NO_COLUMNS;
  }

  markUnreadable(column: InputColumn): void {
    this.unreadableColumns ??= new Set();
    this.unreadableColumns.add(column);
  }

  problem(column: InputColumn, value: string, message: string): void {
    this.markUnreadable(column);
    this.addProblem({ column: headerOf(column), value, message });
  }

  report(column: InputColumn, value: string, accepted: string): void {
    this.problem(column, value, `${headerOf(column)} "${value}" cannot be read (use ${accepted})`);
  }

  choice<T extends string>(
    column: InputColumn,
    value: CellValue,
    values: { parse(t: string): T | undefined; accepted: string },
  ): T | undefined {
    const typed = cellText(value);
    if (typed === "") return undefined;
    const parsed = values.parse(typed);
    if (parsed === undefined) this.report(column, typed, `one of ${values.accepted}`);
    return parsed;
  }

  date(column: DateColumn, value: CellValue): Day | undefined {
    // Most date cells are blank: nothing to look up.
    if (value === undefined || value === "") return undefined;
    const day = parseDateCell(value, this.options.dateOrder);
    if (day === null) {
      this.report(column, this.text(column), ACCEPTED_DATES);
      return undefined;
    }
    if (day !== undefined && day > this.options.today && !FUTURE_ALLOWED.has(column)) {
      this.afterToday(column, value, day);
      return undefined;
    }
    return day;
  }

  /** Done: a tick is today, a date is that day (not after today). */
  done(): Day | undefined {
    const value = this.cells.done;
    const day = parseDoneCell(value, this.options.dateOrder, this.options.today);
    if (day === null) {
      this.report("done", this.text("done"), ACCEPTED_DONE);
      return undefined;
    }
    if (day !== undefined && day > this.options.today) {
      this.afterToday("done", value, day);
      return undefined;
    }
    return day;
  }

  aligned() {
    const value = this.cells.aligned;
    // A checkbox (Sheets, Notion, a real boolean cell) is Yes when ticked. Unticked is the
    // checkbox's starting state, not an answer: it means unknown, never No.
    if (typeof value === "boolean") return value ? "Yes" : undefined;
    const typed = cellText(value);
    if (typed === "") return undefined;
    const parsed = ALIGNED.parse(typed);
    if (parsed === undefined) this.report("aligned", typed, "Yes, No, or blank when not yet known");
    return parsed;
  }

  count(column: InputColumn, value: CellValue, minimum: number): number | undefined {
    const typed = cellText(value);
    if (typed === "") return undefined;
    const count = typeof value === "number" ? value : Number(typed.replace(/[\s,]/g, ""));
    if (!Number.isInteger(count) || count < minimum) {
      this.report(
        column,
        typed,
        minimum === 0 ? "a whole number, 0 or more" : "a whole number greater than 0",
      );
      return undefined;
    }
    return count;
  }

  private afterToday(column: InputColumn, value: CellValue, day: Day): void {
    // A date cell can arrive as a serial number (Sheets): show the date the user sees.
    const shown = typeof value === "number" ? isoDay(day) : this.text(column);
    this.problem(
      column,
      shown,
      `${headerOf(column)} "${shown}" is after today (use a date that is not after today)`,
    );
  }
}
