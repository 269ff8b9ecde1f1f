/**
 * One benchmark case in its own process, so its peak memory is its own:
 *   tsx bench/case-local-file.ts <xlsx|csv> <contacts>
 * Prints one JSON Measurement.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { dayFromIso } from "../shared/contacts/days.js";
import { runDaily } from "../shared/run/daily-run.js";
import { openStore } from "../shared/stores/open-store.js";
import { generateContacts } from "./generate-contacts.js";
import { type Measurement, peakMemoryMb, timed } from "./measure.js";

const [kind = "xlsx", countText = "1000"] = process.argv.slice(2);
const count = Number(countText);
const today = dayFromIso("2026-11-25") as number;
const dir = await mkdtemp(join(tmpdir(), "tend-bench-"));
const path = join(dir, `contacts.${kind}`);
const { header, rows } = generateContacts(count, today);
if (kind === "xlsx") {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Contacts");
  sheet.addRows([header, ...rows]);
  await workbook.xlsx.writeFile(path);
} else {
  await writeFile(path, stringify([header, ...rows]));
}

const run = async () => {
  const store = await openStore(path);
  try {
    return await runDaily({ store, today });
  } finally {
    await store.close();
  }
};
const first = await timed(run);
const second = await timed(run);
const measurement: Measurement = {
  case: `daily run, first (${first.result.rowsChanged} rows written)`,
  contacts: count,
  store: `.${kind}`,
  seconds: first.seconds,
  writes: first.result.rowsChanged,
  peakMemoryMb: peakMemoryMb(),
  note: `unchanged re-run ${second.seconds.toFixed(2)} s, ${second.result.rowsChanged} rows written`,
};
await rm(dir, { recursive: true, force: true });
console.log(JSON.stringify(measurement));
