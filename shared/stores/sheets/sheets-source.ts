import { TendError } from "../../errors/tend-error.js";

/** `sheets:<spreadsheetId>` or a Google Sheets URL, to the spreadsheet id. */
export function spreadsheetIdOf(source: string): string | undefined {
  const trimmed = source.trim();
  const prefixed = /^sheets:([A-Za-z0-9_-]{10,})$/.exec(trimmed);
  if (prefixed) return prefixed[1];
  const url = /^https?:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})/.exec(
    trimmed,
  );
  return url?.[1];
}

/** The spreadsheet id of a Sheets source, or an error saying what to write instead. */
export function spreadsheetIdFrom(source: string): string {
  const spreadsheetId = spreadsheetIdOf(source);
  if (spreadsheetId === undefined) {
    throw new TendError(
      "unreadable",
      `"${source}" does not name a spreadsheet: use sheets:<spreadsheet id> or the spreadsheet's URL`,
    );
  }
  return spreadsheetId;
}

export function isSheetsSource(source: string): boolean {
  return (
    /^sheets:/i.test(source.trim()) || /^https?:\/\/docs\.google\.com\/spreadsheets\//.test(source.trim())
  );
}
