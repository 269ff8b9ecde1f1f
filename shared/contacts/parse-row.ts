import { headerOf, type InputColumn } from "./columns.js";
import type { Contact, ParsedRow, RowProblem } from "./contact.js";
import type { Day } from "./days.js";
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

const DATE_COLUMNS = [
  "requestedOn",
  "followedUpOn",
  "followedOn",
  "connectedOn",
  "lastInteraction",
  "milestoneOn",
] as const satisfies readonly InputColumn[];

export function cellText(value: CellValue): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export function isBlankRow(row: RawRow): boolean {
  if (row.hasUnknownContent) return false;
  for (const value of Object.values(row.cells)) if (cellText(value as CellValue) !== "") return false;
  return true;
}

/** Reads every cell of a row, collecting all its problems rather than stopping at the first. */
export function parseRow(row: RawRow, options: ParseOptions): ParsedRow {
  if (isBlankRow(row)) return { kind: "blank", rowNumber: row.rowNumber };
  const problems: RowProblem[] = [];
  const text = (column: InputColumn) => cellText(row.cells[column]);
  const report = (column: InputColumn, value: string, accepted: string) =>
    problems.push({
      column: headerOf(column),
      value,
      message: `${headerOf(column)} "${value}" cannot be read: use ${accepted}`,
    });

  const choose = <T extends string>(
    column: InputColumn,
    values: { parse(t: string): T | undefined; accepted: string },
  ) => {
    const typed = text(column);
    if (typed === "") return undefined;
    const parsed = values.parse(typed);
    if (parsed === undefined) report(column, typed, `one of ${values.accepted}`);
    return parsed;
  };

  const dates = {} as Record<(typeof DATE_COLUMNS)[number], Day | undefined>;
  for (const column of DATE_COLUMNS) {
    const day = parseDateCell(row.cells[column], options.dateOrder);
    if (day === null) report(column, text(column), ACCEPTED_DATES);
    else if (day !== undefined && day > options.today)
      report(column, text(column), "a date that is not after today");
    dates[column] = day === null || (day !== undefined && day > options.today) ? undefined : day;
  }

  const name = readName(row);
  const urlText = text("linkedinUrl");
  let linkedin: LinkedInPage | undefined;
  if (urlText !== "") {
    linkedin = parseLinkedInUrl(urlText);
    if (linkedin === undefined) {
      report("linkedinUrl", urlText, "a LinkedIn profile or company page such as linkedin.com/in/jane-doe");
    }
  }
  if (name === "" && urlText === "") {
    problems.push({
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
    type: choose("type", CONTACT_TYPES) ?? "Person",
    company: text("company"),
    title: text("title"),
    relationship: choose("relationship", RELATIONSHIPS) ?? "None",
    metAt: text("metAt"),
    status: choose("status", STATUSES) ?? "Not connected",
    aligned: readAligned(row, report),
    mutualConnections: readCount(row, "mutualConnections", 0, report),
    profile: choose("profile", PROFILES),
    ...dates,
    keepInTouchDays: readCount(row, "keepInTouchDays", 1, report),
    interests: splitList(text("interests")),
    recentPost: text("recentPost"),
    milestone: text("milestone"),
  };
  if (contact.status === "Request sent" && contact.requestedOn === undefined && text("requestedOn") === "") {
    problems.push({
      column: headerOf("requestedOn"),
      value: "",
      message: 'Status is "Request sent" but Requested on is blank: fill the date you sent the request',
    });
  }
  if (
    contact.type === "Company" &&
    ["Connected", "Request sent", "Incoming request"].includes(contact.status)
  ) {
    problems.push({
      column: headerOf("status"),
      value: text("status"),
      message: `Status "${text("status")}" does not fit Type Company: companies can only be followed (use Following or Not connected)`,
    });
  }
  return { kind: "contact", contact, problems };
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
  return name.split(/\s+/)[0] ?? "";
}

type Report = (column: InputColumn, value: string, accepted: string) => void;

function readAligned(row: RawRow, report: Report) {
  const value = row.cells.aligned;
  // A checkbox (Sheets, Notion, a real boolean cell) is Yes when ticked.
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const typed = cellText(value);
  if (typed === "") return undefined;
  const parsed = ALIGNED.parse(typed);
  if (parsed === undefined) report("aligned", typed, "Yes, No or blank (not yet known)");
  return parsed;
}

function readCount(row: RawRow, column: InputColumn, minimum: number, report: Report): number | undefined {
  const value = row.cells[column];
  const typed = cellText(value);
  if (typed === "") return undefined;
  const count = typeof value === "number" ? value : Number(typed.replace(/[\s,]/g, ""));
  if (!Number.isInteger(count) || count < minimum) {
    report(column, typed, minimum === 0 ? "a whole number, 0 or more" : "a whole number greater than 0");
    return undefined;
  }
  return count;
}

function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
