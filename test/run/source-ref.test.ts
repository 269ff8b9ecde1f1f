import { describe, expect, it } from "vitest";
import { parseSourceRef } from "../../functions/parse-source.js";
import { TendError } from "../../shared/errors/tend-error.js";
import { describeSource } from "../../shared/run/source-ref.js";

const NOTION_ID = "01234567-89ab-cdef-0123-456789abcdef";
const SHEET_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

describe(parseSourceRef, () => {
  it.each([
    ["contacts.xlsx", { kind: "xlsx", path: "contacts.xlsx" }],
    ["./My Contacts.XLSX", { kind: "xlsx", path: "./My Contacts.XLSX" }],
    ["/tmp/contacts.csv", { kind: "csv", path: "/tmp/contacts.csv" }],
    [`sheets:${SHEET_ID}`, { kind: "sheets", spreadsheetId: SHEET_ID }],
    [
      `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`,
      { kind: "sheets", spreadsheetId: SHEET_ID },
    ],
    [`notion:${NOTION_ID.replaceAll("-", "")}`, { kind: "notion", databaseId: NOTION_ID }],
    [
      `NOTION:https://www.notion.so/acme/Contacts-${NOTION_ID.replaceAll("-", "")}?v=fedcba9876543210fedcba9876543210`,
      { kind: "notion", databaseId: NOTION_ID },
    ],
  ])("reads %s", (text, ref) => {
    expect(parseSourceRef(text)).toEqual(ref);
  });

  it.each([
    ["contacts.txt", "unreadable", '"contacts.txt" is not a source Tend can read: use a .xlsx workbook'],
    ["sheets:short", "unreadable", '"sheets:short" does not name a spreadsheet: use sheets:<spreadsheet id>'],
    ["notion:Contacts", "unreadable", '"notion:Contacts" does not name a Notion database'],
  ])("refuses %s with what to write instead", (text, kind, message) => {
    expect(() => parseSourceRef(text)).toThrow(expect.objectContaining({ kind }));
    expect(() => parseSourceRef(text)).toThrow(TendError);
    expect(() => parseSourceRef(text)).toThrow(message);
  });
});

describe(describeSource, () => {
  it.each(["contacts.csv", `sheets:${SHEET_ID}`, `notion:${NOTION_ID}`])("gives back %s as typed", (text) => {
    expect(describeSource(parseSourceRef(text))).toBe(text);
  });
});
