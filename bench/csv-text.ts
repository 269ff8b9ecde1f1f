/**
 * `node --max-semi-space-size=64 --min-semi-space-size=64 --import tsx bench/csv-text.ts` (the
 * young-generation size the CLI runs with, see bin/tend.js): decode a 10,000-record x 25-cell CSV file and encode it with 5
 * cells changed in every record, per encoding; prints one Measurement line per encoding (the
 * best of 5 runs, after a warm-up, so the figure is the codec and not module loading).
 */
import iconv from "iconv-lite";
import { decodeCsvFile } from "../shared/stores/csv-text/decode-csv-file.js";
import { encodeCsvFile } from "../shared/stores/csv-text/encode-csv-file.js";
import { type Measurement, peakMemoryMb } from "./measure.js";

const RECORDS = 10_000;
const CELLS = 25;
const CHANGED = [20, 21, 22, 23, 24];

function fileText(): string {
  const header = Array.from({ length: CELLS }, (_, column) => `Column ${column + 1}`).join(",");
  const rows = Array.from({ length: RECORDS }, (_, row) =>
    Array.from({ length: CELLS }, (_, column) =>
      column % 7 === 3 ? `"Note ${row}, line one\nline two"` : `Zoë ${row}-${column}`,
    ).join(","),
  );
  return [header, ...rows].map((line, index) => line + (index % 3 === 0 ? "\n" : "\r\n")).join("");
}

/** Wall-clock and CPU seconds: on a machine shared with other work the CPU time is the steadier. */
function roundTrip(bytes: Uint8Array): { seconds: number; cpuSeconds: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const file = decodeCsvFile(bytes);
  const replaced = new Map<number, string[]>();
  for (let index = 1; index < file.records.length; index++) {
    const cells = [...(file.records[index]?.cells ?? [])];
    for (const column of CHANGED) cells[column] = `Follow up ${index}`;
    replaced.set(index, cells);
  }
  encodeCsvFile(file, replaced);
  const { user, system } = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (user + system) / 1e6 };
}

const text = fileText();
for (const [encoding, bytes] of [
  ["utf-8", iconv.encode(text, "utf-8")],
  ["windows-1252", iconv.encode(text, "windows-1252")],
  ["utf-16le", iconv.encode(text, "utf-16le", { addBOM: true })],
] as const) {
  roundTrip(bytes);
  const runs = Array.from({ length: 5 }, () => roundTrip(bytes));
  const seconds = Math.min(...runs.map((run) => run.seconds));
  const cpuSeconds = Math.min(...runs.map((run) => run.cpuSeconds));
  const measurement: Measurement = {
    case: `CSV text codec: decode + encode, 5 of 25 cells changed per record (${encoding})`,
    contacts: RECORDS,
    store: ".csv",
    seconds: Math.round(seconds * 1000) / 1000,
    peakMemoryMb: peakMemoryMb(),
    note: `${(bytes.length / 1e6).toFixed(1)} MB, ${cpuSeconds.toFixed(3)} s CPU`,
  };
  console.log(JSON.stringify(measurement));
}
