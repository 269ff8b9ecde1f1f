/**
 * One benchmark case in its own process, so its peak memory is its own:
 *   tsx bench/case-local-file.ts prepare <xlsx|csv> <contacts> <path>   writes the table
 *   tsx bench/case-local-file.ts run <path>     runs once, prints one JSON Measurement (run it twice for a re-run)
 * Preparing happens in another process: building a workbook costs memory a user's run never pays.
 */
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { openStore } from "../functions/open-store.js";
import { parseSourceRef } from "../functions/parse-source.js";
import { dayFromIso } from "../shared/contacts/days.js";
import { runDaily } from "../shared/run/daily-run.js";
import { generateContacts } from "./generate-contacts.js";
import { type Measurement, peakMemoryMb, timed } from "./measure.js";

const today = dayFromIso("2026-11-25") as number;
const [mode = "run", ...args] = process.argv.slice(2);

if (mode === "prepare") {
  const [kind = "xlsx", countText = "1000", path = `contacts.${kind}`] = args;
  const { header, rows } = generateContacts(Number(countText), today);
  if (kind === "xlsx") {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Contacts");
    // Blank cells stay empty, as in a real workbook (exceljs would store "" as a text cell).
    sheet.addRows([header, ...rows.map((row) => row.map((cell) => (cell === "" ? null : cell)))]);
    await workbook.xlsx.writeFile(path);
  } else {
    await writeFile(path, stringify([header, ...rows]));
  }
} else {
  const [path = "contacts.xlsx"] = args;
  const run = async () => {
    const store = await openStore(parseSourceRef(path));
    try {
      return await runDaily({ store, today });
    } finally {
      await store.close();
    }
  };
  const { seconds, result } = await timed(run);
  const measurement: Measurement = {
    case:
      result.rowsChanged === 0 ? "daily run, unchanged re-run" : "daily run, first run (every row written)",
    contacts: result.contactsRead,
    store: extname(path),
    seconds,
    writes: result.rowsChanged,
    peakMemoryMb: peakMemoryMb(),
  };
  console.log(JSON.stringify(measurement));
}
