/**
 * The yardstick for the workbook store: exceljs alone loading a workbook and writing it back,
 * nothing else, in its own process: `tsx bench/case-exceljs.ts <path>`. Prints one JSON
 * Measurement; writes next to the file, never over it.
 */
import { readFile, rm } from "node:fs/promises";
import ExcelJS from "exceljs";
import { type Measurement, peakMemoryMb, timed } from "./measure.js";

const [path = "contacts.xlsx"] = process.argv.slice(2);
const copy = `${path}.exceljs.xlsx`;
const cpuBefore = process.cpuUsage();
const { seconds, result: rows } = await timed(async () => {
  const workbook = new ExcelJS.Workbook();
  // As the store does: the bytes first, then exceljs parses them.
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  await workbook.xlsx.writeFile(copy);
  return workbook.worksheets[0]?.actualRowCount ?? 0;
});
const cpu = process.cpuUsage(cpuBefore);
await rm(copy, { force: true });
const measurement: Measurement = {
  case: "exceljs alone: load the same workbook and write it back",
  contacts: rows - 1,
  store: ".xlsx",
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakMemoryMb: peakMemoryMb(),
};
console.log(JSON.stringify(measurement));
