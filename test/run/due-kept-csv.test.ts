import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

async function runOn(path: string, iso: string) {
  const store = new CsvStore(path);
  try {
    return await runDaily({ store, today: dayFromIso(iso) as Day });
  } finally {
    await store.close();
  }
}

describe("a CSV table on two mornings (RULES.md §5, Due kept)", () => {
  it("rewrites only the row whose decision changed: a Wait that became Follow up", async () => {
    const path = join(await tempDir(), "contacts.csv");
    await writeFile(
      path,
      [
        "Name,Relationship,Status,Requested on,Mutual connections",
        "Ana Silva,Worked together,,,",
        "Bo Chen,,Request sent,2026-11-05,",
        "Cy Diaz,,Request sent,2026-11-10,",
        "Finn Lund,,Incoming request,,1",
        "",
      ].join("\n"),
    );
    const monday = await runOn(path, "2026-11-30");
    expect(monday.rowsChanged).toBe(4);
    const mondayLines = (await readFile(path, "utf8")).split("\n");

    const tuesday = await runOn(path, "2026-12-01");
    expect(tuesday.changes.map((change) => [change.row, change.before, change.after])).toEqual([
      [4, "Wait", "Follow up"],
    ]);
    const tuesdayLines = (await readFile(path, "utf8")).split("\n");
    expect(tuesdayLines.filter((line, index) => line !== mondayLines[index])).toHaveLength(1);
    // Connect and Review request still say the day they first appeared; Follow up its own day.
    expect(tuesdayLines[1]).toContain(",2026-11-30,");
    expect(tuesdayLines[2]).toContain(",2026-11-26,");
    expect(tuesdayLines[3]).toContain(",Follow up,");
    expect(tuesdayLines[3]).toContain(",2026-12-01,");
    expect(tuesdayLines[4]).toContain(",2026-11-30,");
  });

  it("records a Done mark into the CSV file and clears it", async () => {
    const path = join(await tempDir(), "contacts.csv");
    await writeFile(
      path,
      ["Name,Relationship,Status,Notes", "Ana Silva,Worked together,,ex-colleague", ""].join("\n"),
    );
    await runOn(path, "2026-11-30");
    const [header, monday] = (await readFile(path, "utf8")).split("\n");
    expect(header).toBe(
      "Name,Relationship,Status,Notes,Suggested action,Why,Priority,Due,Draft message,Done,Snooze until",
    );
    // Monday evening the user sent the request and typed x into Done.
    await writeFile(path, [header, monday?.replace(/,,$/, ",x,"), ""].join("\n"));

    const tuesday = await runOn(path, "2026-12-01");
    expect(tuesday.done.recorded).toEqual({ Connect: 1 });
    const [headerNow, row] = (await readFile(path, "utf8")).split("\n");
    // Requested on was missing: it is added at the right end, after Done and Snooze until.
    expect(headerNow).toBe(`${header},Requested on`);
    expect(row).toMatch(
      /^Ana Silva,Worked together,Request sent,ex-colleague,Wait,.*,Low,2026-12-22,,,,2026-12-01$/,
    );
  });
});
