import { describe, expect, it } from "vitest";
import { loadCliConfig, loadConfig } from "../../functions/config.js";
import { TendError } from "../../shared/errors/tend-error.js";

describe(loadConfig, () => {
  it("reads every variable the functions and the stores use", () => {
    expect(
      loadConfig({
        TEND_SOURCE: " sheets:abc ",
        TEND_SETTINGS: "settings.csv",
        TEND_LOG_LEVEL: "DEBUG",
        TEND_RETRY_ATTEMPTS: "3",
        SHEETS_API_ROOT_URL: "http://127.0.0.1:9/",
        NOTION_TOKEN: " ntn_x ",
        NOTION_BASE_URL: "http://127.0.0.1:8",
        TEND_NOTION_SUMMARY_PAGE: "0123456789abcdef0123456789abcdef",
        PATH: "/usr/bin",
      }),
    ).toEqual({
      source: "sheets:abc",
      settingsFile: "settings.csv",
      logLevel: "DEBUG",
      noColor: false,
      stores: {
        retryAttempts: 3,
        sheetsRootUrl: "http://127.0.0.1:9/",
        notion: {
          token: "ntn_x",
          baseUrl: "http://127.0.0.1:8",
          summaryPage: "0123456789abcdef0123456789abcdef",
        },
      },
    });
  });

  it("lists every bad variable at once", () => {
    const env = { TEND_LOG_LEVEL: "LOUD", TEND_RETRY_ATTEMPTS: "0", NOTION_BASE_URL: "nope" };
    const error = catchError(() => loadConfig(env));
    expect(error).toBeInstanceOf(TendError);
    expect((error as TendError).kind).toBe("invalid-setup");
    const listed = (error as TendError).message.replace(/^The function is not configured correctly: /, "");
    const problems = listed.split("; ").map((problem) => problem.split(":")[0]);
    expect(problems.sort()).toEqual([
      "NOTION_BASE_URL",
      "TEND_LOG_LEVEL",
      "TEND_RETRY_ATTEMPTS",
      "TEND_SOURCE",
    ]);
  });
});

describe("loadConfig's TEND_ALLOWED_SOURCES", () => {
  it("reads a comma-separated list, blanks dropped, and leaves it unset when the variable is", () => {
    const allowed = (value?: string) =>
      loadConfig({ TEND_SOURCE: "a.csv", ...(value === undefined ? {} : { TEND_ALLOWED_SOURCES: value }) })
        .allowedSources;
    expect(allowed(" sheets:abcdefghij12 ,, b.csv ")).toEqual(["sheets:abcdefghij12", "b.csv"]);
    expect(allowed()).toBeUndefined();
  });

  it("refuses an entry that is no source, with the source's own message", () => {
    const error = catchError(() =>
      loadConfig({ TEND_SOURCE: "a.csv", TEND_ALLOWED_SOURCES: "b.csv,notes.txt" }),
    );
    expect((error as TendError).kind).toBe("invalid-setup");
    expect((error as TendError).message).toContain(
      'TEND_ALLOWED_SOURCES: "notes.txt" is not a source Tend can read',
    );
  });
});

describe(loadCliConfig, () => {
  it("ignores what the command line never refused: a bad retry count, an unknown log level", () => {
    const config = loadCliConfig({
      TEND_RETRY_ATTEMPTS: "many",
      TEND_LOG_LEVEL: "LOUD",
      NOTION_BASE_URL: "nope",
    });
    expect(config.stores.retryAttempts).toBeUndefined();
    expect(config.logLevel).toBe("INFO");
    // Checked, with its own message, only when a Notion source is opened.
    expect(config.stores.notion.baseUrl).toBe("nope");
  });

  it.each([
    [{}, false],
    [{ NO_COLOR: "" }, false],
    [{ NO_COLOR: "1" }, true],
  ])("reads NO_COLOR %j as noColor %s", (env, noColor) => {
    expect(loadCliConfig(env).noColor).toBe(noColor);
  });

  it("counts a blank value as unset", () => {
    expect(loadCliConfig({ NOTION_TOKEN: "  ", SHEETS_API_ROOT_URL: " " }).stores).toEqual({
      retryAttempts: undefined,
      sheetsRootUrl: undefined,
      notion: { token: undefined, baseUrl: undefined, summaryPage: undefined },
    });
  });
});

function catchError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}
