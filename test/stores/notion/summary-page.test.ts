import { describe, expect, it } from "vitest";
import { type Env, loadCliConfig } from "../../../functions/config.js";
import { DeployConfig, deployPlan } from "../../../shared/deploy/deploy-plan.js";
import { TendError } from "../../../shared/errors/tend-error.js";
import { healthLines } from "../../../shared/layout/health-lines.js";

import { openNotionStore, summaryPageFrom } from "../../../shared/stores/notion/open-notion-store.js";
import type { BlockView, FakeNotion } from "../../fakes/notion/index.js";
import { NO_BUDGET_LIMITS } from "../../reliability/hostile-rows.js";
import { runOn, storeFor, TOKEN, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

/** `count` people worked with and not yet connected: each gets Connect, due today. */
function contacts(fake: FakeNotion, count: number) {
  const { databaseId, dataSourceId } = fake.createDatabase({
    title: "Contacts",
    properties: { Name: "title", "LinkedIn URL": "url", Relationship: "select", Status: "select" },
  });
  const pageIds = fake.addPages(
    dataSourceId,
    Array.from({ length: count }, (_, index) => ({
      Name: `Person ${index}`,
      "LinkedIn URL": `https://www.linkedin.com/in/person-${index}`,
      Relationship: "Worked together",
    })),
    (index) => ({ createdTime: new Date(Date.parse("2026-01-01T00:00:00Z") + index * 60_000) }),
  );
  return { databaseId, dataSourceId, pageIds };
}

const run = (fake: FakeNotion, databaseId: string, summaryPageId: string) =>
  runOn(storeFor(fake, databaseId, { summaryPageId }), {
    extraSettingRows: NO_BUDGET_LIMITS,
    now: () => new Date("2026-11-25T07:00:00Z"),
  });

const texts = (blocks: readonly BlockView[]) => blocks.map((block) => block.text);

describe("the morning summary on a Notion page (TEND_NOTION_SUMMARY_PAGE)", () => {
  it("writes the day, the last successful run, today's list linked to the contacts' pages, and the health figures", async () => {
    const fake = await fakeNotion();
    const { databaseId, pageIds } = contacts(fake, 30);
    const pageId = fake.addStandalonePage("Tend");
    const summary = await run(fake, databaseId, pageId);
    expect(summary.warnings).toEqual([]);

    const [callout, ...others] = fake.blockTree(pageId);
    expect(others).toEqual([]);
    expect(callout?.type).toBe("callout");
    expect(callout?.text).toBe(
      "Tend morning summary · 2026-11-25\nLast successful run: 2026-11-25 07:00 UTC · 30 contacts read, 30 changed",
    );
    const children = callout?.children ?? [];
    expect(texts(children.slice(0, 3))).toEqual([
      "To do today (30)",
      "High · Connect · Person 0 · due 2026-11-25 · You know them (Worked together): send a personal connection request · LinkedIn",
      "High · Connect · Person 1 · due 2026-11-25 · You know them (Worked together): send a personal connection request · LinkedIn",
    ]);
    expect(children.filter((block) => block.type === "bulleted_list_item")).toHaveLength(25 + 9);
    expect(texts(children.slice(26, 28))).toEqual([
      "… and 5 more waiting: filter the database by Due (on or before today).",
      "Network health",
    ]);
    expect(texts(children.slice(28))).toEqual(
      healthLines(summary.health).map(([label, value]) => `${label}: ${value}`),
    );
    // The name links to the contact's page in Notion, "LinkedIn" to the profile.
    const bullet = children[1]?.raw.bulleted_list_item as {
      rich_text: { plain_text: string; href: string }[];
    };
    const first = bullet.rich_text;
    expect(first.find((item) => item.plain_text === "Person 0")?.href).toBe(
      fake.page(pageIds[0] as string).raw.url,
    );
    expect(first.find((item) => item.plain_text === "LinkedIn")?.href).toBe(
      "https://www.linkedin.com/in/person-0/",
    );
    expect(fake.calls).toMatchObject({
      "blocks.children.append": 1,
      "blocks.children.list": 1,
      "blocks.delete": 0,
    });
  });

  it("replaces its own summary in three calls on every run, and leaves the rest of the page alone", async () => {
    const fake = await fakeNotion();
    const { databaseId } = contacts(fake, 3);
    const pageId = fake.addStandalonePage("Tend");
    fake.addBlock(pageId, "paragraph", "My own notes");
    fake.addBlock(pageId, "child_database", "", { title: "Another database" });
    await run(fake, databaseId, pageId);
    fake.resetCalls();
    const again = await run(fake, databaseId, pageId);
    expect(again.rowsChanged).toBe(0);
    expect(fake.calls).toMatchObject({
      "blocks.children.append": 1,
      "blocks.children.list": 1,
      "blocks.delete": 1,
      "pages.update": 0,
    });
    const blocks = fake.blockTree(pageId);
    expect(blocks.map((block) => block.type)).toEqual(["paragraph", "child_database", "callout"]);
    expect(blocks[2]?.text).toMatch(/^Tend morning summary · 2026-11-25\n.*3 contacts read, 0 changed$/);
  });

  it("removes a copy left by an append that went through before its connection dropped", async () => {
    const fake = await fakeNotion();
    const { databaseId } = contacts(fake, 2);
    const pageId = fake.addStandalonePage("Tend");
    fake.injectFault({ type: "drop", afterProcessing: true }, { endpoint: "blocks.children.append" });
    await run(fake, databaseId, pageId);
    expect(fake.calls["blocks.children.append"]).toBe(2);
    expect(fake.blockTree(pageId).map((block) => block.type)).toEqual(["callout"]);
  });

  it("says 'Nothing due today.' when nothing is due", async () => {
    const fake = await fakeNotion();
    const { databaseId } = contacts(fake, 0);
    const pageId = fake.addStandalonePage("Tend");
    await run(fake, databaseId, pageId);
    const children = fake.blockTree(pageId)[0]?.children ?? [];
    expect(texts(children.slice(0, 2))).toEqual(["Nothing due today.", "Network health"]);
  });

  it("warns, and still writes the contacts, when the summary page cannot be written", async () => {
    const fake = await fakeNotion();
    const { databaseId } = contacts(fake, 2);
    const missing = "0123456789abcdef0123456789abcdef";
    const summary = await run(fake, databaseId, "01234567-89ab-cdef-0123-456789abcdef");
    expect(summary.rowsChanged).toBe(2);
    expect(fake.calls["pages.update"]).toBe(2);
    expect(summary.warnings).toEqual([
      `The summary page (TEND_NOTION_SUMMARY_PAGE) was not updated: Notion found no page with the id ${missing.replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-")}, or it is not shared with your integration: open the page in Notion, ••• menu > Connections, and add your integration`,
    ]);
  });

  it("reads the page from TEND_NOTION_SUMMARY_PAGE, as an id or a URL", () => {
    const id = "01234567-89ab-cdef-0123-456789abcdef";
    const pageIn = (env: Env) => loadCliConfig(env).stores.notion.summaryPage;
    expect(summaryPageFrom(pageIn({}))).toBeUndefined();
    expect(summaryPageFrom(pageIn({ TEND_NOTION_SUMMARY_PAGE: " " }))).toBeUndefined();
    expect(summaryPageFrom(" ")).toBeUndefined();
    expect(summaryPageFrom(pageIn({ TEND_NOTION_SUMMARY_PAGE: id.replaceAll("-", "") }))).toBe(id);
    expect(
      summaryPageFrom(
        pageIn({
          TEND_NOTION_SUMMARY_PAGE: `https://www.notion.so/acme/Tend-${id.replaceAll("-", "")}?pvs=4`,
        }),
      ),
    ).toBe(id);
    const env = { NOTION_TOKEN: TOKEN, TEND_NOTION_SUMMARY_PAGE: "my summary page" };
    expect(() => openNotionStore(id, loadCliConfig(env).stores.notion)).toThrow(
      new TendError(
        "invalid-setup",
        'TEND_NOTION_SUMMARY_PAGE "my summary page" does not name a Notion page: use the page\'s id (32 hexadecimal characters) or its URL (••• > Copy link), or leave it unset',
      ),
    );
  });

  it("is passed to the Cloud Function by the deploy config's notionSummaryPage", () => {
    const config = DeployConfig.parse({
      project: "my-gcp-project",
      region: "europe-west1",
      source: "notion:0123456789abcdef0123456789abcdef",
      timeZone: "Europe/Berlin",
      notionSummaryPage: "https://www.notion.so/acme/Tend-today-fedcba9876543210fedcba9876543210",
    });
    const deploy = deployPlan(config).find((step) => step.command.includes("deploy"));
    expect(deploy?.command).toContain(
      "--set-env-vars=TEND_SOURCE=notion:0123456789abcdef0123456789abcdef,TEND_NOTION_SUMMARY_PAGE=https://www.notion.so/acme/Tend-today-fedcba9876543210fedcba9876543210",
    );
    expect(DeployConfig.safeParse({ ...config, notionSummaryPage: "a,b" }).success).toBe(false);
  });
});
