import { parseLinkedInUrl } from "./linkedin-url.js";
import { cellText, type RawRow } from "./parse-row.js";

/**
 * Who a row is about, so a write can be checked against the row it lands on after the user
 * sorted or inserted rows: the LinkedIn page when there is one, else the name.
 */
export function rowIdentity(row: RawRow): string {
  const url = cellText(row.cells.linkedinUrl);
  const page = url === "" ? undefined : parseLinkedInUrl(url);
  if (page !== undefined) return page.key;
  const name =
    cellText(row.cells.name) ||
    [cellText(row.cells.firstName), cellText(row.cells.lastName)].join(" ").trim();
  return `name:${name.toLowerCase()}|url:${url.toLowerCase()}`;
}
