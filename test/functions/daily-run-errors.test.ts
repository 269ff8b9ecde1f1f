import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resetConfiguration } from "../../functions/index.js";
import { captureOutput } from "../support/capture-output.js";
import { useFunctionServer } from "../support/function-server.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const server = useFunctionServer("dailyRun");

async function send(body: string, contentType: string) {
  let answer = { status: 0, type: "", text: "" };
  const output = await captureOutput(async () => {
    const response = await fetch(server.url(), {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    answer = {
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      text: await response.text(),
    };
  });
  return { ...answer, output };
}

async function deployOnCsv(): Promise<string> {
  const source = join(await tempDir(), "contacts.csv");
  await writeFile(source, "Name,Relationship\nAna Silva,Worked together\n");
  resetConfiguration({ TEND_SOURCE: source });
  return source;
}

describe("dailyRun refusing a body", () => {
  it.each([
    ["bad JSON", "{not json", "application/json", 400, /^The body is not valid JSON/],
    ["an unterminated string", '"yes', "application/json; charset=utf-8", 400, /not valid JSON/],
    [
      "a charset Tend cannot decode",
      "{}",
      "application/json; charset=latin1",
      415,
      /could not be read: unsupported charset "LATIN1"/,
    ],
  ])(
    "answers %s with Tend's JSON error, no stack, no path, and changes nothing",
    async (_, body, type, status, message) => {
      const source = await deployOnCsv();
      const before = await readFile(source, "utf8");
      const answer = await send(body, type);
      expect(answer.status).toBe(status);
      expect(answer.type).toMatch(/^application\/json/);
      const json = JSON.parse(answer.text) as { error: string };
      expect(Object.keys(json)).toEqual(["error"]);
      expect(json.error).toMatch(message);
      for (const leak of ["<", "node_modules", process.cwd(), "    at "]) {
        expect(answer.text).not.toContain(leak);
        expect(answer.output).not.toContain(leak);
      }
      expect(await readFile(source, "utf8")).toBe(before);
    },
  );
});

describe("dailyRun without TEND_SOURCE", () => {
  it("answers 500 saying which variable to set, and logs it in one line", async () => {
    resetConfiguration({});
    const answer = await send("{}", "application/json");
    expect(answer.status).toBe(500);
    const { error } = JSON.parse(answer.text) as { error: string };
    expect(error).toMatch(/TEND_SOURCE: not set: set it to sheets:<spreadsheet id>/);
    const lines = answer.output.split("\n").filter((line) => line.startsWith("{"));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ severity: "ERROR", message: error });
  });
});
