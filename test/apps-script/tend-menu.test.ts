import { describe, expect, it } from "vitest";
import { loadAppsScript } from "./apps-script-harness.js";

function configured(properties: Record<string, string> = {}) {
  const script = loadAppsScript();
  Object.assign(
    script.properties,
    { TEND_PROJECT: "my-gcp-project", TEND_REGION: "europe-west1" },
    properties,
  );
  return script;
}

describe("onOpen", () => {
  it("adds a Tend menu with Run now, Open today's list and Help, each calling a function of the script", () => {
    const script = loadAppsScript();
    script.call("onOpen");
    expect(script.menus).toEqual([
      {
        name: "Tend",
        items: [
          ["Run now", "tendRunNow"],
          ["Open today's list", "tendOpenToday"],
          ["Help", "tendHelp"],
        ],
        shown: true,
      },
    ]);
    for (const [, functionName] of script.menus[0]?.items ?? [])
      expect(script.defines(functionName)).toBe(true);
  });
});

describe("tendRunNow", () => {
  it("asks Cloud Scheduler to run the deployed job, with the user's token, and says it started", () => {
    const script = configured();
    script.call("tendRunNow");
    expect(script.fetches).toHaveLength(1);
    const [fetch] = script.fetches;
    expect(fetch?.url).toBe(
      "https://cloudscheduler.googleapis.com/v1/projects/my-gcp-project/locations/europe-west1/jobs/tend-daily-run-daily:run",
    );
    expect(fetch?.params).toMatchObject({
      method: "post",
      headers: { Authorization: "Bearer ya29.user-token", "X-Goog-User-Project": "my-gcp-project" },
      muteHttpExceptions: true,
    });
    expect(script.spreadsheet.toasts).toEqual([
      { message: "Tend is running: the suggestions appear here in a minute or two.", title: "Tend" },
    ]);
    expect(script.alerts).toEqual([]);
  });

  it("runs the job named by TEND_SCHEDULER_JOB", () => {
    const script = configured({ TEND_SCHEDULER_JOB: "contacts-morning" });
    script.call("tendRunNow");
    expect(script.fetches[0]?.url).toMatch(/\/locations\/europe-west1\/jobs\/contacts-morning:run$/);
  });

  it.each([
    [
      "a missing role",
      403,
      {
        error: {
          code: 403,
          status: "PERMISSION_DENIED",
          message:
            'The principal (user or service account) lacks IAM permission "cloudscheduler.jobs.run" for the resource "projects/my-gcp-project/locations/europe-west1/jobs/tend-daily-run-daily" (or the resource may not exist).',
        },
      },
      /^Tend could not start the run \(HTTP 403\): The principal .* \(or the resource may not exist\); your Google account needs the Cloud Scheduler Job Runner and Service Usage Consumer roles in Tend's project\.$/,
    ],
    [
      "the API off in the project named",
      403,
      {
        error: {
          code: 403,
          message:
            "Cloud Scheduler API has not been used in project 1234 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/cloudscheduler.googleapis.com/overview?project=1234 then retry. If you enabled this API recently, wait a few minutes.",
        },
      },
      /^Tend could not start the run \(HTTP 403\): Cloud Scheduler API has not been used in project 1234 before or it is disabled; check that TEND_PROJECT is the project Tend was deployed to \(the deploy enables that API\)\.$/,
    ],
    [
      "a job that does not exist",
      404,
      { error: { code: 404, message: "Job not found." } },
      /^Tend could not start the run \(HTTP 404\): Job not found; check the Script Properties TEND_PROJECT, TEND_REGION and TEND_SCHEDULER_JOB\.$/,
    ],
    [
      "an answer that is not JSON",
      502,
      "<html>Bad Gateway</html>",
      /^Tend could not start the run \(HTTP 502\)\.$/,
    ],
  ])("reports %s in one sentence", (_, status, body, sentence) => {
    const script = configured();
    script.answer = { status, body: typeof body === "string" ? body : JSON.stringify(body) };
    script.call("tendRunNow");
    expect(script.alerts).toHaveLength(1);
    expect(script.alerts[0]).toMatch(sentence);
    expect(script.spreadsheet.toasts).toEqual([]);
  });

  it("reports a network failure in one sentence", () => {
    const script = configured();
    script.answer = new Error("Address unavailable: https://cloudscheduler.googleapis.com/v1/...");
    script.call("tendRunNow");
    expect(script.alerts).toEqual([
      "Tend could not reach Cloud Scheduler: Error: Address unavailable: https://cloudscheduler.googleapis.com/v1/...",
    ]);
  });

  it.each([
    [{}, /TEND_PROJECT \(your Google Cloud project id\) and TEND_REGION \(such as europe-west1\)/],
    [
      { TEND_PROJECT: "my-gcp-project", TEND_REGION: "Europe West" },
      /^Set the Script Properties TEND_REGION /,
    ],
    [
      { TEND_PROJECT: "my-gcp-project", TEND_REGION: "europe-west1", TEND_SCHEDULER_JOB: "a/b" },
      /TEND_SCHEDULER_JOB/,
    ],
  ])("calls nothing and says which Script Properties to set when they are %j", (properties, message) => {
    const script = loadAppsScript();
    Object.assign(script.properties, properties);
    script.call("tendRunNow");
    expect(script.fetches).toEqual([]);
    expect(script.alerts).toHaveLength(1);
    expect(script.alerts[0]).toMatch(message);
    expect(script.alerts[0]).toMatch(
      /in Extensions > Apps Script > Project Settings, then choose Run now again\.$/,
    );
  });
});

describe("tendOpenToday", () => {
  it("activates the Today tab, whatever the case of its name", () => {
    const script = loadAppsScript();
    script.spreadsheet.addSheet("Contacts", [["Name"]]).activate();
    script.spreadsheet.addSheet(" today ", [["Today, 2026-11-25"]]);
    script.call("tendOpenToday");
    expect(script.spreadsheet.activeSheet?.name).toBe(" today ");
  });

  it("says the tab comes with the first run when there is none", () => {
    const script = loadAppsScript();
    script.spreadsheet.addSheet("Contacts", [["Name"]]).activate();
    script.call("tendOpenToday");
    expect(script.spreadsheet.activeSheet?.name).toBe("Contacts");
    expect(script.alerts).toEqual(["There is no Today tab yet: Tend adds it on its first run."]);
  });
});

describe("tendHelp", () => {
  it("shows a short dialog linking the README set in TEND_README_URL", () => {
    const script = loadAppsScript();
    script.properties.TEND_README_URL = "https://example.org/tend?a=1&b=2#google-sheets";
    script.call("tendHelp");
    expect(script.dialogs).toHaveLength(1);
    expect(script.dialogs[0]?.title).toBe("Tend");
    expect(script.dialogs[0]?.html).toContain('href="https://example.org/tend?a=1&amp;b=2#google-sheets"');
    expect(script.dialogs[0]?.html).toContain("<b>Run now</b>");
  });

  it("names the README's section, with no link, when no README address is set", () => {
    const script = loadAppsScript();
    script.call("tendHelp");
    expect(script.dialogs[0]?.html).not.toContain("href=");
    expect(script.dialogs[0]?.html).toContain("Google Sheets and Cloud Functions");
  });
});
