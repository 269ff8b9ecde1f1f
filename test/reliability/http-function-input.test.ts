import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { resetConfiguration } from "../../functions/index.js";
import { useFunctionServer } from "../support/function-server.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const server = useFunctionServer("dailyRun");
let source = "";
const ORIGINAL = "Name,Relationship\nAna Silva,Worked together\n";
beforeEach(async () => {
  source = join(await tempDir(), "contacts.csv");
  await writeFile(source, ORIGINAL);
  resetConfiguration({ TEND_SOURCE: source });
});

async function send(method: string, body?: string, contentType = "application/json") {
  const response = await fetch(server.url(), {
    method,
    headers: { "content-type": contentType },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, text };
}

describe("dailyRun refuses hostile requests with a 4xx and runs nothing", () => {
  it.each([
    ["bad JSON as octet-stream", "POST", "{", "application/octet-stream", 400, /not valid JSON/],
    ["a JSON array", "POST", "[1,2]", "application/json", 400, /expected object/],
    ["a number for dryRun", "POST", '{"dryRun":1}', "application/json", 400, /dryRun/],
    ["an object for source", "POST", '{"source":{"$gt":""}}', "application/json", 400, /source/],
    [
      "unknown fields",
      "POST",
      '{"dryRun":true,"admin":true,"__proto__":{}}',
      "application/json",
      400,
      /unknown field/,
    ],
    [
      "a source of 10,000 characters",
      "POST",
      JSON.stringify({ source: "x".repeat(10_000) }),
      "application/json",
      400,
      /source/,
    ],
    [
      "a body over the size limit",
      "POST",
      JSON.stringify({ source: "x".repeat(40 * 1024 * 1024) }),
      "application/json",
      413,
      /too large/i,
    ],
    ["PUT", "PUT", "{}", "application/json", 405, /Use POST/],
    ["DELETE", "DELETE", undefined, "application/json", 405, /Use POST/],
    ["GET", "GET", undefined, "application/json", 405, /Use POST/],
  ])("%s", async (_, method, body, contentType, status, message) => {
    const response = await send(method, body, contentType);
    expect(response.status).toBe(status);
    expect(response.text).toMatch(message);
    expect(await readFile(source, "utf8")).toBe(ORIGINAL);
  });
});
