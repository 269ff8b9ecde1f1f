import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openStore } from "../../functions/open-store.js";
import { parseSourceRef } from "../../functions/parse-source.js";
import { dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import type { ContactStore } from "../../shared/run/ports.js";
import { useTempDir } from "../support/temp-dir.js";
import { hostileTable, NO_BUDGET_LIMITS } from "./hostile-rows.js";

const tempDir = useTempDir();
const today = dayFromIso("2026-11-25") as number;
const TRIALS = process.env.TEND_LONG ? 300 : 60;
const INPUT_COLUMNS = 19;

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

/** A user's edit of the data rows: sort, insert, delete or retype an input cell. */
function editRows(rows: string[][], random: () => number): string[][] {
  const next = rows.map((row) => [...row]);
  const at = Math.floor(random() * next.length);
  switch (Math.floor(random() * 4)) {
    case 0:
      return next.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? "") * (random() < 0.5 ? 1 : -1));
    case 1:
      next.splice(at, 0, [
        `Inserted ${at}`,
        `linkedin.com/in/inserted-${at}`,
        "",
        "",
        "",
        "Admire their work",
      ]);
      return next;
    case 2:
      next.splice(at, 1);
      return next;
    default: {
      const row = next[at];
      if (row) row[5] = row[5] === "Worked together" ? "" : "Worked together";
      return next;
    }
  }
}

/** The store, with the user's edit landing between Tend's read and its first write. */
function editedBeforeFirstWrite(store: ContactStore, edit: () => Promise<void>): ContactStore {
  let edited = false;
  return {
    description: store.description,
    load: () => store.load(),
    save: async (...args) => {
      if (!edited) {
        edited = true;
        await edit();
      }
      return store.save(...args);
    },
    close: () => store.close(),
  };
}

async function csvEdit(path: string, random: () => number): Promise<string[][]> {
  const [header = [], ...rows] = parse(await readFile(path, "utf8"), {
    relax_column_count: true,
  }) as string[][];
  const edited = editRows(rows, random);
  await writeFile(path, stringify([header, ...edited]));
  return edited;
}

async function xlsxEdit(path: string, random: () => number): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("Contacts") as ExcelJS.Worksheet;
  const rows: string[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((cell) => String(cell ?? "")));
  });
  const edited = editRows(rows, random);
  // The user saves the workbook with the rows in their new order.
  const saved = new ExcelJS.Workbook();
  saved
    .addWorksheet("Contacts")
    .addRows([
      (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1),
      ...edited.map((row) => row.map((cell) => (cell === "" ? null : cell))),
    ]);
  await saved.xlsx.writeFile(path);
  return edited;
}

async function inputCellsOf(path: string): Promise<string[][]> {
  if (path.endsWith(".csv")) {
    const [, ...rows] = parse(await readFile(path, "utf8"), { relax_column_count: true }) as string[][];
    return rows.map((row) => row.slice(0, INPUT_COLUMNS));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: string[][] = [];
  workbook.getWorksheet("Contacts")?.eachRow((row, number) => {
    if (number > 1)
      rows.push(Array.from({ length: INPUT_COLUMNS }, (_, i) => String(row.getCell(i + 1).value ?? "")));
  });
  return rows;
}

const run = async (store: ContactStore) => {
  try {
    return await runDaily({ store, today, extraSettingRows: NO_BUDGET_LIMITS });
  } finally {
    await store.close();
  }
};

describe(`edits to a local file between Tend's read and write, ${TRIALS} seeded trials per format`, () => {
  it.each(["csv", "xlsx"] as const)(
    "in a .%s: no suggestion on the wrong contact, no user cell changed",
    async (kind) => {
      let checkedRows = 0;
      for (let trial = 1; trial <= TRIALS; trial++) {
        const random = seeded(trial);
        const table = hostileTable(12, trial, today);
        const rows = table.rows.map((row) =>
          row.map((cell) =>
            [...cell]
              .map((char) => (char.charCodeAt(0) < 32 ? " " : char))
              .join("")
              .slice(0, 60),
          ),
        );
        const path = join(await tempDir(), `contacts.${kind}`);
        if (kind === "csv") await writeFile(path, stringify([table.header, ...rows]));
        else {
          const workbook = new ExcelJS.Workbook();
          workbook
            .addWorksheet("Contacts")
            .addRows([table.header, ...rows.map((row) => row.map((cell) => (cell === "" ? null : cell)))]);
          await workbook.xlsx.writeFile(path);
        }
        let afterEdit: string[][] = [];
        const edit = async () => {
          afterEdit = await (kind === "csv" ? csvEdit(path, random) : xlsxEdit(path, random));
        };
        await run(editedBeforeFirstWrite(await openStore(parseSourceRef(path)), edit));
        // Every user cell is as the user left it...
        const inputs = await inputCellsOf(path);
        expect(inputs, `trial ${trial}`).toEqual(
          afterEdit.map((row) => Array.from({ length: INPUT_COLUMNS }, (_, i) => row[i] ?? "")),
        );
        // ...and every suggestion is the one its own row calls for: a second run changes nothing.
        const again = await run(await openStore(parseSourceRef(path)));
        expect(again.rowsChanged, `trial ${trial}`).toBe(0);
        checkedRows += inputs.length;
      }
      console.log(`local concurrent edits (${kind}): ${TRIALS} trials, ${checkedRows} rows checked`);
    },
  );
});
