import { afterAll, afterEach, beforeAll } from "vitest";
import { dayFromIso } from "../../../shared/contacts/days.js";
import { type RunOptions, runDaily } from "../../../shared/run/daily-run.js";
import { SheetsApi, type SheetsApiOptions } from "../../../shared/stores/sheets/sheets-api.js";
import { SheetsStore } from "../../../shared/stores/sheets/sheets-store.js";
import {
  type FakeMetadata,
  type FakeSheets,
  startFakeMetadata,
  startFakeSheets,
  useFakeMetadataEnv,
} from "../../fakes/sheets/index.js";

export const TODAY = dayFromIso("2026-11-25") as number;
export const SERVICE_ACCOUNT = "tend-runner@example-project.iam.gserviceaccount.com";

/**
 * A fake Google Sheets server and a fake metadata server for the real client's Application
 * Default Credentials, started once per test file; every test gets a clean server.
 */
export function useFakeGoogle() {
  const context = {} as { sheets: FakeSheets; metadata: FakeMetadata; sleeps: number[] };
  let restoreEnv: () => void = () => {};
  beforeAll(async () => {
    context.sheets = await startFakeSheets();
    context.metadata = await startFakeMetadata({
      email: SERVICE_ACCOUNT,
      token: "ya29.fake-token-do-not-log",
    });
    restoreEnv = useFakeMetadataEnv(context.metadata);
  });
  afterEach(() => {
    context.sheets.reset();
    context.sleeps = [];
  });
  afterAll(async () => {
    restoreEnv();
    await context.sheets.close();
    await context.metadata.close();
  });
  context.sleeps = [];
  const store = (spreadsheetId: string, api: Partial<SheetsApiOptions> = {}) =>
    new SheetsStore(
      new SheetsApi({
        ...api,
        spreadsheetId,
        rootUrl: context.sheets.rootUrl,
        timeoutMs: 2_000,
        // Waits are recorded instead of slept, so tests check them without waiting.
        retry: {
          attempts: 4,
          baseDelayMs: 10,
          maxDelayMs: 60_000,
          sleep: async (ms) => void context.sleeps.push(ms),
        },
      }),
    );
  const run = (spreadsheetId: string, options: Partial<RunOptions> = {}) =>
    runDaily({ store: store(spreadsheetId), today: TODAY, ...options });
  return { context, store, run };
}

export const HEADER = ["Name", "LinkedIn URL", "Relationship", "Status", "Requested on"];
