import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetConfiguration } from "../../functions/index.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { useFunctionServer } from "../support/function-server.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const server = useFunctionServer("dailyRun");

let source = "";
beforeEach(async () => {
  source = join(await tempDir(), "contacts.csv");
  await writeFile(source, "Name,Relationship\nAna Silva,Worked together\n");
  resetConfiguration({ TEND_SOURCE: source });
});

async function post(body: string, contentType = "application/json") {
  const response = await fetch(server.url(), {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("dailyRun (HTTP function)", () => {
  it("runs the daily job and answers with the summary", async () => {
    const { status, json } = await post(JSON.stringify({ today: "2026-11-25" }));
    expect(status).toBe(200);
    expect(json).toMatchObject({
      contactsRead: 1,
      rowsChanged: 1,
      counts: { Connect: 1 },
      today: "2026-11-25",
    });
  });

  it("reads a body Cloud Scheduler sends as application/octet-stream", async () => {
    const { status, json } = await post(JSON.stringify({ dryRun: true }), "application/octet-stream");
    expect(status).toBe(200);
    expect(json.dryRun).toBe(true);
  });

  it("logs one JSON line with severity, counts and duration, and no contact name", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await post("{}");
    } finally {
      spy.mockRestore();
    }
    const logs = lines
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ severity: "INFO", contactsRead: 1, rowsChanged: 1 });
    expect(typeof logs[0]?.durationSeconds).toBe("number");
    expect(lines.join("")).not.toContain("Ana");
  });

  it.each([
    ["a wrong type", JSON.stringify({ dryRun: "yes" }), /dryRun: Invalid input: expected boolean/],
    [
      "an unknown field",
      JSON.stringify({ dryrun: true }),
      /unknown field dryrun \(accepted: source, dryRun, today\)/,
    ],
    ["a bad date", JSON.stringify({ today: "25/11/2026" }), /today: use YYYY-MM-DD/],
    ["an unknown kind of source", JSON.stringify({ source: "contacts.txt" }), /not a source Tend can read/],
  ])("answers 400 with a clear message for %s, and runs nothing", async (_, body, message) => {
    const { status, json } = await post(body);
    expect(status).toBe(400);
    expect(String(json.error)).toMatch(message);
  });

  it("answers 400 to bad JSON, whatever the content type, and changes nothing", async () => {
    const before = await readFile(source, "utf8");
    const raw = await post("{not json", "application/octet-stream");
    expect(raw.status).toBe(400);
    expect(String(raw.json.error)).toMatch(/not valid JSON/);
    // With application/json the Functions Framework's body parser refuses it before Tend runs.
    const response = await fetch(server.url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await readFile(source, "utf8")).toBe(before);
  });

  it("answers 409 and writes nothing while another run holds the table", async () => {
    const holder = new CsvStore(source);
    await holder.load();
    try {
      const before = await readFile(source, "utf8");
      const { status, json } = await post("{}");
      expect(status).toBe(409);
      expect(String(json.error)).toMatch(/being updated by another Tend run/);
      expect(await readFile(source, "utf8")).toBe(before);
    } finally {
      await holder.close();
    }
  });

  it("answers 405 to other methods", async () => {
    const response = await fetch(server.url(), { method: "GET" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("lists every bad environment variable at once", async () => {
    resetConfiguration({ TEND_SOURCE: "", SHEETS_API_ROOT_URL: "not a url" });
    const { status, json } = await post("{}");
    expect(status).toBe(500);
    expect(String(json.error)).toContain("TEND_SOURCE");
    expect(String(json.error)).toContain("SHEETS_API_ROOT_URL: must be a URL");
  });
});
