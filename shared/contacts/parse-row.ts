import { CellReader, cellText, type ParseOptions } from "./cell-reader.js";
import { headerOf, type InputColumn } from "./columns.js";
import type { Contact, ParsedRow } from "./contact.js";
import { CONTACT_TYPES, PROFILES, RELATIONSHIPS, STATUSES } from "./enums.js";
import { firstWord } from "./first-word.js";
import { type LinkedInPage, parseLinkedInUrl } from "./linkedin-url.js";
import type { CellValue } from "./parse-date.js";

export { cellText, type ParseOptions } from "./cell-reader.js";

/** A row as a store hands it over: input cells by column, plus whether any other cell is filled. */
export interface RawRow {
  rowNumber: number;
  cells: Partial<Record<InputColumn, CellValue>>;
  /** True when a column Tend does not know holds something (the row is then not blank). */
  hasUnknownContent?: boolean;
  /** Cells holding a formula saved without its result (files scripts write): Tend cannot know their value. */
  uncomputed?: { column: InputColumn; cell: string }[];
}

export function isBlankRow(row: RawRow): boolean {
  if (row.hasUnknownContent) return false;
  // Nearly every row has a Name: when it starts with a visible ASCII character (the test the
  // loop below makes of every cell), the row is not blank, and its other cells need no look.
  const name = row.cells.name;
  if (typeof name === "string" && name.charCodeAt(0) > 32 && name.charCodeAt(0) < 127) return false;
  // Runs for every row: no arrays or trimmed copies, just a look at each cell.
  for (const column in row.cells) {
    const value = row.cells[column as InputColumn];
    // An unticked checkbox is as blank as an empty cell.
    if (value === undefined || value === null || value === false || value === "") continue;
    if (typeof value !== "string") return false;
    // Most filled cells start with a visible ASCII character: no regex needed to see that.
    const first = value.charCodeAt(0);
    if ((first > 32 && first < 127) || /\S/.test(value)) return false;
  }
  return true;
}

/** Reads every cell of a row, collecting all its problems rather than stopping at the first. */
export function parseRow(row: RawRow, options: ParseOptions): ParsedRow {
  if (isBlankRow(row)) return { kind: "blank", rowNumber: row.rowNumber };
  const { cells } = row;
  const read = new CellReader(cells, options);
  const name = readName(row);
  const urlText = cellText(cells.linkedinUrl);
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
    read.addProblem({
      column: "Name, LinkedIn URL",
      value: "",
      message: "Name and LinkedIn URL are both blank (fill at least one)",
    });
  }
  // Each cell read by name (`cells.company`), not by a column key: this runs for every row.
  const contact: Contact = {
    rowNumber: row.rowNumber,
    name,
    firstName: readFirstName(row, name),
    linkedin,
    type: read.choice("type", cells.type, CONTACT_TYPES) ?? "Person",
    company: cellText(cells.company),
    title: cellText(cells.title),
    relationship: read.choice("relationship", cells.relationship, RELATIONSHIPS) ?? "None",
    metAt: cellText(cells.metAt),
    status: read.choice("status", cells.status, STATUSES) ?? "Not connected",
    aligned: read.aligned(),
    mutualConnections: read.count("mutualConnections", cells.mutualConnections, 0),
    profile: read.choice("profile", cells.profile, PROFILES),
    requestedOn: read.date("requestedOn", cells.requestedOn),
    followedUpOn: read.date("followedUpOn", cells.followedUpOn),
    followedOn: read.date("followedOn", cells.followedOn),
    connectedOn: read.date("connectedOn", cells.connectedOn),
    lastInteraction: read.date("lastInteraction", cells.lastInteraction),
    keepInTouchDays: read.count("keepInTouchDays", cells.keepInTouchDays, 1),
    interests: cellText(cells.interests),
    recentPost: cellText(cells.recentPost),
    milestone: cellText(cells.milestone),
    milestoneOn: read.date("milestoneOn", cells.milestoneOn),
    recentPostOn: read.date("recentPostOn", cells.recentPostOn),
    askedForInterviewOn: read.date("askedForInterviewOn", cells.askedForInterviewOn),
    done: read.done(),
    snoozeUntil: read.date("snoozeUntil", cells.snoozeUntil),
  };
  // Checked first: for...of over an empty list would still cost an iterator a row.
  if (row.uncomputed !== undefined) {
    for (const { column, cell } of row.uncomputed) {
      read.markUnreadable(column);
      read.addProblem({
        column: headerOf(column),
        value: "",
        message: `${headerOf(column)} (cell ${cell}) holds a formula saved without its result, so Tend cannot read it (open and save the file in Excel or LibreOffice, which work it out)`,
      });
    }
  }
  if (contact.type === "Company" && COMPANY_CANNOT_BE.has(contact.status)) {
    const status = read.text("status");
    read.addProblem({
      column: headerOf("status"),
      value: status,
      message: `Status "${status}" does not fit Type Company (companies can only be followed, so use Following or Not connected)`,
    });
  }
  return { kind: "contact", contact, problems: read.problems, unreadable: read.unreadable };
}

const COMPANY_CANNOT_BE: ReadonlySet<string> = new Set(["Connected", "Request sent", "Incoming request"]);

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
  return firstWord(name);
}
