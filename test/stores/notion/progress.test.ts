import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { progressOutput } from "../../../functions/cli/progress-output.js";
import { loadConfig } from "../../../functions/config.js";
import { handleRun } from "../../../functions/daily-run-handler.js";
import type { LogLine } from "../../../functions/log.js";
import { progressText, withTimeLeft } from "../../../functions/progress-text.js";
import { type ProgressEvent, throttleProgress } from "../../../shared/run/progress.js";
import { runOn, storeFor, TOKEN, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

function namedContacts(count: number) {
  return Array.from({ length: count }, (_, index) => ({ Name: `Person ${index}` }));
}

const write = (done: number, total = 10): ProgressEvent => ({ phase: "write", done, total });

describe("progress of a Notion run", () => {
  it("reports reading, then every page written, with the total", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({ properties: { Name: "title" } });
    fake.addPages(dataSourceId, namedContacts(4));
    const events: ProgressEvent[] = [];
    await runOn(
      storeFor(fake, databaseId, { onProgress: (event) => events.push(event), writeConcurrency: 1 }),
    );
    expect(events).toEqual([
      { phase: "read", done: 4, total: 4 },
      write(1, 4),
      write(2, 4),
      write(3, 4),
      write(4, 4),
    ]);
  });

  it("logs progress lines in the functions", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({ properties: { Name: "title" } });
    fake.addPages(dataSourceId, namedContacts(2));
    const lines: { message: string; fields: Record<string, unknown> | undefined }[] = [];
    const log: LogLine = (_, message, fields) => lines.push({ message, fields });
    const config = loadConfig({
      TEND_SOURCE: `notion:${databaseId}`,
      NOTION_TOKEN: TOKEN,
      NOTION_BASE_URL: fake.baseUrl,
    });
    await handleRun({}, config, log);
    expect(lines.map((line) => line.message)).toEqual([
      "Tend progress: Read 2 contacts",
      expect.stringMatching(/^Tend progress: Writing suggestions: 1 of 2 contacts(, about \d+ s left)?$/),
      "Tend progress: Writing suggestions: 2 of 2 contacts",
      "Tend run done: 2 contacts, 2 rows changed",
    ]);
    expect(lines[2]?.fields).toEqual({ phase: "write", done: 2, total: 2 });
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });
});

describe(throttleProgress, () => {
  it("passes the first and last event of a phase, and one per interval in between", () => {
    let now = 0;
    const seen: ProgressEvent[] = [];
    const listener = throttleProgress(
      (event) => seen.push(event),
      1000,
      () => now,
    );
    for (let done = 1; done <= 10; done++) {
      now = done * 300;
      listener(write(done));
    }
    expect(seen.map((event) => event.done)).toEqual([1, 5, 9, 10]);
  });
});

describe(withTimeLeft, () => {
  it("estimates the time left from the pace so far", () => {
    let now = 0;
    const lines: string[] = [];
    const listener = withTimeLeft(
      (text) => lines.push(text),
      () => now,
    );
    listener(write(0, 300));
    now = 10_000;
    listener(write(30, 300));
    now = 100_000;
    listener(write(300, 300));
    expect(lines).toEqual([
      "Writing suggestions: 0 of 300 contacts",
      "Writing suggestions: 30 of 300 contacts, about 2 min left",
      "Writing suggestions: 300 of 300 contacts",
    ]);
    expect(progressText({ phase: "read", done: 200, total: undefined }, undefined)).toBe(
      "Reading contacts: 200 so far",
    );
  });
});

describe(progressOutput, () => {
  function stream(isTTY: boolean) {
    const out = Object.assign(new PassThrough(), { isTTY, columns: 100 });
    const chunks: string[] = [];
    out.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    return { out, text: () => chunks.join("") };
  }

  it("prints plain lines when the output is not a terminal", () => {
    const { out, text } = stream(false);
    const { listener, stop } = progressOutput(out);
    listener({ phase: "read", done: 100, total: undefined });
    listener({ phase: "read", done: 150, total: 150 });
    listener(write(1, 3));
    listener(write(2, 3));
    listener(write(3, 3));
    stop();
    expect(text()).toBe(
      [
        "Reading contacts: 100 so far",
        "Read 150 contacts",
        "Writing suggestions: 1 of 3 contacts",
        "Writing suggestions: 3 of 3 contacts",
        "",
      ].join("\n"),
    );
  });

  it("draws a bar with the count and the time left on a terminal", () => {
    const { out, text } = stream(true);
    const { listener, stop } = progressOutput(out);
    listener(write(1, 40));
    stop();
    expect(text()).toContain("Writing suggestions [");
    expect(text()).toContain("1/40 contacts | ");
    expect(text()).toContain(" left");
  });
});
