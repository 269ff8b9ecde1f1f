/**
 * `npx tsx bench/against-exceljs.ts [contacts] [repeats]`: only the side-by-side measurement
 * of issue 11's goal (the whole `tend run` against exceljs's load + write of the same file), for
 * trying a change quickly; `npm run bench` runs it among the rest. Run `npm run build` first.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCase } from "./case-process.js";
import { againstExceljs } from "./whole-command.js";

const [count = "10000", repeats = "5"] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "tend-against-"));
const path = join(dir, `contacts-${count}.xlsx`);
runCase("bench/case-local-file.ts", "prepare", "xlsx", count, path);
const { measurements, summary } = againstExceljs(path, Number(count), Number(repeats));
for (const each of measurements) {
  console.log(
    `${each.seconds.toFixed(2)} s  ${(each.cpuSeconds ?? 0).toFixed(2)} s CPU  ${each.peakMemoryMb} MB  ${each.case}`,
  );
}
console.log(summary);
rmSync(dir, { recursive: true, force: true });
