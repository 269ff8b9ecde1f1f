import { CONTACT_TYPES } from "../contacts/enums.js";
import { parseLinkedInUrl } from "../contacts/linkedin-url.js";
import type { StoredRow } from "../run/ports.js";
import { WorkingRow } from "./working-row.js";

/**
 * The table as the import finds its contacts: by LinkedIn key (the only identity for people),
 * company rows by name (Company Follows.csv names organisations, no URL), and rows without a
 * URL by name (only for exports that have no URL column at all).
 */
export class TableIndex {
  readonly existing: WorkingRow[];
  readonly added: WorkingRow[] = [];
  private readonly byKey = new Map<string, WorkingRow>();
  /** Later rows with the key of an earlier one: the run suggests Merge duplicate for them. */
  readonly duplicatesOf = new Map<string, number[]>();
  private readonly companies = new Map<string, WorkingRow>();
  private readonly byName = new Map<string, WorkingRow[]>();

  constructor(rows: readonly StoredRow[]) {
    this.existing = rows.map((row) => new WorkingRow(row));
    for (const row of this.existing) {
      const url = row.text("linkedinUrl");
      const key = url === "" ? undefined : parseLinkedInUrl(url)?.key;
      if (key !== undefined) {
        const first = this.byKey.get(key);
        if (first === undefined) this.byKey.set(key, row);
        else this.duplicatesOf.set(key, [...(this.duplicatesOf.get(key) ?? []), row.rowNumber ?? 0]);
      }
      const name = nameKey(row.name());
      if (name === "") continue;
      const named = this.byName.get(name);
      if (named === undefined) this.byName.set(name, [row]);
      else named.push(row);
      const type = CONTACT_TYPES.parse(row.text("type"));
      const isCompany = type === "Company" || (type === undefined && key?.startsWith("company/") === true);
      if (isCompany && !this.companies.has(name)) this.companies.set(name, row);
    }
  }

  withKey(key: string): WorkingRow | undefined {
    return this.byKey.get(key);
  }

  companyNamed(name: string): WorkingRow | undefined {
    return this.companies.get(nameKey(name));
  }

  /** Existing rows with this name (any URL or none). */
  rowsNamed(name: string): readonly WorkingRow[] {
    return this.byName.get(nameKey(name)) ?? [];
  }

  /** A new row, findable from now on by its key or (for a company) its name. */
  add(kind: { key?: string; company?: string }): WorkingRow {
    const row = new WorkingRow(undefined);
    row.matched = true;
    this.added.push(row);
    if (kind.key !== undefined) this.byKey.set(kind.key, row);
    if (kind.company !== undefined) this.companies.set(nameKey(kind.company), row);
    return row;
  }
}

/** Names compare ignoring case, surrounding and repeated spaces, and Unicode composition. */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
