/**
 * 10,000 contacts through the fake Google Sheets server, end to end with the real client:
 *   tsx bench/case-sheets.ts <contacts>
 * Prints JSON Measurements: Tend's run, an unchanged re-run, and a baseline doing the same
 * work one row per call (what a naive script does), with the ratio. The fake server runs in
 * this process, so the wall times include serving the requests.
 */
import { auth, sheets } from "@googleapis/sheets";
import { dayFromIso } from "../shared/contacts/days.js";
import { runDaily } from "../shared/run/daily-run.js";
import { SheetsApi } from "../shared/stores/sheets/sheets-api.js";
import { SheetsStore } from "../shared/stores/sheets/sheets-store.js";
import { startFakeMetadata, startFakeSheets, useFakeMetadataEnv } from "../test/fakes/sheets/index.js";
import { generateContacts } from "./generate-contacts.js";
import { type Measurement, peakMemoryMb, timed } from "./measure.js";

const count = Number(process.argv[2] ?? "10000");
const withBaseline = !process.argv.includes("--no-baseline");
const today = dayFromIso("2026-11-25") as number;
const fake = await startFakeSheets();
const metadata = await startFakeMetadata();
const restore = useFakeMetadataEnv(metadata);
const { header, rows } = generateContacts(count, today);
const tabs = { Contacts: [header, ...rows], "Run log": [["Started at"]] };
const id = fake.createSpreadsheet({ tabs, input: "RAW" });

const run = () =>
  runDaily({ store: new SheetsStore(new SheetsApi({ spreadsheetId: id, rootUrl: fake.rootUrl })), today });
const results: Measurement[] = [];
for (const label of ["first run (every row written)", "unchanged re-run"]) {
  fake.resetCalls();
  const { seconds, result } = await timed(run);
  results.push({
    case: `daily run, ${label}`,
    contacts: count,
    store: "fake Sheets",
    seconds,
    apiCalls: fake.calls.length,
    writes: result.rowsChanged,
    peakMemoryMb: peakMemoryMb(),
  });
}

if (!withBaseline) {
  for (const result of results) console.log(JSON.stringify(result));
  restore();
  await fake.close();
  await metadata.close();
  process.exit(0);
}

// The baseline: the same reads and writes, one row per call, on a copy of the sheet. At about
// 8 ms a call it is measured on the first BASELINE_ROWS rows and scaled to the whole table.
const BASELINE_ROWS = Math.min(count, 1000);
const written = fake.tabValues(id, "Contacts");
const baselineId = fake.createSpreadsheet({ tabs: { Contacts: written }, input: "RAW" });
const client = sheets({
  version: "v4",
  rootUrl: fake.rootUrl,
  auth: new auth.GoogleAuth({ scopes: ["https://www.googleapis.com/auth/spreadsheets"] }),
});
fake.resetCalls();
const baseline = await timed(async () => {
  for (let row = 2; row <= BASELINE_ROWS + 1; row++) {
    await client.spreadsheets.values.get({
      spreadsheetId: baselineId,
      range: `'Contacts'!A${row}:AA${row}`,
      valueRenderOption: "UNFORMATTED_VALUE",
    });
    await client.spreadsheets.values.update({
      spreadsheetId: baselineId,
      range: `'Contacts'!W${row}:AA${row}`,
      valueInputOption: "RAW",
      requestBody: { values: [(written[row - 1] ?? []).slice(22, 27).map((cell) => String(cell ?? ""))] },
    });
  }
});
const tend = results[0] as Measurement;
const scale = count / BASELINE_ROWS;
const baselineCalls = Math.round(fake.calls.length * scale);
const baselineSeconds = baseline.seconds * scale;
results.push({
  case: `baseline: one row per call (measured on ${BASELINE_ROWS} rows, scaled)`,
  contacts: count,
  store: "fake Sheets",
  seconds: baselineSeconds,
  apiCalls: baselineCalls,
  writes: count,
  peakMemoryMb: peakMemoryMb(),
  note: `Tend makes ${Math.round(baselineCalls / (tend.apiCalls ?? 1))}x fewer calls and is ${(baselineSeconds / tend.seconds).toFixed(0)}x faster; at Google's 60 writes a minute the baseline would need ${Math.ceil(count / 60)} minutes`,
});
for (const result of results) console.log(JSON.stringify(result));
restore();
await fake.close();
await metadata.close();
