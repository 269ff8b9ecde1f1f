import type { sheets_v4 } from "@googleapis/sheets";
import type { OutputColumn } from "../../contacts/columns.js";
import type { RowUpdate } from "../../run/ports.js";
import { cellRange } from "./a1.js";

export interface SheetWritePlan {
  data: sheets_v4.Schema$ValueRange[];
  skipped: { row: number; reason: string }[];
}

/**
 * Where each update lands now. A row stays where it was read when the same contact is still
 * there; otherwise it is found by its identity (the user sorted or inserted rows); when it
 * is gone or ambiguous, it is not written at all, never onto another contact's row.
 * Neighbouring changed cells of a row go in one range.
 */
export function planSheetWrites(input: {
  tab: string;
  updates: readonly RowUpdate[];
  positions: Record<OutputColumn, number>;
  identitiesNow: readonly string[];
  addedHeaders: [number, string][];
}): SheetWritePlan {
  const { tab, updates, positions, identitiesNow } = input;
  const rowsOf = new Map<string, number[]>();
  identitiesNow.forEach((identity, index) => {
    const list = rowsOf.get(identity);
    if (list === undefined) rowsOf.set(identity, [index]);
    else list.push(index);
  });
  const data: sheets_v4.Schema$ValueRange[] = [];
  const skipped: SheetWritePlan["skipped"] = [];
  for (const [column, header] of input.addedHeaders) {
    data.push({ range: cellRange(tab, column, column, 1, 1), values: [[header]] });
  }
  for (const update of updates) {
    const readAt = Number(update.ref);
    let target: number | undefined = identitiesNow[readAt] === update.identity ? readAt : undefined;
    if (target === undefined) {
      const candidates = rowsOf.get(update.identity) ?? [];
      if (candidates.length === 1) target = candidates[0];
      else {
        skipped.push({
          row: update.rowNumber,
          reason:
            candidates.length === 0
              ? "the contact was moved or deleted while Tend ran; it will be done on the next run"
              : "the contact appears on several rows after an edit during the run; it will be done on the next run",
        });
        continue;
      }
    }
    const sheetRow = (target as number) + 2;
    const cells = (Object.entries(update.cells) as [OutputColumn, string][])
      .map(([column, text]) => [positions[column], text] as const)
      .sort((a, b) => a[0] - b[0]);
    let run: (readonly [number, string])[] = [];
    const flush = () => {
      const first = run[0];
      const last = run[run.length - 1];
      if (first !== undefined && last !== undefined) {
        data.push({
          range: cellRange(tab, first[0], last[0], sheetRow, sheetRow),
          values: [run.map(([, text]) => text)],
        });
      }
      run = [];
    };
    for (const cell of cells) {
      const previous = run[run.length - 1];
      if (previous !== undefined && cell[0] !== previous[0] + 1) flush();
      run.push(cell);
    }
    flush();
  }
  return { data, skipped };
}
