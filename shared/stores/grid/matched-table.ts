import { matchHeaders } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import type { GridTable } from "./grid-table.js";

/** A header row matched, without its rows: what the checks on Tend's own columns need. */
export function matchedTable(header: readonly CellValue[]): GridTable {
  const texts = header.map((cell) => cellText(cell));
  return { header: texts, map: matchHeaders(texts), rows: [], warnings: [] };
}
