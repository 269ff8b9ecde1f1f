import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import type { ImportSummary } from "../../shared/import/import-job.js";
import { createWorkbook } from "../../shared/stores/local/create-workbook.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, "../fixtures/linkedin-export");

/** Unwrapped output: these tests read the report's content; its layout is tested with the printers. */
async function tend(...args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await main(args, (text) => lines.push(text), undefined, Number.POSITIVE_INFINITY);
  return { code, output: lines.join("\n") };
}

async function anExportFolder(files: Record<string, string>): Promise<string> {
  const dir = join(await tempDir(), "Basic_LinkedInDataExport_11-01-2026");
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const CONNECTIONS = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Ana,Silva,https://www.linkedin.com/in/ana-silva,,Globex,CTO,05 Feb 2024",
  ",,,,,,06 Feb 2024",
  "Bo,Chen,https://www.linkedin.com/in/bo-chen,,Initech,Designer,someday",
].join("\n");

describe("tend import", () => {
  it("prints what was added, updated, unchanged and skipped, and the problems with file and line", async () => {
    const dir = await tempDir();
    const source = join(dir, "contacts.csv");
    await writeFile(
      source,
      "Name,LinkedIn URL,Company,Title,Status\nAna,linkedin.com/in/ana-silva,Contoso,Engineer,Request sent\n",
    );
    const folder = await anExportFolder({ "Connections.csv": CONNECTIONS });
    const { code, output } = await tend("import", folder, "--source", source, "--today", "2026-11-25");
    expect(code).toBe(0);
    expect(output).toContain("LinkedIn export (exported 2026-11-01) imported into contacts.csv");
    expect(output).toContain("updated   1 contact updated:");
    expect(output).toMatch(/1 {2}Status moved forward/);
    expect(output).toMatch(/1 {2}row of hidden or closed profiles in Connections.csv \(a date only\)/);
    expect(output).toContain("row 2 Ana: Engineer at Contoso -> CTO at Globex");
    expect(output).toContain(
      `${join(folder, "Connections.csv")} line 7: Connected On is not a date; row skipped ("someday")`,
    );
    expect(output).toContain(`Next: npx tend run --source ${source}`);
    expect(await readFile(source, "utf8")).toContain("New role: CTO at Globex,2026-11-01");
  });

  it("says how to get check-ins with the connections it added, and the first run agrees", async () => {
    const source = join(await tempDir(), "contacts.xlsx");
    await createWorkbook(source);
    const imported = await tend(
      "import",
      join(FIXTURES, "synthetic-full-export"),
      "--source",
      source,
      "--run",
    );
    expect(imported.output).toMatch(
      /Tend suggests check-ins only with people you keep up with: for the ones you care about among the [\d,]+ new connections?, fill Relationship \(e\.g\. Worked together\) or Aligned \(Yes\), or a Keep in touch \(days\)\./,
    );
    const { output } = await tend("status", "--source", source, "--json");
    const status = JSON.parse(output) as { health: { connectionsOverdue: number; connections: number } };
    expect(status.health.connections).toBeGreaterThan(0);
    expect(status.health.connectionsOverdue).toBe(0);
  });

  it("prints the report as JSON with --json", async () => {
    const source = join(await tempDir(), "contacts.xlsx");
    await createWorkbook(source);
    const { code, output } = await tend(
      "import",
      join(FIXTURES, "synthetic-full-export"),
      "--source",
      source,
      "--json",
      "--today",
      "2026-11-25",
    );
    expect(code).toBe(0);
    const summary = JSON.parse(output) as ImportSummary;
    expect(summary.report.added.total).toBe(2031);
    expect(summary.firstNewRow).toBe(2);
  });

  it("writes nothing with --dry-run, not even a missing workbook, and lists what would change", async () => {
    const dir = await tempDir();
    const source = join(dir, "contacts.csv");
    const original = "Name,LinkedIn URL,Status\nAna,linkedin.com/in/ana-silva,Request sent\n";
    await writeFile(source, original);
    const folder = await anExportFolder({ "Connections.csv": CONNECTIONS });
    const { output } = await tend("import", folder, "--source", source, "--dry-run", "--today", "2026-11-25");
    expect(output).toContain("Dry run: nothing was written.");
    expect(output).toContain(
      "row 2 Ana: Company: (blank) -> Globex; Title: (blank) -> CTO; Status: Request sent -> Connected",
    );
    expect(await readFile(source, "utf8")).toBe(original);

    const missing = join(dir, "new.xlsx");
    const dry = await tend("import", folder, "--source", missing, "--dry-run");
    expect(dry.output).toContain("added     1 contact would be added");
    await expect(access(missing)).rejects.toThrow();
  });

  it("stops with the file, line and problem, and writes nothing, when a file cannot be read at all", async () => {
    const dir = await tempDir();
    const source = join(dir, "contacts.csv");
    const original = "Name,LinkedIn URL\nAna,linkedin.com/in/ana-silva\n";
    await writeFile(source, original);
    const folder = await anExportFolder({
      "Connections.csv": CONNECTIONS,
      "Invitations.csv":
        'From,To,Sent At,Message,Direction\nAda,Bo,"1/29/26, 2:37 PM",,OUTGOING\nAda,Cy,1/30/26,"Hi Cy, unclosed,OUTGOING\n',
    });
    const { code, output } = await tend("import", folder, "--source", source);
    expect(code).toBe(1);
    expect(output).toBe(
      `Cannot import ${join(folder, "Invitations.csv")}, line 3: cannot be read as CSV: a quote opened in this row is never closed. Nothing was written.`,
    );
    expect(await readFile(source, "utf8")).toBe(original);

    const missing = await tend("import", join(dir, "nowhere.zip"), "--source", join(dir, "new.xlsx"));
    expect(missing).toEqual({
      code: 1,
      output: `Cannot import ${join(dir, "nowhere.zip")}: does not exist. Nothing was written.`,
    });
    await expect(access(join(dir, "new.xlsx"))).rejects.toThrow();
  });

  it("runs the daily suggestions afterwards with --run, and refuses --run with --dry-run", async () => {
    const source = join(await tempDir(), "contacts.xlsx");
    const folder = await anExportFolder({ "Connections.csv": CONNECTIONS });
    const { code, output } = await tend(
      "import",
      folder,
      "--source",
      source,
      "--run",
      "--today",
      "2026-11-25",
    );
    expect(code).toBe(0);
    expect(output).toContain("imported into contacts.xlsx (created)");
    expect(output).toContain("Tend run on contacts.xlsx for 2026-11-25");
    const refused = await tend("import", folder, "--source", source, "--run", "--dry-run");
    expect(refused.code).toBe(2);
    expect(refused.output).toBe("--run cannot go with --dry-run: a dry run imports nothing to run on");
  });

  it("needs a path", async () => {
    const { code, output } = await tend("import");
    expect(code).toBe(2);
    expect(output).toContain("missing required argument 'path'");
  });
});
