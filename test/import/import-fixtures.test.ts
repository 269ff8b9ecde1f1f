import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore, storesFor } from "../../functions/open-store.js";
import { parseSourceRef } from "../../functions/parse-source.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { importLinkedInExport } from "../../shared/import/import-job.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { createWorkbook } from "../../shared/stores/local/create-workbook.js";
import { writeGeneratedExport } from "../linkedin/generate-export.js";
import { readWorkbook } from "../support/read-workbook.js";
import { useTempDir } from "../support/temp-dir.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/linkedin-export");
const TODAY = dayFromIso("2026-11-25") as Day;
const tempDir = useTempDir();

/** A new, empty contacts table of each kind the import writes locally. */
async function emptyTable(kind: "xlsx" | "csv"): Promise<string> {
  const path = join(await tempDir(), `contacts.${kind}`);
  if (kind === "xlsx") await createWorkbook(path);
  return path;
}

const importInto = (source: string, ...paths: string[]) =>
  importLinkedInExport({ paths, source: parseSourceRef(source), stores: storesFor(), today: TODAY });

async function runOn(source: string) {
  const store = await openStore(parseSourceRef(source));
  try {
    return await runDaily({ store, today: TODAY });
  } finally {
    await store.close();
  }
}

const EXPORTS = [
  {
    name: "synthetic-full-export (Connections, Invitations, Company Follows, Profile)",
    path: "synthetic-full-export",
    added: { total: 2031, connections: 2000, requestsSent: 4, incomingRequests: 2, companies: 25 },
    hidden: 0,
    skipped: 0,
  },
  {
    name: "excel-resaved-2021 (name and URL columns deleted)",
    path: "excel-resaved-2021/Connections.csv",
    added: { total: 0, connections: 0, requestsSent: 0, incomingRequests: 0, companies: 0 },
    hidden: 8,
    skipped: 300,
  },
  {
    name: "current-2025 (one row)",
    path: "current-2025",
    added: { total: 1, connections: 1, requestsSent: 0, incomingRequests: 0, companies: 0 },
    hidden: 0,
    skipped: 0,
  },
] as const;

describe("importing each fixture export", () => {
  describe.each(["xlsx", "csv"] as const)("into an empty .%s", (kind) => {
    it.each(EXPORTS)("$name gives the right counts, and nothing the second time", async (fixture) => {
      const source = await emptyTable(kind);
      const first = await importInto(source, join(FIXTURES, fixture.path));
      expect(first.report.added).toEqual(fixture.added);
      expect(first.report.hiddenSkipped).toBe(fixture.hidden);
      expect(first.report.skipped.reduce((sum, skip) => sum + skip.count, 0)).toBe(fixture.skipped);
      expect(first.report.updated.rows).toBe(0);

      const before = await readFile(source);
      const second = await importInto(source, join(FIXTURES, fixture.path));
      expect(second.report.added.total).toBe(0);
      expect(second.report.updated.rows).toBe(0);
      expect(second.report.unchanged).toBe(fixture.added.total);
      expect((await readFile(source)).equals(before)).toBe(true);

      const run = await runOn(source);
      expect(run.contactsRead).toBe(fixture.added.total);
      expect(run.problems).toEqual([]);
    });
  });

  it("says why the rows of the Excel re-save without names or URLs were skipped", async () => {
    const summary = await importInto(await emptyTable("csv"), join(FIXTURES, "excel-resaved-2021"));
    expect(summary.report.skipped).toEqual([
      {
        reason:
          "Connections.csv row with neither a name nor a profile URL (columns deleted after the export?): cannot be matched to a contact",
        count: 300,
        examples: [5, 6, 7].map(
          (line) => `${join(FIXTURES, "excel-resaved-2021", "Connections.csv")} line ${line}`,
        ),
      },
    ]);
    expect(summary.report.problems).toHaveLength(1);
  });

  it("writes real date cells (yyyy-mm-dd) in a workbook and ISO text in a CSV file", async () => {
    const xlsx = await emptyTable("xlsx");
    await importInto(xlsx, join(FIXTURES, "current-2025"));
    const workbook = await readWorkbook(xlsx);
    const row = workbook.getWorksheet("Contacts")?.getRow(2);
    expect(row?.getCell(1).value).toBe("Rojm Rkhyhujt");
    const connectedOn = row?.getCell(15);
    expect(connectedOn?.value).toEqual(new Date("2025-12-22T00:00:00Z"));
    expect(connectedOn?.numFmt).toBe("yyyy-mm-dd");

    const csv = await emptyTable("csv");
    await importInto(csv, join(FIXTURES, "current-2025", "Connections.csv"));
    expect(await readFile(csv, "utf8")).toBe(
      "Name,LinkedIn URL,Company,Title,Status,Connected on\n" +
        "Rojm Rkhyhujt,https://www.linkedin.com/in/qiljufgjnrtc,Schneider Electric,Software Engineer,Connected,2025-12-22\n",
    );
  });

  it("imports a generated export with messages: Last interaction for everyone messaged, owner left out", async () => {
    const dir = await tempDir();
    const { path, expected } = await writeGeneratedExport(join(dir, "export"), {
      connections: 400,
      invitations: 90,
      messages: 3_000,
      seed: 11,
    });
    const source = join(dir, "contacts.csv");
    const summary = await importInto(source, path);
    expect(summary.created).toBe(true);
    expect(summary.report.added.connections).toBe(expected.connections);
    expect(summary.report.hiddenSkipped).toBe(expected.hiddenSkipped);
    expect(summary.report.read.messages).toBe(expected.messageCount);
    const store = await openStore(parseSourceRef(source));
    const { rows } = await store.load();
    await store.close();
    const withLastInteraction = rows.filter((row) => row.raw.cells.lastInteraction);
    expect(withLastInteraction).toHaveLength(expected.lastMessageByKey.size);
    expect(rows.some((row) => String(row.raw.cells.linkedinUrl).includes("ada-quill-owner"))).toBe(false);
    const again = await importInto(source, path);
    expect([again.report.added.total, again.report.updated.rows]).toEqual([0, 0]);
  });
});
