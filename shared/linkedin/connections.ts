import { type CsvRow, type CsvTable, cellOf, readCsvTable } from "./csv-table.js";
import { parseExportDate, slashDateOrder } from "./export-dates.js";
import type { ExportProblem } from "./export-file-error.js";
import { personIdentity } from "./profile-key.js";

/** One first-degree connection from Connections.csv. */
export interface ConnectionRecord {
  /** As written, without the spaces around it; inner characters (emoji, tabs, quotes) untouched. */
  firstName: string;
  lastName: string;
  /** First and last name joined by one space; `""` when the file has no name columns. */
  name: string;
  /** The profile address as written in the file (absent before mid-2023: no URL column). */
  url?: string;
  /** `in/<slug>`, percent-decoded and lower case: what contacts are matched by. */
  key?: string;
  email?: string;
  /** Their current employer and position at export time, not at connection time. */
  company: string;
  position: string;
  /** ISO day they connected. */
  connectedOn?: string;
  /** 1-based line in the file. */
  line: number;
}

export interface ConnectionsResult {
  connections: ConnectionRecord[];
  /** Rows that carry only a date: members who hid or closed their profile. */
  hiddenSkipped: number;
  problems: ExportProblem[];
}

const COLUMNS = {
  firstName: ["firstname"],
  lastName: ["lastname"],
  url: ["url", "profileurl", "linkedinurl"],
  email: ["emailaddress", "email"],
  company: ["company"],
  position: ["position"],
  connectedOn: ["connectedon"],
} as const;

type Field = keyof typeof COLUMNS;

/**
 * The header is the line with `First Name` and `Last Name`, or with `Connected On` beside
 * `Company` or `Position`: an Excel user may have deleted the name columns.
 */
function isConnectionsHeader(keys: ReadonlySet<string>): boolean {
  if (keys.has("firstname") && keys.has("lastname")) return true;
  return keys.has("connectedon") && (keys.has("company") || keys.has("position"));
}

/**
 * Reads Connections.csv of any export since 2018: with or without the Notes preamble (also
 * Excel's `Notes:,,`), with or without the URL column, LF or CRLF, with or without a BOM, dates
 * `05 Feb 2024`, `5-Feb-24`, `1/8/18, 6:14 PM` or ISO.
 */
export function parseConnections(text: string, fileName: string): ConnectionsResult {
  const table = readCsvTable(text, fileName, isConnectionsHeader, "First Name, Last Name and Connected On");
  const problems: ExportProblem[] = [];
  if (table.empty)
    return {
      connections: [],
      hiddenSkipped: 0,
      problems: [{ file: fileName, problem: "the file is empty" }],
    };

  const index = columnIndexes(table);
  if (index.firstName === undefined && index.lastName === undefined && index.url === undefined) {
    problems.push({
      file: fileName,
      problem:
        "has no name or URL columns (deleted after the export?): its connections cannot be matched to contacts",
    });
  }
  const order = slashDateOrder(table.rows.map((row) => cellOf(row, index.connectedOn)));
  const connections: ConnectionRecord[] = [];
  let hiddenSkipped = 0;
  for (const row of table.rows) {
    const cell = (field: Field) => cellOf(row, index[field]).trim();
    const connectedText = cell("connectedOn");
    if (isHiddenProfile(row, index)) {
      hiddenSkipped += 1;
      continue;
    }
    const connectedOn = connectedText === "" ? undefined : parseExportDate(connectedText, order);
    if (connectedText !== "" && connectedOn === undefined) {
      problems.push({
        file: fileName,
        line: row.line,
        value: cellOf(row, index.connectedOn),
        problem: "Connected On is not a date; row skipped",
      });
      continue;
    }
    const record = toRecord(row, cell, connectedOn);
    if (record.url !== undefined && record.key === undefined) {
      problems.push({
        file: fileName,
        line: row.line,
        value: record.url,
        problem: "URL is not a LinkedIn profile address; the connection is kept without a key",
      });
    }
    connections.push(record);
  }
  return { connections, hiddenSkipped, problems };
}

function columnIndexes(table: CsvTable): Record<Field, number | undefined> {
  const find = (keys: readonly string[]) =>
    keys.map((key) => table.column(key)).find((index) => index !== undefined);
  return {
    firstName: find(COLUMNS.firstName),
    lastName: find(COLUMNS.lastName),
    url: find(COLUMNS.url),
    email: find(COLUMNS.email),
    company: find(COLUMNS.company),
    position: find(COLUMNS.position),
    connectedOn: find(COLUMNS.connectedOn),
  };
}

/** `,,,,,,05 Feb 2024`: every column but the date is empty, so there is nobody to match. */
function isHiddenProfile(row: CsvRow, index: Record<Field, number | undefined>): boolean {
  const fields: Field[] = ["firstName", "lastName", "url", "email", "company", "position"];
  return (
    cellOf(row, index.connectedOn).trim() !== "" &&
    fields.every((field) => cellOf(row, index[field]).trim() === "")
  );
}

function toRecord(
  row: CsvRow,
  cell: (field: Field) => string,
  connectedOn: string | undefined,
): ConnectionRecord {
  const firstName = cell("firstName");
  const lastName = cell("lastName");
  const url = cell("url");
  const email = cell("email");
  return {
    ...personIdentity(firstName, lastName, url),
    ...(email === "" ? {} : { email }),
    company: cell("company"),
    position: cell("position"),
    ...(connectedOn === undefined ? {} : { connectedOn }),
    line: row.line,
  };
}
