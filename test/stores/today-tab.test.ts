import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

async function tend(...args: string[]) {
  const lines: string[] = [];
  const code = await main(args, (text) => lines.push(text));
  return { code, output: lines.join("\n") };
}

async function sheetRows(path: string, tab: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: string[][] = [];
  workbook.getWorksheet(tab)?.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as ExcelJS.CellValue[])
      .slice(1)
      .map((cell) =>
        cell && typeof cell === "object" && "text" in cell ? String(cell.text) : String(cell ?? ""),
      );
  });
  return Array.from(rows, (row) => row ?? []);
}

describe("the Today tab after npm start on the sample workbook", () => {
  it("lists today's actions and health figures consistent with the contact rows, and the CLI shows the same", async () => {
    const path = join(await tempDir(), "contacts.xlsx");
    const { output } = await tend(
      "run",
      "--source",
      path,
      "--create-sample",
      "--today",
      "2026-11-25",
      "--verbose",
    );
    const contacts = await sheetRows(path, "Contacts");
    const header = contacts[0] ?? [];
    const at = (name: string) => header.indexOf(name);
    const data = contacts.slice(1).filter((row) => row[0] !== undefined && row[0] !== "");
    const dueOf = (row: string[]) => row[at("Due")] ?? "";
    const dueRows = data.filter((row) => dueOf(row) !== "" && dueOf(row) <= "2026-11-25");

    const today = await sheetRows(path, "Today");
    expect(today[0]?.[0]).toBe("Today, 2026-11-25");
    expect(today[1]?.[0]).toBe("Last successful run");
    expect(today[2]).toEqual(expect.arrayContaining(["Last failed run", "none"]));
    expect(today[4]?.[0]).toBe(`To do today (${dueRows.length})`);
    const listed = today.slice(6, 6 + dueRows.length);
    // Each listed action is the one written on that contact's row, highest priority first.
    for (const item of listed) {
      const row = data.find((contact) => contact[at("Name")] === item[2]);
      expect(item.slice(0, 4)).toEqual([
        row?.[at("Priority")],
        row?.[at("Suggested action")],
        row?.[at("Name")],
        row?.[at("Due")],
      ]);
    }
    const rank = { High: 0, Medium: 1, Low: 2 } as Record<string, number>;
    const ranks = listed.map((item) => rank[item[0] ?? ""] ?? 9);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const figure = (label: string) => today.find((row) => row[0] === label)?.[1];
    const count = (predicate: (row: string[]) => boolean) => String(data.filter(predicate).length);
    const fine = (row: string[]) =>
      !["Fix row", "Merge duplicate"].includes(row[at("Suggested action")] ?? "");
    expect(figure("Connections")).toBe(count((row) => fine(row) && row[at("Status")] === "Connected"));
    expect(figure("Companies followed")).toBe(
      count((row) => fine(row) && row[at("Type")] === "Company" && row[at("Status")] === "Following"),
    );
    expect(figure("Rows to fix")).toBe(count((row) => !fine(row)));
    expect(figure("Not aligned, still connected or followed")).toBe(
      count(
        (row) =>
          fine(row) &&
          row[at("Aligned")] === "No" &&
          ["Connected", "Following"].includes(row[at("Status")] ?? ""),
      ),
    );
    // The CLI prints the same list and figures.
    expect(output).toContain(`Today (${dueRows.length} due, most important first)`);
    expect(output).toMatch(new RegExp(`Connections\\s+${figure("Connections")}\\n`));
    // The history has one row per run.
    expect(today[1]?.[8]).toBe("Run");
    expect(today[2]?.[9]).toBe(figure("Connections"));
  });

  it("shows a failed run and its reason in the heartbeat, keeping the last good list", async () => {
    const dir = await tempDir();
    const path = join(dir, "contacts.xlsx");
    await tend("run", "--source", path, "--create-sample", "--today", "2026-11-25");
    const before = await sheetRows(path, "Today");
    const { writeFile } = await import("node:fs/promises");
    const settings = join(dir, "bad.csv");
    await writeFile(settings, "Setting,Value\nNote limit,short\n");
    expect((await tend("run", "--source", path, "--settings", settings)).code).toBe(1);
    const after = await sheetRows(path, "Today");
    expect(after[2]?.[1]).toMatch(/^\d{4}-\d\d-\d\dT.*: failed: .*Setting "Note limit" is "short"/);
    expect(after[1]).toEqual(before[1]);
    expect(after.slice(4, 30)).toEqual(before.slice(4, 30));
    const log = await sheetRows(path, "Run log");
    expect(log.at(-1)?.[7]).toMatch(/^failed: /);
  });
});
