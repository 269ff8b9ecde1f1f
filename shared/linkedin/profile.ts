import { cellOf, readCsvTable } from "./csv-table.js";
import { personIdentity } from "./profile-key.js";

/**
 * The export owner from Profile.csv. Real exports give only the name (no profile URL column has
 * been seen since 2018), so the owner's key usually comes from Invitations.csv or messages.csv;
 * the name still tells which messages.csv sender URL is the owner's.
 */
export interface ProfileRecord {
  firstName: string;
  lastName: string;
  name: string;
  url?: string;
  key?: string;
}

// Accepted in case a future export, or a tool that rewrote the file, adds the address.
const URL_KEYS = ["publicprofileurl", "profileurl", "linkedinurl", "publicurl", "url"];

function isProfileHeader(keys: ReadonlySet<string>): boolean {
  return keys.has("firstname") && keys.has("lastname") && !keys.has("connectedon");
}

/** Reads the one row of Profile.csv; `undefined` when it has no row. */
export function parseProfile(text: string, fileName: string): ProfileRecord | undefined {
  const table = readCsvTable(text, fileName, isProfileHeader, "First Name and Last Name");
  const row = table.rows[0];
  if (row === undefined) return undefined;
  const firstName = cellOf(row, table.column("firstname")).trim();
  const lastName = cellOf(row, table.column("lastname")).trim();
  const urlAt = URL_KEYS.map((key) => table.column(key)).find((index) => index !== undefined);
  const url = cellOf(row, urlAt).trim();
  return personIdentity(firstName, lastName, url);
}
