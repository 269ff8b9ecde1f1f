import type { OutputCells, OutputColumn } from "./columns.js";
import { dayFromSerial, dayFromUtcDate, isoDay } from "./days.js";
import type { CellValue } from "./parse-date.js";

/** Output cells as text, whatever the store holds: a Due typed as a date cell reads as ISO. */
export function readOutputCells(values: Partial<Record<OutputColumn, CellValue>>): OutputCells {
  return {
    suggestedAction: outputText("suggestedAction", values.suggestedAction),
    why: outputText("why", values.why),
    priority: outputText("priority", values.priority),
    due: outputText("due", values.due),
    draftMessage: outputText("draftMessage", values.draftMessage),
  };
}

function outputText(column: OutputColumn, value: CellValue): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDay(dayFromUtcDate(value));
  if (typeof value === "number" && column === "due") return isoDay(dayFromSerial(value));
  return String(value);
}
