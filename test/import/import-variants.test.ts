import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { storesFor } from "../../functions/open-store.js";
import { parseSourceRef } from "../../functions/parse-source.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { importLinkedInExport } from "../../shared/import/import-job.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { XlsxStore } from "../../shared/stores/local/xlsx-store.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const TODAY = dayFromIso("2026-11-25") as Day;

async function rowsOf(source: string) {
  const store = source.endsWith(".csv") ? new CsvStore(source) : new XlsxStore(source);
  try {
    return (await store.load()).rows.map((row) => row.raw.cells);
  } finally {
    await store.close();
  }
}

async function importText(name: string, text: string | Uint8Array, kind: "csv" | "xlsx") {
  const dir = await tempDir();
  const path = join(dir, name);
  await writeFile(path, text);
  const source = join(dir, `contacts.${kind}`);
  const summary = await importLinkedInExport({
    paths: [path],
    source: parseSourceRef(source),
    stores: storesFor(),
    today: TODAY,
  });
  return { summary, source, path };
}

describe.each(["csv", "xlsx"] as const)("Connections.csv variants into a .%s", (kind) => {
  it("takes a 2018 export (no preamble, no URL column, `1/8/18, 6:14 PM`) and finds its rows again by name", async () => {
    const text =
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Silva,,Contoso,Engineer,"1/8/18, 6:14 PM"\n';
    const { summary, source, path } = await importText("Connections.csv", text, kind);
    expect(summary.report.added.connections).toBe(1);
    expect(await rowsOf(source)).toMatchObject([
      { name: "Ana Silva", status: "Connected", company: "Contoso" },
    ]);
    const again = await importLinkedInExport({
      paths: [path],
      source: parseSourceRef(source),
      stores: storesFor(),
      today: TODAY,
    });
    expect([again.report.added.total, again.report.updated.rows, again.report.unchanged]).toEqual([0, 0, 1]);
  });

  it("takes an Excel re-save (BOM, CRLF, `Notes:,,`, `5-Feb-24`) and keeps emoji, tabs, commas and quotes in names", async () => {
    const text =
      "\uFEFFNotes:,,,,,,\r\n" +
      '"When exporting your connection data...",,,,,,\r\n' +
      ",,,,,,\r\n" +
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" +
      '🚀 Ana,"Nayak, MSc, MBA",https://www.linkedin.com/in/ana-nayak,,"Contoso, Inc.",CTO,5-Feb-24\r\n' +
      '"James ""Tyler""",O\tBrien,https://www.linkedin.com/in/j%C3%B3zef,,Initech,"Head of ""Growth""",6-Feb-24\r\n' +
      ",,,,,,7-Feb-24\r\n";
    const { summary, source } = await importText("Connections.csv", text, kind);
    expect(summary.report.added.connections).toBe(2);
    expect(summary.report.hiddenSkipped).toBe(1);
    const rows = await rowsOf(source);
    expect(rows.map((row) => [row.name, row.company, row.title])).toEqual([
      ["🚀 Ana Nayak, MSc, MBA", "Contoso, Inc.", "CTO"],
      ['James "Tyler" O\tBrien', "Initech", 'Head of "Growth"'],
    ]);
  });
});

describe("an export .zip with the files in a folder, and Invitations.csv before its URL columns", () => {
  it("imports the connections and skips invitations that name nobody by URL", async () => {
    const zip = zipSync({
      "Basic_LinkedInDataExport_03-02-2022/Connections.csv": strToU8(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Silva,https://www.linkedin.com/in/ana,,Contoso,Engineer,05 Feb 2022\n",
      ),
      "Basic_LinkedInDataExport_03-02-2022/Invitations.csv": strToU8(
        'From,To,Sent At,Message,Direction\nAda Quill,Bo Chen,"2/20/22, 9:05 AM",,OUTGOING\n',
      ),
    });
    const { summary, source } = await importText("Basic_LinkedInDataExport_03-02-2022.zip", zip, "csv");
    expect(summary.report.exportDate).toBe("2022-03-02");
    expect(summary.report.added.total).toBe(1);
    expect(summary.report.skipped).toMatchObject([
      { count: 1, reason: expect.stringContaining("never by name") },
    ]);
    expect((await readFile(source, "utf8")).split("\n")).toHaveLength(3);
  });
});
