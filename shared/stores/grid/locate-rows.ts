import type { HeaderMap } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";
import type { RawRow } from "../../contacts/parse-row.js";
import { rowIdentity } from "../../contacts/row-identity.js";

/** The columns a row's identity is made of (see rowIdentity), where the table has them. */
export function identityColumns(map: HeaderMap): [keyof RawRow["cells"], number][] {
  return (["linkedinUrl", "name", "firstName", "lastName"] as const).flatMap((column) => {
    const at = map.input[column];
    return at === undefined ? [] : [[column, at] as [keyof RawRow["cells"], number]];
  });
}

/** The identity of every data row of a grid (under its header row), from its key columns. */
export function identitiesOf(
  map: HeaderMap,
  rows: readonly (readonly CellValue[] | undefined)[],
  headerRow = 0,
): string[] {
  const keys = identityColumns(map);
  return rows.slice(headerRow + 1).map((cells, index) => {
    const raw: RawRow = { rowNumber: index + headerRow + 2, cells: {} };
    for (const [column, at] of keys) raw.cells[column] = cells?.[at];
    return rowIdentity(raw);
  });
}

export interface Located {
  /** Data index (0-based, header excluded) where each update's contact is now, by the index it was read at. */
  targets: Map<number, number>;
  skipped: { row: number; reason: string }[];
}

/**
 * Where each row read at `ref` is now. A row stays where it was read when the same contact is
 * still there; otherwise it is found by its identity (the user sorted or inserted rows); when it
 * is gone or ambiguous, it is not written at all, never onto another contact's row.
 */
export function locateRows(
  updates: readonly { ref: string | number; rowNumber: number; identity: string }[],
  identitiesNow: readonly string[] | undefined,
  during: "run" | "import",
): Located {
  const targets = new Map<number, number>();
  const skipped: Located["skipped"] = [];
  if (identitiesNow === undefined) {
    for (const update of updates) targets.set(Number(update.ref), Number(update.ref));
    return { targets, skipped };
  }
  const rowsOf = new Map<string, number[]>();
  identitiesNow.forEach((identity, index) => {
    const list = rowsOf.get(identity);
    if (list === undefined) rowsOf.set(identity, [index]);
    else list.push(index);
  });
  for (const update of updates) {
    const readAt = Number(update.ref);
    const candidates = rowsOf.get(update.identity) ?? [];
    const target =
      identitiesNow[readAt] === update.identity
        ? readAt
        : candidates.length === 1
          ? candidates[0]
          : undefined;
    if (target !== undefined) targets.set(readAt, target);
    else skipped.push({ row: update.rowNumber, reason: skipReason(candidates.length === 0, during) });
  }
  return { targets, skipped };
}

function skipReason(gone: boolean, during: "run" | "import"): string {
  if (during === "run") {
    return gone
      ? "the contact was moved or deleted while Tend ran; it will be done on the next run"
      : "the contact appears on several rows after an edit during the run; it will be done on the next run";
  }
  return gone
    ? "the contact was moved or deleted during the import; import again to update it"
    : "the contact appears on several rows after an edit during the import; import again to update it";
}
