import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import { resetConfiguration } from "../../functions/index.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { NotionStore } from "../../shared/stores/notion/notion-store.js";
import type { FakeNotion, Fault } from "../fakes/notion/index.js";
import { QUICK_LEASE, TODAY, useFakeNotion } from "../stores/notion/notion-harness.js";
import { captureOutput, everything } from "../support/capture-output.js";
import { useFunctionServer } from "../support/function-server.js";

/**
 * The Notion token never appears in what Tend prints, in its errors (their causes included), in
 * the functions' JSON log lines or HTTP answers, nor in anything Tend writes to Notion (the lease
 * in the description, the summary page), whether the calls fail or not. The CLI cases of a
 * refused token, a database not shared and a wrong NOTION_BASE_URL are in notion-cli.test.ts.
 */
const fakeNotion = useFakeNotion();
const functionServer = useFunctionServer("dailyRun");
const SECRET = "ntn_9f8e7d6c5b4a3210_SECRET_never_shown";

const unauthorized = { object: "error", status: 401, code: "unauthorized", message: "API token is invalid." };
const limited = {
  object: "error",
  status: 429,
  code: "rate_limited",
  message: "You have been rate limited.",
};

const always =
  (fault: Fault) =>
  (fake: FakeNotion): void =>
    fake.setFaultPolicy(() => fault);

const FAILURES: [string, (fake: FakeNotion) => void][] = [
  [
    "the token refused (401)",
    (fake) => fake.setFaultPolicy(() => ({ type: "response", status: 401, body: unauthorized })),
  ],
  ["Notion down (500 on every call)", always({ type: "internal_server_error" })],
  [
    "rate limited (429 with Retry-After on every call)",
    always({ type: "rate_limited", retryAfterSeconds: 0 }),
  ],
  [
    "rate limited (429 without Retry-After on every call)",
    always({ type: "response", status: 429, body: limited }),
  ],
  ["Cloudflare's 502 page", always({ type: "bad_gateway" })],
  ["dropped connections", always({ type: "drop" })],
  [
    "connections dropped after the write, from the second page on",
    (fake) =>
      fake.setFaultPolicy((call) =>
        call.endpoint === "pages.update" && call.nth > 1
          ? { type: "drop", afterProcessing: true }
          : undefined,
      ),
  ],
  [
    "the summary page refused (500)",
    (fake) =>
      fake.setFaultPolicy((call) =>
        call.endpoint.startsWith("blocks.") ? { type: "service_unavailable" } : undefined,
      ),
  ],
  ["no failure", () => {}],
];

async function setup(fail: (fake: FakeNotion) => void) {
  const fake = await fakeNotion({ tokens: [SECRET] });
  const { databaseId, dataSourceId } = fake.createDatabase({
    title: "Contacts",
    properties: { Name: "title", "LinkedIn URL": "url", Relationship: "select" },
  });
  fake.addPages(dataSourceId, [
    { Name: "Ana Silva", "LinkedIn URL": "https://www.linkedin.com/in/ana", Relationship: "Worked together" },
    { Name: "Ben Okafor", Relationship: "Met in person" },
  ]);
  const summaryPageId = fake.addStandalonePage("Tend");
  const env = {
    NOTION_TOKEN: SECRET,
    NOTION_BASE_URL: fake.baseUrl,
    TEND_NOTION_SUMMARY_PAGE: summaryPageId,
    TEND_RETRY_ATTEMPTS: "2",
  };
  fail(fake);
  return { fake, databaseId, dataSourceId, summaryPageId, env };
}

/** What Tend sent to Notion besides the Authorization header, and what Notion now holds. */
function writtenToNotion(fake: FakeNotion, dataSourceId: string, summaryPageId: string): string {
  fake.setFaultPolicy(undefined);
  return JSON.stringify([
    fake.requests.map((request) => [request.path, request.body]),
    fake.dataSource(dataSourceId),
    fake.pages(dataSourceId),
    fake.blockTree(summaryPageId, { includeTrashed: true }),
  ]);
}

describe("the Notion token never appears in output, errors, logs or what Tend writes to Notion", () => {
  it.each(FAILURES)("tend run with %s", async (name, fail) => {
    const { fake, databaseId, dataSourceId, summaryPageId, env } = await setup(fail);
    const output = await captureOutput(() =>
      main(
        ["run", "--source", `notion:${databaseId}`, "--today", "2026-11-25", "--debug"],
        (text) => console.log(text),
        env,
      ),
    );
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(SECRET);
    expect(writtenToNotion(fake, dataSourceId, summaryPageId)).not.toContain(SECRET);
    // The token did reach Notion, where it belongs: in the Authorization header.
    expect(fake.requests.some((request) => request.token === SECRET)).toBe(true);
    if (name === "no failure")
      expect(fake.blockTree(summaryPageId).map((block) => block.type)).toEqual(["callout"]);
    if (name.startsWith("the summary page"))
      expect(output).toContain(
        "The summary page (TEND_NOTION_SUMMARY_PAGE) was not updated: Notion did not answer properly",
      );
  });

  it.each(FAILURES)("the HTTP function with %s", async (_, fail) => {
    const { fake, databaseId, dataSourceId, summaryPageId, env } = await setup(fail);
    resetConfiguration({ ...env, TEND_SOURCE: `notion:${databaseId}`, TEND_LOG_LEVEL: "DEBUG" });
    let answer = "";
    const output = await captureOutput(async () => {
      const response = await fetch(functionServer.url(), {
        method: "POST",
        body: JSON.stringify({ today: "2026-11-25" }),
        headers: { "content-type": "application/json" },
      });
      answer = await response.text();
    });
    resetConfiguration();
    // The function logs JSON lines: at least the run's own line.
    expect(output).toMatch(/"message":"Tend run (done|failed)/);
    expect(`${output}\n${answer}`).not.toContain(SECRET);
    expect(writtenToNotion(fake, dataSourceId, summaryPageId)).not.toContain(SECRET);
  });

  it.each(FAILURES)("the store's own errors, causes included, with %s", async (_, fail) => {
    const { fake, databaseId, dataSourceId, summaryPageId, env } = await setup(fail);
    // The store as openNotionStore makes it, without the pacing and waits the CLI cases already cover.
    const store = new NotionStore({
      databaseId,
      connection: { token: env.NOTION_TOKEN, baseUrl: env.NOTION_BASE_URL },
      summaryPageId,
      rateLimit: { requestsPerSecond: 10_000, burst: 10_000 },
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 50 },
      lease: QUICK_LEASE,
    });
    const outcome = await runDaily({ store, today: TODAY })
      .then((summary) => JSON.stringify(summary))
      .catch((error: unknown) => everything(error))
      .finally(() => store.close());
    expect(outcome).not.toContain(SECRET);
    expect(writtenToNotion(fake, dataSourceId, summaryPageId)).not.toContain(SECRET);
  });
});
