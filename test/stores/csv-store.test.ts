import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { CsvStore, runLogPath } from "../../shared/stores/local/csv-store.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const today = dayFromIso("2026-11-25") as number;

async function csvFile(text: string): Promise<string> {
  const path = join(await tempDir(), "contacts.csv");
  await writeFile(path, text);
  return path;
}

async function run(path: string, dryRun = false) {
  const store = new CsvStore(path);
  try {
    return await runDaily({ store, today, dryRun });
  } finally {
    await store.close();
  }
}

describe(CsvStore, () => {
  it("adds the output columns at the right end and keeps the user's columns, order and unknown columns", async () => {
    const path = await csvFile(
      "Notes,Name,LinkedIn URL,My own column\r\nfriend,Ana Silva,linkedin.com/in/ana,keep me\r\n",
    );
    await run(path);
    const text = await readFile(path, "utf8");
    const [header, row] = text.split("\r\n");
    expect(header).toBe(
      "Notes,Name,LinkedIn URL,My own column,Suggested action,Why,Priority,Due,Draft message,Done,Snooze until",
    );
    expect(row?.startsWith("friend,Ana Silva,linkedin.com/in/ana,keep me,Hold off,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("writes untouched rows back byte for byte, with their quoting", async () => {
    const original =
      '"Name","Status","Relationship","Suggested action","Why","Priority","Due","Draft message"\n' +
      '"Ana Silva","","","","","","",""\n';
    const path = await csvFile(original);
    await run(path);
    const first = await readFile(path, "utf8");
    expect(first.split("\n")[1]).toMatch(/^"Ana Silva","","","Hold off","No relationship/);
    await run(path);
    expect(await readFile(path, "utf8")).toBe(first);
  });

  it("changes no contact cell on a second run of unchanged data, but logs the run", async () => {
    const path = await csvFile("Name,Relationship,Status\nAna Silva,Worked together,\nBo Chen,,Connected\n");
    const first = await run(path);
    expect(first.rowsChanged).toBe(2);
    const written = await readFile(path, "utf8");
    const second = await run(path);
    expect(second.rowsChanged).toBe(0);
    expect(await readFile(path, "utf8")).toBe(written);
    const log = await readFile(runLogPath(path), "utf8");
    expect(log.trim().split("\n")).toHaveLength(3);
  });

  it("reads a Run log a spreadsheet program saved with semicolons, a byte-order mark and CRLF", async () => {
    const path = await csvFile("Name,Relationship,Status\nAna Silva,Worked together,\n");
    await run(path);
    const saved = (await readFile(runLogPath(path), "utf8")).trim().split("\n");
    const resaved = saved.map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ";")).join("\r\n");
    await writeFile(runLogPath(path), `\uFEFF${resaved}\r\n`);
    await run(path);
    const log = (await readFile(runLogPath(path), "utf8")).trim().split(/\r?\n/);
    expect(log).toHaveLength(3);
    expect(log[1]?.split(",")[0]).toBe(saved[1]?.split(",")[0]);
  });

  it("keeps a draft the user edited while the action stays the same, and replaces it when the action changes", async () => {
    const path = await csvFile("Name,Relationship,Status,Requested on\nAna Silva,Worked together,,\n");
    await run(path);
    const edited = (await readFile(path, "utf8")).replace(/Hi Ana![^\n]*connect\./, "My own words");
    await writeFile(path, edited);
    await run(path);
    expect(await readFile(path, "utf8")).toContain("My own words");
    await writeFile(
      path,
      (await readFile(path, "utf8")).replace(
        "Ana Silva,Worked together,,",
        "Ana Silva,Worked together,Request sent,2026-11-20",
      ),
    );
    await run(path);
    const after = await readFile(path, "utf8");
    expect(after).not.toContain("My own words");
    expect(after).toContain(",Wait,");
  });

  it("writes a value that looks like a formula as text, not as a formula", async () => {
    const path = await csvFile('Name,LinkedIn URL\n"=HYPERLINK(""http://evil"")",\n');
    await writeFile(join(path, "..", "templates.csv"), "Action,Template\nHold off,{name}\n");
    const store = new CsvStore(path);
    await runDaily({
      store,
      today,
      extraTemplateRows: [{ action: "Hold off", template: "{name}", where: "test" }],
    });
    await store.close();
    const text = await readFile(path, "utf8");
    expect(text).toContain('"=HYPERLINK(""http://evil"")"');
    expect(text).toContain(`'=HYPERLINK(""http://evil"")`);
    // The escaped draft reads back as the same draft: the next run changes nothing.
    expect((await run(path)).rowsChanged).toBe(0);
  });

  it("keeps semicolon-separated files, a BOM and a missing final newline", async () => {
    const path = await csvFile("\uFEFFName;Status\nAna Silva;Connected");
    await run(path);
    const text = await readFile(path, "utf8");
    expect(
      text.startsWith(
        "\uFEFFName;Status;Suggested action;Why;Priority;Due;Draft message;Done;Snooze until\n",
      ),
    ).toBe(true);
    expect(text.endsWith("\n")).toBe(false);
  });

  it("writes nothing in a dry run", async () => {
    const original = "Name,Status\nAna Silva,Connected\n";
    const path = await csvFile(original);
    const summary = await run(path, true);
    expect(summary.rowsChanged).toBe(1);
    expect(await readFile(path, "utf8")).toBe(original);
  });

  it("refuses a second run while one holds the file", async () => {
    const path = await csvFile("Name\nAna\n");
    const first = new CsvStore(path);
    await first.load();
    await expect(new CsvStore(path).load()).rejects.toThrow(/being updated by another Tend run/);
    await first.close();
    await expect(run(path)).resolves.toBeDefined();
  });
});
