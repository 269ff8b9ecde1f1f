import { headerOf, type InputColumn } from "../contacts/columns.js";
import { type Day, dayFromIso } from "../contacts/days.js";
import { CONTACT_TYPES, STATUSES, type Status } from "../contacts/enums.js";
import { type CellValue, type DateOrder, parseDateCell } from "../contacts/parse-date.js";
import { cellText } from "../contacts/parse-row.js";
import type { ImportCells, StoredRow } from "../run/ports.js";
import type { ChangeKind } from "./import-report.js";
import { type ImportedStatus, movesForward } from "./status-order.js";

/** What every merge step needs to know besides the row. */
export interface MergeContext {
  dateOrder: DateOrder;
  /** No date after today is written (the run would call it a mistake). */
  today: Day | undefined;
  skip: (reason: string, example?: string) => void;
}

/**
 * One row of the table while an import is planned: an existing row with the cells the import
 * sets on top of it, or a new row (no stored row) built by the same steps from blank cells, so
 * that new and existing contacts follow exactly the same rules.
 */
export class WorkingRow {
  readonly set: ImportCells = {};
  readonly kinds = new Set<ChangeKind>();
  /** `Status: Request sent -> Connected`, for the dry run. */
  readonly details: string[] = [];
  /** The export mentions this row (whether or not anything changes). */
  matched = false;

  constructor(readonly stored: StoredRow | undefined) {}

  get isNew(): boolean {
    return this.stored === undefined;
  }

  get rowNumber(): number | undefined {
    return this.stored?.raw.rowNumber;
  }

  value(column: InputColumn): CellValue {
    const written = this.set[column];
    return written !== undefined ? written : this.stored?.raw.cells[column];
  }

  text(column: InputColumn): string {
    return cellText(this.value(column));
  }

  /** Name, or First Name and Last Name together, as the rules read them. */
  name(): string {
    const name = this.text("name");
    if (name !== "") return name;
    return [this.text("firstName"), this.text("lastName")].filter((part) => part !== "").join(" ");
  }

  statusText(): string {
    return this.text("status");
  }

  isCompany(): boolean {
    return CONTACT_TYPES.parse(this.text("type")) === "Company";
  }

  write(column: InputColumn, value: string, kind: ChangeKind): void {
    const before = this.text(column);
    this.set[column] = value;
    this.kinds.add(kind);
    if (!this.isNew)
      this.details.push(`${headerOf(column)}: ${before === "" ? "(blank)" : before} -> ${value}`);
  }
}

/** The row's Status, blank meaning Not connected; `undefined` when the cell holds something else. */
export function statusOf(row: WorkingRow): Status | undefined {
  const text = row.statusText();
  return text === "" ? "Not connected" : STATUSES.parse(text);
}

/** Fills a blank text cell. */
export function fillText(row: WorkingRow, column: InputColumn, value: string | undefined): void {
  if (value === undefined || value.trim() === "" || row.text(column) !== "") return;
  row.write(column, value, "blanksFilled");
}

/** Fills the name when Name, First Name and Last Name are all blank. */
export function fillName(row: WorkingRow, name: string, first?: string, last?: string): void {
  if (name.trim() === "" || row.name() !== "") return;
  row.write("name", name, "blanksFilled");
  // Written only where the table keeps first and last names instead of a Name column.
  if (first !== undefined && first !== "") row.set.firstName = first;
  if (last !== undefined && last !== "") row.set.lastName = last;
}

/**
 * Fills a blank date, or moves it forward when the export's day is later. A cell that cannot
 * be read is the user's to fix: it is left alone (the run reports it).
 */
export function moveDate(
  row: WorkingRow,
  column: InputColumn,
  iso: string,
  context: MergeContext,
  kind?: ChangeKind,
): void {
  const proposed = dayFromIso(iso);
  if (proposed === undefined) return;
  if (context.today !== undefined && proposed > context.today) {
    context.skip(
      `${headerOf(column)} from the export is after today; not written`,
      `${row.name() || "a contact"}: ${iso}`,
    );
    return;
  }
  const current = parseDateCell(row.value(column), context.dateOrder);
  if (current === null) return;
  if (current === undefined) row.write(column, iso, kind ?? "datesFilled");
  else if (current < proposed) row.write(column, iso, kind ?? "datesMovedForward");
}

/** The row's day in a date column; `undefined` when blank or unreadable. */
export function dayIn(row: WorkingRow, column: InputColumn, context: MergeContext): Day | undefined {
  return parseDateCell(row.value(column), context.dateOrder) ?? undefined;
}

/** Moves Status forward along {@link movesForward}; an unreadable Status is left as typed. */
export function moveStatus(
  row: WorkingRow,
  proposed: ImportedStatus,
  context: MergeContext,
  newerRequest = false,
): void {
  const current = statusOf(row);
  if (current === undefined) {
    context.skip(
      "Status as typed is not a status Tend knows; left alone",
      `row ${row.rowNumber}: "${row.statusText()}"`,
    );
    return;
  }
  if (proposed !== "Following" && row.isCompany()) {
    context.skip(
      "Type is Company but the export lists a person with this URL; Status left alone",
      `row ${row.rowNumber}`,
    );
    return;
  }
  if (movesForward(current, proposed, newerRequest)) row.write("status", proposed, "statusForward");
}
