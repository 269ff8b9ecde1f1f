/** Parsing and the engine alone, no file: `tsx bench/case-engine.ts <contacts>`. */
import { dayFromIso } from "../shared/contacts/days.js";
import { parseRow } from "../shared/contacts/parse-row.js";
import { defaultSettings } from "../shared/rules/settings.js";
import { suggestTable } from "../shared/run/suggest-table.js";
import { readGridTable } from "../shared/stores/grid/grid-table.js";
import { generateContacts } from "./generate-contacts.js";
import { type Measurement, peakMemoryMb } from "./measure.js";

const count = Number(process.argv[2] ?? "100000");
const today = dayFromIso("2026-11-25") as number;
const { header, rows } = generateContacts(count, today);
const settings = defaultSettings();
const start = performance.now();
// The same grid reading every spreadsheet store does, then the pure engine.
const table = readGridTable(header, rows);
const gridSeconds = (performance.now() - start) / 1000;
const parsed = table.rows.map((row) => parseRow(row.raw, { dateOrder: settings.dateOrder, today }));
const suggestions = suggestTable(parsed, settings, today);
const seconds = (performance.now() - start) / 1000;
const measurement: Measurement = {
  case: `grid reading + parsing + engine + drafts (${suggestions.filter(Boolean).length} suggestions)`,
  contacts: count,
  store: "(memory)",
  seconds,
  peakMemoryMb: peakMemoryMb(),
  note: `of which grid reading ${gridSeconds.toFixed(2)} s`,
};
console.log(JSON.stringify(measurement));
