import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../functions/cli/main.js";
import type { Env } from "../../functions/config.js";
import { leaseIn } from "../../shared/stores/notion/lease-text.js";
import type { FakeNotion } from "../fakes/notion/index.js";
import { TOKEN, useFakeNotion } from "../stores/notion/notion-harness.js";

const fakeNotion = useFakeNotion();
afterEach(() => {
  vi.restoreAllMocks();
});
/** The environment the CLI reads: the fake Notion of the test. */
let env: Env = {};

/** `tend ...` as the CLI runs it, with everything it prints (stdout and stderr). */
async function tend(...args: string[]) {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  const code = await main(args, (text) => lines.push(text), env);
  return { code, output: lines.join("\n") };
}

async function contactsDatabase(count: number, description?: string) {
  const fake = await fakeNotion();
  env = { NOTION_TOKEN: TOKEN, NOTION_BASE_URL: fake.baseUrl };
  const { databaseId, dataSourceId } = fake.createDatabase({
    title: "Contacts",
    ...(description === undefined ? {} : { description }),
    properties: { Name: "title", Relationship: "select" },
  });
  fake.addPages(
    dataSourceId,
    Array.from({ length: count }, (_, index) => ({
      Name: `Person ${index}`,
      Relationship: "Worked together",
    })),
    (index) => ({ createdTime: new Date(Date.parse("2026-01-01T00:00:00Z") + index * 60_000) }),
  );
  return { fake, databaseId, dataSourceId };
}

const descriptionOf = (fake: FakeNotion, dataSourceId: string) =>
  (fake.dataSource(dataSourceId).description as { plain_text: string }[])
    .map((item) => item.plain_text)
    .join("");

describe("two Tend runs on the same Notion database at once (a Scheduler retry while the first still runs)", () => {
  it("lets one run write and stops the other with one clear sentence; nothing is written twice", async () => {
    const { fake, databaseId, dataSourceId } = await contactsDatabase(4, "My network");
    const source = `notion:${databaseId}`;
    const results = await Promise.all([
      tend("run", "--source", source, "--today", "2026-11-25"),
      tend("run", "--source", source, "--today", "2026-11-25"),
    ]);
    expect(results.map((result) => result.code).sort()).toEqual([0, 1]);
    const stopped = results.find((result) => result.code === 1);
    expect(stopped?.output).toMatch(
      /(^|\n)The Notion database "Contacts" is being updated by another Tend run; try again when it has finished \(if that run died, its lease ends at \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/,
    );
    // Every page written once, by one run: the other read the pages, then found the lease taken.
    expect(fake.calls["pages.update"]).toBe(4);
    expect(fake.calls["dataSources.query"]).toBe(2);
    expect(descriptionOf(fake, dataSourceId)).toBe("My network");
  });

  it("takes over the lease of a run that died, once it has expired", async () => {
    const { fake, databaseId, dataSourceId } = await contactsDatabase(2);
    const expired = new Date(Date.now() - 60_000).toISOString();
    fake.setDescription(
      dataSourceId,
      `Tend run lease: run 0123456789ab until ${expired} (a Tend run is writing; this line goes away when it ends)`,
    );
    const { code } = await tend("run", "--source", `notion:${databaseId}`, "--today", "2026-11-25");
    expect(code).toBe(0);
    expect(fake.calls["pages.update"]).toBe(2);
    expect(leaseIn(fake.dataSource(dataSourceId).description as never)).toBeUndefined();
    expect(descriptionOf(fake, dataSourceId)).toBe("");
  });
});
