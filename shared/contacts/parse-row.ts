import { type DateColumn, headerOf, type InputColumn } from "./columns.js";
import type { Contact, ParsedRow, RowProblem } from "./contact.js";
import { type Day, isoDay } from "./days.js";
import { ALIGNED, CONTACT_TYPES, PROFILES, RELATIONSHIPS, STATUSES } from "./enums.js";
import { type LinkedInPage, parseLinkedInUrl } from "./linkedin-url.js";
import { ACCEPTED_DATES, type CellValue, type DateOrder, parseDateCell } from "./parse-date.js";

/** A row as a store hands it over: input cells by column, plus whether any other cell is filled. */
export interface RawRow {
  rowNumber: number;
  cells: Partial<Record<InputColumn, CellValue>>;
  /** True when a column Tend does not know holds something (the row is then not blank). */
  hasUnknownContent?: boolean;
}

export interface ParseOptions {
  dateOrder: DateOrder;
  today: Day;
}

export function cellText(value: CellValue): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export function isBlankRow(row: RawRow): boolean {
  if (row.hasUnknownContent) return false;
  // Runs for every row: no arrays or trimmed copies, just a look at each cell.
  for (const column in row.cells) {
    const value = row.cells[column as InputColumn];
    // An unticked checkbox is as blank as an empty cell.
    if (value === undefined || value === null || value === false) continue;
    if (typeof value !== "string" || /\S/.test(value)) return false;
  }
  return true;
}

/** Reads every cell of a row, collecting all its problems rather than stopping at the first. */
export function parseRow(row: RawRow, options: ParseOptions): ParsedRow {
  if (isBlankRow(row)) return { kind: "blank", rowNumber: row.rowNumber };
  const read = new CellReader(row, options);
  const name = readName(row);
  const urlText = read.text("linkedinUrl");
  let linkedin: LinkedInPage | undefined;
  if (urlText !== "") {
    linkedin = parseLinkedInUrl(urlText);
    if (linkedin === undefined) {
      read.report(
        "linkedinUrl",
        urlText,
        "a LinkedIn profile or company page such as linkedin.com/in/jane-doe",
      );
    }
  }
  if (name === "" && urlText === "") {
    read.problems.push({
      column: "Name, LinkedIn URL",
      value: "",
      message: "Name and LinkedIn URL are both blank: fill at least one",
    });
  }
  const contact: Contact = {
    rowNumber: row.rowNumber,
    name,
    firstName: readFirstName(row, name),
    linkedin,
    type: read.choice("type", CONTACT_TYPES) ?? "Person",
    company: read.text("company"),
    title: read.text("title"),
    relationship: read.choice("relationship", RELATIONSHIPS) ?? "None",
    metAt: read.text("metAt"),
    status: read.choice("status", STATUSES) ?? "Not connected",
    aligned: read.aligned(),
    mutualConnections: read.count("mutualConnections", 0),
    profile: read.choice("profile", PROFILES),
    requestedOn: read.date("requestedOn"),
    followedUpOn: read.date("followedUpOn"),
    followedOn: read.date("followedOn"),
    connectedOn: read.date("connectedOn"),
    lastInteraction: read.date("lastInteraction"),
    keepInTouchDays: read.count("keepInTouchDays", 1),
    interests: read.text("interests"),
    recentPost: read.text("recentPost"),
    milestone: read.text("milestone"),
    milestoneOn: read.date("milestoneOn"),
  };
  const { problems } = read;
  if (
    contact.status === "Request sent" &&
    contact.requestedOn === undefined &&
    read.text("requestedOn") === ""
  ) {
    problems.push({
      column: headerOf("requestedOn"),
      value: "",
      message: 'Status is "Request sent" but Requested on is blank: fill the date you sent the request',
    });
  }
  if (contact.type === "Company" && COMPANY_CANNOT_BE.has(contact.status)) {
    problems.push({
      column: headerOf("status"),
      value: read.text("status"),
      message: `Status "${read.text("status")}" does not fit Type Company: companies can only be followed (use Following or Not connected)`,
    });
  }
  return { kind: "contact", contact, problems };
}

const COMPANY_CANNOT_BE: ReadonlySet<string> = new Set(["Connected", "Request sent", "Incoming request"]);

/** One row's cells, read one column at a time; every problem found is kept in `problems`. */
class CellReader {
  readonly problems: RowProblem[] = [];

  constructor(
    private readonly row: RawRow,
    private readonly options: ParseOptions,
  ) {}

  text(column: InputColumn): string {
    return cellText(this.row.cells[column]);
  }

  report(column: InputColumn, value: string, accepted: string): void {
    this.problems.push({
      column: headerOf(column),
      value,
      message: `${headerOf(column)} "${value}" cannot be read: use ${accepted}`,
    });
  }

  choice<T extends string>(
    column: InputColumn,
    values: { parse(t: string): T | undefined; accepted: string },
  ) {
    const typed = this.text(column);
    if (typed === "") return undefined;
    const parsed = values.parse(typed);
    if (parsed === undefined) this.report(column, typed, `one of ${values.accepted}`);
    return parsed;
  }

  date(column: DateColumn): Day | undefined {
    const value = this.row.cells[column];
    const day = parseDateCell(value, this.options.dateOrder);
    if (day === null) {
      this.report(column, this.text(column), ACCEPTED_DATES);
      return undefined;
    }
    if (day !== undefined && day > this.options.today) {
      // A date cell can arrive as a serial number (Sheets): show the date the user sees.
      const shown = typeof value === "number" ? isoDay(day) : this.text(column);
      this.problems.push({
        column: headerOf(column),
        value: shown,
        message: `${headerOf(column)} "${shown}" is after today: use a date that is not after today`,
      });
      return undefined;
    }
    return day;
  }

  aligned() {
    const value = this.row.cells.aligned;
    // A checkbox (Sheets, Notion, a real boolean cell) is Yes when ticked. Unticked is the
    // checkbox's starting state, not an answer: it means unknown, never No.
    if (typeof value === "boolean") return value ? "Yes" : undefined;
    const typed = cellText(value);
    if (typed === "") return undefined;
    const parsed = ALIGNED.parse(typed);
    if (parsed === undefined) this.report("aligned", typed, "Yes, No or blank (not yet known)");
    return parsed;
  }

  count(column: InputColumn, minimum: number): number | undefined {
    const value = this.row.cells[column];
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
}

function readName(row: RawRow): string {
  const name = cellText(row.cells.name);
  if (name !== "") return name;
  return [cellText(row.cells.firstName), cellText(row.cells.lastName)]
    .filter((part) => part !== "")
    .join(" ");
}

function readFirstName(row: RawRow, name: string): string {
  const first = cellText(row.cells.firstName);
  if (first !== "") return first;
  return /^\S*/.exec(name)?.[0] ?? "";
}
