// @ts-check
/**
 * When you set Status to "Request sent" or "Following" by hand, today's date goes into Requested
 * on or Followed on if that cell is blank: the rules count days from it, and the next run would
 * otherwise only see the change a day later. A filled cell is never touched. Only edits made in
 * the sheet fire onEdit: Tend's own writes through the API do not.
 */

/** Header texts as Tend matches them (the exact header first, then its main aliases). */
const TEND_STAMP_HEADERS = {
  name: ["Name", "Full Name", "Contact Name"],
  linkedinUrl: [
    "LinkedIn URL",
    "URL",
    "Profile URL",
    "LinkedIn",
    "LinkedIn Profile",
    "LinkedIn Profile URL",
    "LinkedIn Link",
  ],
  firstName: ["First Name", "First", "Given Name"],
  lastName: ["Last Name", "Last", "Surname", "Family Name"],
  status: ["Status", "LinkedIn Status", "Connection Status"],
  requestedOn: ["Requested on", "Request sent on", "Invited on"],
  followedOn: ["Followed on", "Following since"],
};

/** Which Status values stamp which date column (the values with the synonyms Tend reads). */
const TEND_STAMPS = [
  {
    column: "requestedOn",
    statuses: ["request sent", "pending", "pending request", "requested", "invited", "sent"],
  },
  { column: "followedOn", statuses: ["following", "followed", "follow"] },
];

/** Tend's own tabs hold no contacts. */
const TEND_OWN_TABS = ["today", "run log", "settings", "templates"];
/** Tend looks this far down for the header row (a title or notes may sit above it). */
const TEND_HEADER_SEARCH_ROWS = 50;
/** Sheets counts days from 1899-12-30: 1970-01-01 is day 25569. */
const TEND_UNIX_EPOCH_SERIAL = 25569;

/** @param {GoogleAppsScript.Events.SheetsOnEdit} event */
// biome-ignore lint/correctness/noUnusedVariables: Apps Script calls it: a simple trigger
function onEdit(event) {
  tendStampDates_(event.range);
}

/** @param {GoogleAppsScript.Spreadsheet.Range} range */
function tendStampDates_(range) {
  const sheet = range.getSheet();
  if (TEND_OWN_TABS.includes(sheet.getName().trim().toLowerCase())) return;
  const table = tendFindHeader_(sheet);
  if (table === undefined || table.columns.status === undefined) return;
  const statusColumn = table.columns.status;
  const first = range.getColumn();
  if (statusColumn < first || statusColumn >= first + range.getNumColumns()) return;
  const values = range.getValues();
  const today = tendTodaySerial_(sheet.getParent().getSpreadsheetTimeZone());
  values.forEach((row, offset) => {
    const rowNumber = range.getRow() + offset;
    if (rowNumber <= table.headerRow) return;
    const status = tendKey_(String(row[statusColumn - first]));
    const stamp = TEND_STAMPS.find((candidate) => candidate.statuses.includes(status));
    const dateColumn = stamp === undefined ? undefined : table.columns[stamp.column];
    if (dateColumn === undefined) return;
    const cell = sheet.getRange(rowNumber, dateColumn);
    if (cell.getValue() !== "" || cell.getFormula() !== "") return;
    cell.setValue(today);
    if (!tendIsDateFormat_(cell.getNumberFormat())) cell.setNumberFormat("yyyy-mm-dd");
  });
}

/**
 * The header row (1-based) and the 1-based column of each header found: the first row holding a
 * name (Name, LinkedIn URL, or First and Last Name) and Status, as Tend finds its header.
 * @param {GoogleAppsScript.Spreadsheet.Sheet} sheet
 * @returns {{ headerRow: number, columns: Record<string, number | undefined> } | undefined}
 */
function tendFindHeader_(sheet) {
  const rows = Math.min(sheet.getLastRow(), TEND_HEADER_SEARCH_ROWS);
  const width = sheet.getLastColumn();
  if (rows < 1 || width < 1) return undefined;
  const grid = sheet.getRange(1, 1, rows, width).getDisplayValues();
  for (let index = 0; index < grid.length; index++) {
    const columns = tendMatchHeaders_(grid[index] || []);
    const named =
      columns.name !== undefined ||
      columns.linkedinUrl !== undefined ||
      (columns.firstName !== undefined && columns.lastName !== undefined);
    if (named && columns.status !== undefined) return { headerRow: index + 1, columns };
  }
  return undefined;
}

/**
 * @param {string[]} headers
 * @returns {Record<string, number | undefined>}
 */
function tendMatchHeaders_(headers) {
  /** @type {Record<string, number | undefined>} */
  const columns = {};
  for (const [column, texts] of Object.entries(TEND_STAMP_HEADERS)) {
    const keys = texts.map(tendHeaderKey_);
    // As in Tend, the leftmost matching header wins; a later one is a duplicate Tend ignores.
    const index = headers.findIndex((header) => keys.includes(tendHeaderKey_(header)));
    if (index >= 0) columns[column] = index + 1;
  }
  return columns;
}

/**
 * Tend's header key: case, spaces and punctuation ignored ("LinkedIn-URL" is "LinkedIn URL").
 * @param {string} text
 */
function tendHeaderKey_(text) {
  return String(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** @param {string} text */
function tendKey_(text) {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Today in the spreadsheet's time zone as a date serial: a date value whatever the script's own
 * time zone, which a JavaScript Date would be converted through.
 * @param {string} timeZone
 */
function tendTodaySerial_(timeZone) {
  const [year, month, day] = Utilities.formatDate(new Date(), timeZone, "yyyy-MM-dd").split("-").map(Number);
  return Date.UTC(year || 1970, (month || 1) - 1, day || 1) / 86400000 + TEND_UNIX_EPOCH_SERIAL;
}

/**
 * Whether a number format shows a date (a day or a year outside quoted text).
 * @param {string} format
 */
function tendIsDateFormat_(format) {
  return /[dy]/i.test(String(format).replace(/"[^"]*"/g, ""));
}
