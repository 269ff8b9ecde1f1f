import { readdirSync, readFileSync } from "node:fs";
import { auth, sheets, type sheets_v4 } from "@googleapis/sheets";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  columnIndex,
  columnLetters,
  type FakeMetadata,
  type FakeSheets,
  faults,
  quoteSheetName,
  startFakeMetadata,
  startFakeSheets,
  useFakeMetadataEnv,
} from "./sheets/index.js";
import { type Cassette, replayCassette } from "./sheets/replay.js";

const FIXTURES = new URL("../fixtures/google-sheets/", import.meta.url);
const TOKEN = "ya29.fake-token-for-sheets-tests";

interface Recorded {
  request: { method: string; uri: string; body: unknown };
  response: { status: { code: number }; body: unknown };
}

function recorded(name: string): Recorded {
  return JSON.parse(readFileSync(new URL(`recorded-responses/${name}.json`, FIXTURES), "utf8")) as Recorded;
}

/** The spreadsheet id a recording used, so the fake's answer can be compared whole. */
function recordedId(recording: Recorded): string {
  return /\/spreadsheets\/([^/?:]+)/.exec(recording.request.uri)?.[1] ?? "";
}

interface ApiFailure {
  name: string;
  status: number;
  message: string;
  code: unknown;
  response?: { status: number; data: unknown; headers: Headers };
}

async function failure(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    // Plain fields, so toMatchObject shows what the adapter would see (status, message, body).
    const { status, message, code, response } = error as ApiFailure;
    const name = (error as object).constructor.name;
    return { name, status, message, code, ...(response ? { response } : {}) };
  }
  throw new Error("expected the call to fail");
}

let fake: FakeSheets;
let metadata: FakeMetadata;
let restoreEnv: () => void;
let api: sheets_v4.Sheets;

beforeAll(async () => {
  metadata = await startFakeMetadata({ token: TOKEN });
  restoreEnv = useFakeMetadataEnv(metadata);
  fake = await startFakeSheets();
  // Application Default Credentials, resolved through the fake metadata server.
  const credentials = new auth.GoogleAuth({ scopes: ["https://www.googleapis.com/auth/spreadsheets"] });
  api = sheets({ version: "v4", rootUrl: fake.rootUrl, auth: credentials });
});

afterAll(async () => {
  restoreEnv();
  await fake.close();
  await metadata.close();
});

beforeEach(() => {
  fake.reset();
});

describe("credentials from the fake metadata server", () => {
  it("gives the real client a token that reaches the Sheets fake as a bearer token", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Contacts: [["Name"]] } });
    await api.spreadsheets.values.get({ spreadsheetId, range: "Contacts" });
    expect(fake.tokens).toEqual([TOKEN]);
    const tokenRequest = metadata.requests.find((request) => request.path.endsWith("/token"));
    expect(tokenRequest).toMatchObject({
      path: "/computeMetadata/v1/instance/service-accounts/default/token",
      hadFlavorHeader: true,
    });
    expect(tokenRequest?.query.scopes).toBe("https://www.googleapis.com/auth/spreadsheets");
  });

  it("refuses metadata requests without the Metadata-Flavor header, as GCE does", async () => {
    const answer = await fetch(
      `http://${metadata.host}/computeMetadata/v1/instance/service-accounts/default/token`,
    );
    expect(answer.status).toBe(403);
    expect(answer.headers.get("metadata-flavor")).toBe("Google");
  });

  it("answers 401 UNAUTHENTICATED when the client sends no credentials", async () => {
    const spreadsheetId = fake.createSpreadsheet();
    const anonymous = sheets({ version: "v4", rootUrl: fake.rootUrl });
    const error = await failure(anonymous.spreadsheets.get({ spreadsheetId }));
    expect(error).toMatchObject({ name: "GaxiosError", status: 401 });
    expect(error.message).toMatch(/^Request is missing required authentication credential/);
  });

  it("answers 401 for tokens outside acceptTokens", async () => {
    const strict = await startFakeSheets({ acceptTokens: ["another-token"] });
    try {
      const spreadsheetId = strict.createSpreadsheet();
      const client = sheets({ version: "v4", rootUrl: strict.rootUrl, auth: new auth.GoogleAuth() });
      const error = await failure(client.spreadsheets.get({ spreadsheetId }));
      expect(error.status).toBe(401);
      expect(strict.tokens).toEqual([TOKEN]);
    } finally {
      await strict.close();
    }
  });
});

describe("values.get and values.batchGet", () => {
  it("omits trailing empty cells and keeps empty rows in the middle as []", async () => {
    const recording = recorded("values_get_ragged_with_empty_rows");
    const spreadsheetId = fake.createSpreadsheet({
      id: recordedId(recording),
      tabs: { Sheet1: [["A1", "B1", "", "D1"], [], [], ["A4", "B4", "", "D4"]] },
    });
    const { data } = await api.spreadsheets.values.get({ spreadsheetId, range: "'Sheet1'!A1:D4" });
    expect(data).toEqual(recording.response.body);
  });

  it("shrinks a whole-sheet range to the data and renders numbers as text by default", async () => {
    const recording = recorded("values_get_all_records");
    const spreadsheetId = fake.createSpreadsheet({
      tabs: { Sheet1: [["A1", "B1", "", "D1"], [1, "b2", 1.45], [], ["A4", 0.4, "", 4]] },
    });
    const { data } = await api.spreadsheets.values.get({ spreadsheetId, range: "'Sheet1'" });
    expect(data).toEqual(recording.response.body);
  });

  it("leaves out the values key entirely for an empty range", async () => {
    const recording = recorded("values_get_empty_no_values_key");
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Sheet1: [["x"]] } });
    const { data } = await api.spreadsheets.values.get({
      spreadsheetId,
      range: "'Sheet1'!D4",
      valueRenderOption: "FORMATTED_VALUE",
    });
    expect(data).toEqual(recording.response.body);
    expect(data).not.toHaveProperty("values");
  });

  it("returns JSON numbers with UNFORMATTED_VALUE", async () => {
    const recording = recorded("values_get_unformatted_numbers");
    const spreadsheetId = fake.createSpreadsheet({
      tabs: {
        Sheet1: [
          ["A", "", "C", "3_1_0"],
          [1.5, 0.12, "", "3_2_1"],
        ],
      },
    });
    const { data } = await api.spreadsheets.values.get({
      spreadsheetId,
      range: "'Sheet1'",
      valueRenderOption: "UNFORMATTED_VALUE",
    });
    expect(data).toEqual(recording.response.body);
  });

  it("returns dates as serial numbers, or as text with FORMATTED_STRING", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Contacts: [["Connected on"], ["2020-01-01"]] } });
    const read = (dateTimeRenderOption: string) =>
      api.spreadsheets.values.get({
        spreadsheetId,
        range: "Contacts!A2",
        valueRenderOption: "UNFORMATTED_VALUE",
        dateTimeRenderOption,
      });
    expect((await read("SERIAL_NUMBER")).data.values).toEqual([[43831]]);
    expect((await read("FORMATTED_STRING")).data.values).toEqual([["2020-01-01"]]);
  });

  it("reads by columns with majorDimension COLUMNS, clipping an open range to the grid", async () => {
    const recording = recorded("values_get_columns");
    const names = [1, 5, 9, 13, 17, 21].map((n) => [`test_delete_cols ${n}`]);
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Sheet1: names } });
    const { data } = await api.spreadsheets.values.get({
      spreadsheetId,
      range: "'Sheet1'!A1:A",
      valueRenderOption: "FORMATTED_VALUE",
      majorDimension: "COLUMNS",
    });
    expect(data).toEqual(recording.response.body);
  });

  it("answers batchGet in request order and quotes sheet names that need it", async () => {
    const recording = recorded("values_batchGet");
    const title = "🌵 test_values_batch_get 1";
    const spreadsheetId = fake.createSpreadsheet({
      id: recordedId(recording),
      tabs: [
        {
          title,
          rowCount: 10,
          columnCount: 10,
          rows: [
            ["🍇", "🍉", "🍋"],
            ["🍐", "🍎", "🍓"],
          ],
        },
      ],
    });
    const ranges = new URL(recording.request.uri).searchParams.getAll("ranges");
    const { data } = await api.spreadsheets.values.batchGet({ spreadsheetId, ranges });
    expect(data).toEqual(recording.response.body);
  });

  it.each([
    ["'Run log'!A:H", "'Run log'!A1:H1000"],
    ["'It''s'!B2:C", "'It''s'!B2:C1000"],
    ["Contacts!2:2", "Contacts!A2:Z2"],
    ["Contacts", "Contacts!A1:B2"],
    ["A1:B1", "Contacts!A1:B1"],
  ])("echoes %s as %s", async (range, echoed) => {
    const spreadsheetId = fake.createSpreadsheet({
      tabs: {
        Contacts: [
          ["Name", "Email"],
          ["Ann", "ann@example.com"],
        ],
        "Run log": [],
        "It's": [],
      },
    });
    const { data } = await api.spreadsheets.values.get({ spreadsheetId, range });
    expect(data.range).toBe(echoed);
  });

  it("fails with Google's 400 for unknown sheets and ranges outside the grid", async () => {
    const spreadsheetId = fake.createSpreadsheet({
      tabs: [{ title: "Contacts", rowCount: 10, columnCount: 5 }],
    });
    const unknown = await failure(api.spreadsheets.values.get({ spreadsheetId, range: "Nope!A1" }));
    expect(unknown).toMatchObject({ status: 400, message: "Unable to parse range: Nope!A1" });
    expect(unknown.response?.data).toEqual({
      error: { code: 400, message: "Unable to parse range: Nope!A1", status: "INVALID_ARGUMENT" },
    });
    const outside = await failure(api.spreadsheets.values.get({ spreadsheetId, range: "Contacts!A1:F3" }));
    expect(outside.message).toBe("Range (Contacts!A1:F3) exceeds grid limits. Max rows: 10, max columns: 5");
  });
});

describe("writing values", () => {
  it("answers values.batchUpdate with Google's totals", async () => {
    const recording = recorded("values_batchUpdate");
    const spreadsheetId = fake.createSpreadsheet({ id: recordedId(recording) });
    const { data } = await api.spreadsheets.values.batchUpdate({
      spreadsheetId,
      requestBody: recording.request.body as sheets_v4.Schema$BatchUpdateValuesRequest,
    });
    expect(data).toEqual(recording.response.body);
    expect(fake.tabValues(spreadsheetId, "Sheet1")).toEqual([
      ["A1", "B1", "", "D1"],
      [],
      [],
      ["A4", "B4", "", "D4"],
    ]);
  });

  it("stores text starting with = as a formula only with USER_ENTERED", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Sheet1: [] } });
    const write = (valueInputOption: string, range: string) =>
      api.spreadsheets.values.update({
        spreadsheetId,
        range,
        valueInputOption,
        requestBody: { values: [["=1+2", "0123", "2024-02-05"]] },
      });
    await write("RAW", "Sheet1!A1");
    await write("USER_ENTERED", "Sheet1!A2");
    expect(fake.formulas(spreadsheetId, "Sheet1")).toEqual({ A2: "=1+2" });
    const { data } = await api.spreadsheets.values.get({
      spreadsheetId,
      range: "Sheet1",
      valueRenderOption: "FORMULA",
    });
    expect(data.values).toEqual([
      ["=1+2", "0123", "2024-02-05"],
      ["=1+2", 123, 45327],
    ]);
    expect(fake.tabValues(spreadsheetId, "Sheet1")).toEqual([
      ["=1+2", "0123", "2024-02-05"],
      [3, 123, 45327],
    ]);
  });

  it("replays the recorded formula read", async () => {
    const recording = recorded("values_get_formula");
    const spreadsheetId = fake.createSpreadsheet({
      tabs: [{ title: "Sheet1", rowCount: 2, columnCount: 4 }],
    });
    await api.spreadsheets.values.update({
      spreadsheetId,
      range: "'Sheet1'!A1:D2",
      valueInputOption: "USER_ENTERED",
      requestBody: {
        values: [
          ["=4/2", "2020-01-01", "string", 53],
          ["=3/2", 0.12, "1999-01-02", ""],
        ],
      },
    });
    const { data } = await api.spreadsheets.values.get({
      spreadsheetId,
      range: "'Sheet1'",
      valueRenderOption: "FORMULA",
    });
    expect(data).toEqual(recording.response.body);
  });

  it("requires valueInputOption", async () => {
    const spreadsheetId = fake.createSpreadsheet();
    const error = await failure(
      api.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: { data: [{ range: "A1", values: [[1]] }] },
      }),
    );
    expect(error).toMatchObject({ status: 400, message: "'valueInputOption' is required but not specified" });
  });

  it("rejects values that are not a list of rows with the recorded 400 body", async () => {
    const recording = recorded("values_update_error_400");
    const spreadsheetId = fake.createSpreadsheet();
    const error = await failure(
      api.spreadsheets.values.update({
        spreadsheetId,
        range: "'Sheet1'!A1",
        valueInputOption: "RAW",
        requestBody: recording.request.body as sheets_v4.Schema$ValueRange,
      }),
    );
    expect(error.response?.data).toEqual(recording.response.body);
  });

  it("grows the grid for data written from a single cell, but not past an explicit range", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: [{ title: "Log", rowCount: 2, columnCount: 2 }] });
    const rows = [["a", "b", "c"], ["d"], ["e"]];
    await api.spreadsheets.values.update({
      spreadsheetId,
      range: "Log!A1",
      valueInputOption: "RAW",
      requestBody: { values: rows },
    });
    expect(fake.sheetProperties(spreadsheetId, "Log").gridProperties).toEqual({
      rowCount: 3,
      columnCount: 3,
    });
    const error = await failure(
      api.spreadsheets.values.update({
        spreadsheetId,
        range: "Log!A1:B2",
        valueInputOption: "RAW",
        requestBody: { values: rows },
      }),
    );
    expect(error.message).toBe("Requested writing within range [Log!A1:B2], but tried writing to row [3]");
  });

  it("leaves cells written as null unchanged and empties cells written as an empty string", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Sheet1: [["keep", "drop", "old"]] } });
    const { data } = await api.spreadsheets.values.update({
      spreadsheetId,
      range: "Sheet1!A1",
      valueInputOption: "RAW",
      requestBody: { values: [[null, "", "new"]] },
    });
    expect(data).toMatchObject({ updatedRange: "Sheet1!A1:C1", updatedCells: 2, updatedColumns: 2 });
    expect(fake.tabValues(spreadsheetId, "Sheet1")).toEqual([["keep", "", "new"]]);
  });

  it("appends after the table, reporting tableRange once there is one", async () => {
    const first = recorded("values_append_1");
    const spreadsheetId = fake.createSpreadsheet({ id: recordedId(first) });
    const append = (range: string, values: unknown[][]) =>
      api.spreadsheets.values.append({
        spreadsheetId,
        range,
        valueInputOption: "RAW",
        includeValuesInResponse: false,
        requestBody: { values },
      });
    const { data } = await append("'Sheet1'", (first.request.body as { values: unknown[][] }).values);
    expect(data).toEqual(first.response.body);
    const second = await append("'Sheet1'!A1", [["x", "", "z"]]);
    expect(second.data).toMatchObject({
      tableRange: "Sheet1!A1",
      updates: { updatedRange: "Sheet1!A2:C2", updatedRows: 1, updatedColumns: 3, updatedCells: 3 },
    });
  });

  it("inserts rows for INSERT_ROWS, pushing what lies below down", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Log: [["When"], ["Mon"], [], ["Notes below"]] } });
    await api.spreadsheets.values.append({
      spreadsheetId,
      range: "Log!A:A",
      valueInputOption: "RAW",
      insertDataOption: "INSERT_ROWS",
      requestBody: { values: [["Tue"]] },
    });
    expect(fake.tabValues(spreadsheetId, "Log")).toEqual([["When"], ["Mon"], ["Tue"], [], ["Notes below"]]);
    expect(fake.sheetProperties(spreadsheetId, "Log").gridProperties.rowCount).toBe(1001);
  });

  it("clears whole sheets and ranges, echoing the ranges like Google", async () => {
    const one = recorded("values_clear");
    const many = recorded("values_batchClear");
    const spreadsheetId = fake.createSpreadsheet({
      id: recordedId(one),
      tabs: { Sheet1: [["a", "b", "c", "d"]] },
    });
    expect((await api.spreadsheets.values.clear({ spreadsheetId, range: "'Sheet1'" })).data).toEqual(
      one.response.body,
    );
    const otherId = fake.createSpreadsheet({ id: recordedId(many) });
    const { data } = await api.spreadsheets.values.batchClear({
      spreadsheetId: otherId,
      requestBody: many.request.body as sheets_v4.Schema$BatchClearValuesRequest,
    });
    expect(data).toEqual(many.response.body);
  });
});

describe("spreadsheets.get and spreadsheets.batchUpdate", () => {
  it("returns the tabs' properties as recorded, hidden ones included", async () => {
    const recording = recorded("spreadsheets_get_hidden_sheet");
    const spreadsheetId = fake.createSpreadsheet({
      id: recordedId(recording),
      title: "Test SpreadsheetTest test_worksheets_exclude_hidden",
      tabs: [
        { title: "Sheet1", sheetId: 0 },
        { title: "finances", sheetId: 1613166149, rowCount: 100, columnCount: 100 },
        { title: "gacha", sheetId: 755875121, rowCount: 100, columnCount: 100, hidden: true },
      ],
    });
    const { data } = await api.spreadsheets.get({ spreadsheetId, includeGridData: false });
    const body = recording.response.body as sheets_v4.Schema$Spreadsheet;
    expect(data.sheets).toEqual(body.sheets);
    expect(data.properties).toMatchObject({
      title: body.properties?.title,
      timeZone: "Etc/GMT",
      locale: "en_US",
    });
  });

  it("honours the fields mask", async () => {
    const spreadsheetId = fake.createSpreadsheet({
      title: "Tend",
      timeZone: "Europe/Paris",
      tabs: { Contacts: [] },
    });
    const { data } = await api.spreadsheets.get({
      spreadsheetId,
      fields: "properties(title,timeZone),sheets.properties(sheetId,title)",
    });
    expect(data).toEqual({
      properties: { title: "Tend", timeZone: "Europe/Paris" },
      sheets: [{ properties: { sheetId: 0, title: "Contacts" } }],
    });
  });

  it("adds a sheet and refuses a second one with the same name", async () => {
    const recording = recorded("spreadsheets_batchUpdate_addSheet");
    const spreadsheetId = fake.createSpreadsheet({ id: recordedId(recording) });
    const requestBody = recording.request.body as sheets_v4.Schema$BatchUpdateSpreadsheetRequest;
    const { data } = await api.spreadsheets.batchUpdate({ spreadsheetId, requestBody });
    const expected = recording.response.body as { replies: [{ addSheet: { properties: object } }] };
    const properties = { ...expected.replies[0].addSheet.properties, sheetId: expect.any(Number) };
    expect(data).toEqual({ ...expected, replies: [{ addSheet: { properties } }] });
    const error = await failure(api.spreadsheets.batchUpdate({ spreadsheetId, requestBody }));
    expect(error.message).toBe(
      'Invalid requests[0].addSheet: A sheet with the name "test_add_del_worksheet 1" already exists. Please enter another name.',
    );
  });

  it("refuses to hide the last visible sheet with the recorded error", async () => {
    const recording = recorded("batchUpdate_error_400");
    const spreadsheetId = fake.createSpreadsheet();
    const error = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId,
        requestBody: recording.request.body as sheets_v4.Schema$BatchUpdateSpreadsheetRequest,
      }),
    );
    expect(error.response?.data).toEqual(recording.response.body);
  });

  it("applies the requests a Google Sheets store sets up a table with", async () => {
    const spreadsheetId = fake.createSpreadsheet({
      tabs: {
        Contacts: [
          ["Name", "Status"],
          ["Ann", "Sent"],
        ],
      },
    });
    const { data } = await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [
          {
            updateSheetProperties: {
              properties: { sheetId: 0, gridProperties: { frozenRowCount: 1 } },
              fields: "gridProperties.frozenRowCount",
            },
          },
          {
            setDataValidation: {
              range: {
                sheetId: 0,
                startRowIndex: 1,
                endRowIndex: 1000,
                startColumnIndex: 1,
                endColumnIndex: 2,
              },
              rule: {
                condition: {
                  type: "ONE_OF_LIST",
                  values: [{ userEnteredValue: "Sent" }, { userEnteredValue: "Met" }],
                },
                strict: true,
                showCustomUi: true,
              },
            },
          },
          {
            addProtectedRange: {
              protectedRange: {
                range: { sheetId: 0, startRowIndex: 0, endRowIndex: 1 },
                description: "Header",
                warningOnly: true,
              },
            },
          },
          {
            repeatCell: {
              range: { sheetId: 0, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 2 },
              cell: { userEnteredFormat: { backgroundColor: { red: 0.9, green: 0.9, blue: 0.9 } } },
              fields: "userEnteredFormat.backgroundColor",
            },
          },
        ],
      },
    });
    expect(data.replies?.[0]).toEqual({});
    expect(data.replies?.[2]?.addProtectedRange?.protectedRange).toMatchObject({
      protectedRangeId: expect.any(Number),
      description: "Header",
      warningOnly: true,
      requestingUserCanEdit: true,
    });
    expect(fake.sheetProperties(spreadsheetId, "Contacts").gridProperties.frozenRowCount).toBe(1);
    expect(fake.dataValidations(spreadsheetId, "Contacts")).toEqual([
      { range: "Contacts!B2:B1000", rule: expect.objectContaining({ strict: true }) },
    ]);
    expect(fake.background(spreadsheetId, "Contacts", "B1")).toEqual({ red: 0.9, green: 0.9, blue: 0.9 });
    expect(fake.tabValues(spreadsheetId, "Contacts")).toEqual([
      ["Name", "Status"],
      ["Ann", "Sent"],
    ]);
    const { data: sheet } = await api.spreadsheets.get({
      spreadsheetId,
      fields: "sheets(properties.gridProperties,protectedRanges)",
    });
    expect(sheet.sheets?.[0]).toEqual({
      properties: { gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 } },
      protectedRanges: [expect.objectContaining({ description: "Header", warningOnly: true })],
    });
  });

  it("returns cell data (values, formats, validation) for includeGridData and ranges", async () => {
    const spreadsheetId = fake.createSpreadsheet({
      tabs: {
        Contacts: [
          ["Name", "Due"],
          ["Ann", "2024-02-05"],
        ],
      },
    });
    await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [
          {
            setDataValidation: {
              range: { sheetId: 0, startRowIndex: 1, endRowIndex: 2, startColumnIndex: 1, endColumnIndex: 2 },
              rule: { condition: { type: "DATE_IS_VALID" } },
            },
          },
        ],
      },
    });
    const { data } = await api.spreadsheets.get({
      spreadsheetId,
      ranges: ["Contacts!B2"],
      includeGridData: true,
      fields:
        "sheets(data(startRow,startColumn,rowData(values(userEnteredValue,formattedValue,dataValidation))))",
    });
    expect(data.sheets?.[0]?.data).toEqual([
      {
        startRow: 1,
        startColumn: 1,
        rowData: [
          {
            values: [
              {
                userEnteredValue: { numberValue: 45327 },
                formattedValue: "2024-02-05",
                dataValidation: { condition: { type: "DATE_IS_VALID" } },
              },
            ],
          },
        ],
      },
    ]);
  });

  it("inserts, deletes, appends and sorts rows", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { T: [["Name"], ["Cy"], ["Al"], ["Bo"]] } });
    const range = (startIndex: number, endIndex: number) => ({
      sheetId: 0,
      dimension: "ROWS",
      startIndex,
      endIndex,
    });
    await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [
          { insertDimension: { range: range(1, 2), inheritFromBefore: true } },
          { deleteDimension: { range: range(3, 4) } },
          { appendDimension: { sheetId: 0, dimension: "COLUMNS", length: 4 } },
          {
            updateDimensionProperties: {
              range: range(0, 1),
              properties: { pixelSize: 40 },
              fields: "pixelSize",
            },
          },
          {
            sortRange: {
              range: { sheetId: 0, startRowIndex: 1, endRowIndex: 4 },
              sortSpecs: [{ dimensionIndex: 0, sortOrder: "ASCENDING" }],
            },
          },
        ],
      },
    });
    expect(fake.tabValues(spreadsheetId, "T")).toEqual([["Name"], ["Bo"], ["Cy"]]);
    expect(fake.sheetProperties(spreadsheetId, "T").gridProperties).toEqual({
      rowCount: 1000,
      columnCount: 30,
    });
  });

  it("stores charts and refuses unknown request kinds", async () => {
    const spreadsheetId = fake.createSpreadsheet();
    const chart = {
      spec: { title: "Weekly" },
      position: { overlayPosition: { anchorCell: { sheetId: 0 } } },
    };
    const { data } = await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: { requests: [{ addChart: { chart } }] },
    });
    expect(data.replies?.[0]?.addChart?.chart).toMatchObject({ ...chart, chartId: expect.any(Number) });
    expect(fake.charts(spreadsheetId, "Sheet1")).toHaveLength(1);
    const error = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId,
        requestBody: { requests: [{ frobnicate: {} } as sheets_v4.Schema$Request] },
      }),
    );
    expect(error.message).toBe(
      `Invalid JSON payload received. Unknown name "frobnicate" at 'requests[0]': Cannot find field.`,
    );
  });

  it("stores conditional format rules and filter views, returned by spreadsheets.get", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Contacts: [] } });
    const column = {
      sheetId: 0,
      startRowIndex: 1,
      endRowIndex: 1000,
      startColumnIndex: 2,
      endColumnIndex: 3,
    };
    const formula = (value: string) => ({ type: "CUSTOM_FORMULA", values: [{ userEnteredValue: value }] });
    const { data } = await api.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [
          {
            addConditionalFormatRule: {
              rule: {
                ranges: [column],
                booleanRule: { condition: formula("=$C2<TODAY()"), format: { backgroundColor: { red: 1 } } },
              },
              index: 0,
            },
          },
          {
            addFilterView: {
              filter: {
                title: "Due today",
                range: { sheetId: 0 },
                filterSpecs: [{ columnIndex: 2, filterCriteria: { condition: formula("=$C2<=TODAY()") } }],
              },
            },
          },
        ],
      },
    });
    expect(data.replies?.[1]?.addFilterView?.filter).toMatchObject({
      title: "Due today",
      filterViewId: expect.any(Number),
    });
    const got = await api.spreadsheets.get({
      spreadsheetId,
      fields: "sheets(conditionalFormats(ranges),filterViews(title))",
    });
    expect(got.data.sheets?.[0]).toEqual({
      conditionalFormats: [{ ranges: [column] }],
      filterViews: [{ title: "Due today" }],
    });
  });

  it.each([
    ["no booleanRule nor gradientRule", { ranges: [{ sheetId: 0 }] }, /exactly one of booleanRule/],
    [
      "a formula without =",
      {
        ranges: [{ sheetId: 0 }],
        booleanRule: { condition: { type: "CUSTOM_FORMULA", values: [{ userEnteredValue: "A1" }] } },
      },
      /starting with =/,
    ],
    [
      "a range beyond the grid",
      { ranges: [{ sheetId: 0, endColumnIndex: 27 }], booleanRule: { condition: { type: "BLANK" } } },
      /exceeds grid limits/,
    ],
  ])("refuses a conditional format rule with %s", async (_, rule, message) => {
    const spreadsheetId = fake.createSpreadsheet();
    const error = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId,
        requestBody: { requests: [{ addConditionalFormatRule: { rule } }] },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it("applies a batch all or nothing", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Contacts: [] } });
    await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId,
        requestBody: {
          requests: [{ addSheet: { properties: { title: "Run log" } } }, { deleteSheet: { sheetId: 42 } }],
        },
      }),
    );
    expect(fake.tabTitles(spreadsheetId)).toEqual(["Contacts"]);
  });
});

describe("errors as the real client surfaces them", () => {
  it("turns an unknown id into the recorded 404 NOT_FOUND", async () => {
    const recording = recorded("spreadsheets_get_error_404");
    const error = await failure(api.spreadsheets.get({ spreadsheetId: "test", includeGridData: false }));
    expect(error).toMatchObject({
      name: "GaxiosError",
      status: 404,
      message: "Requested entity was not found.",
    });
    expect(error.response?.data).toEqual(recording.response.body);
  });

  it("turns a spreadsheet not shared with the caller into the recorded 403 PERMISSION_DENIED", async () => {
    const recording = recorded("spreadsheets_get_error_403");
    const spreadsheetId = fake.createSpreadsheet();
    fake.forbid(spreadsheetId);
    const error = await failure(api.spreadsheets.values.get({ spreadsheetId, range: "A1" }));
    expect(error).toMatchObject({ status: 403, message: "The caller does not have permission" });
    expect(error.response?.data).toEqual(recording.response.body);
  });

  it("sends 429 RESOURCE_EXHAUSTED with a Retry-After header, and POSTs are not retried", async () => {
    const spreadsheetId = fake.createSpreadsheet();
    fake.injectFaults(faults.quota({ retryAfterSeconds: 7 }), "values.batchUpdate");
    const error = await failure(
      api.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: { valueInputOption: "RAW", data: [{ range: "A1", values: [[1]] }] },
      }),
    );
    expect(error.status).toBe(429);
    expect(error.message).toMatch(
      /^Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute/,
    );
    expect(error.response?.headers.get("retry-after")).toBe("7");
    expect(error.response?.data).toMatchObject({ error: { code: 429, status: "RESOURCE_EXHAUSTED" } });
    expect(fake.count("values.batchUpdate")).toBe(1);
  });

  it("uses the verbatim legacy quota body on request", async () => {
    const quota = JSON.parse(readFileSync(new URL("quota-errors.json", FIXTURES), "utf8")) as {
      examples: { body?: unknown }[];
    };
    const spreadsheetId = fake.createSpreadsheet();
    fake.injectFaults(faults.quota({ wording: "legacy" }));
    const error = await failure(api.spreadsheets.get({ spreadsheetId }, { retry: false }));
    expect(error.response?.data).toEqual(quota.examples[0]?.body);
    expect(error.response?.headers.get("retry-after")).toBeNull();
  });

  it("is retried by the client on GET after 429 and 5xx, without waiting for Retry-After", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Sheet1: [["ok"]] } });
    fake.injectFaults([faults.quota({ retryAfterSeconds: 30 }), faults.serverError()], "values.get");
    const started = Date.now();
    const { data } = await api.spreadsheets.values.get({ spreadsheetId, range: "Sheet1" });
    expect(data.values).toEqual([["ok"]]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fake.calls.map((call) => call.status)).toEqual([429, 500, 200]);
  });

  it("surfaces 503 on a POST at once", async () => {
    const spreadsheetId = fake.createSpreadsheet();
    fake.injectFaults(faults.unavailable());
    const error = await failure(
      api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [{ addSheet: {} }] } }),
    );
    expect(error).toMatchObject({ status: 503, message: "The service is currently unavailable." });
    expect(fake.tabTitles(spreadsheetId)).toEqual(["Sheet1"]);
  });

  it("drops connections: GET is retried, POST fails with a network error", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Sheet1: [["ok"]] } });
    fake.injectFaults(faults.drop(), "values.get");
    const { data } = await api.spreadsheets.values.get({ spreadsheetId, range: "Sheet1" });
    expect(data.values).toEqual([["ok"]]);
    fake.injectFaults(faults.drop(), "values.append");
    const error = await failure(
      api.spreadsheets.values.append({
        spreadsheetId,
        range: "Sheet1",
        valueInputOption: "RAW",
        requestBody: { values: [["x"]] },
      }),
    );
    expect(error.status).toBeUndefined();
    expect(error.response).toBeUndefined();
    expect(fake.count("values.append")).toBe(1);
  });

  it("answers late with faults.slow, so a client timeout fires", async () => {
    const spreadsheetId = fake.createSpreadsheet();
    fake.injectFaults(faults.slow(1_000));
    const error = await failure(api.spreadsheets.get({ spreadsheetId }, { timeout: 100, retry: false }));
    expect(error.name).toBe("GaxiosError");
    expect(error.status).toBeUndefined();
  });
});

describe("call counting and edits between calls", () => {
  it("counts calls per endpoint with the ranges they named", async () => {
    const spreadsheetId = fake.createSpreadsheet({ tabs: { Contacts: [["Name"]], "Run log": [] } });
    await api.spreadsheets.values.batchGet({ spreadsheetId, ranges: ["Contacts!A:Z", "'Run log'!A:H"] });
    await api.spreadsheets.values.batchUpdate({
      spreadsheetId,
      requestBody: { valueInputOption: "RAW", data: [{ range: "Contacts!B1", values: [["Status"]] }] },
    });
    expect(fake.countsByEndpoint()).toEqual({ "values.batchGet": 1, "values.batchUpdate": 1 });
    expect(fake.calls[0]).toMatchObject({
      method: "GET",
      spreadsheetId,
      ranges: ["Contacts!A:Z", "'Run log'!A:H"],
      token: TOKEN,
      status: 200,
    });
    expect(fake.calls[1]?.path).toBe(`/v4/spreadsheets/${spreadsheetId}/values:batchUpdate`);
  });

  it("lets a test edit the sheet between a read and a write, as a user would", async () => {
    const spreadsheetId = fake.createSpreadsheet({
      tabs: { Contacts: [["Name", "Status"], ["Ann"], ["Bob"]] },
    });
    fake.onCall(2, () => fake.insertRows(spreadsheetId, "Contacts", 2, [["Zoe"]]));
    await api.spreadsheets.values.get({ spreadsheetId, range: "Contacts" });
    await api.spreadsheets.values.update({
      spreadsheetId,
      range: "Contacts!B2",
      valueInputOption: "RAW",
      requestBody: { values: [["Met"]] },
    });
    // The write lands on the row Zoe now occupies: the hazard a store must guard against.
    expect(fake.tabValues(spreadsheetId, "Contacts")).toEqual([
      ["Name", "Status"],
      ["Zoe", "Met"],
      ["Ann"],
      ["Bob"],
    ]);
  });

  it("offers direct edits: cells, formulas, dates, deletes and sorts", () => {
    const spreadsheetId = fake.createSpreadsheet({
      tabs: {
        T: [
          ["Name", "N"],
          ["b", 2],
          ["a", 1],
          ["c", 3],
        ],
      },
    });
    fake.setCell(spreadsheetId, "T", "C1", { formula: "=SUM(B2:B4)", value: 6 });
    fake.setCell(spreadsheetId, "T", "D1", { date: "2024-02-05" });
    fake.sortRows(spreadsheetId, "T", { column: "A" });
    fake.deleteRows(spreadsheetId, "T", 3);
    expect(fake.tabValues(spreadsheetId, "T")).toEqual([
      ["Name", "N", 6, 45327],
      ["a", 1],
      ["c", 3],
    ]);
    expect(fake.tabValues(spreadsheetId, "T", "FORMATTED_VALUE")[0]).toEqual([
      "Name",
      "N",
      "6",
      "2024-02-05",
    ]);
    expect(fake.formulas(spreadsheetId, "T")).toEqual({ C1: "=SUM(B2:B4)" });
  });
});

describe("replaying recorded gspread sessions", () => {
  const dir = new URL("recorded-sequences/", FIXTURES);
  const files = readdirSync(dir).filter((name) => name.endsWith(".json"));

  it.each(files)("answers like Google in %s", async (file) => {
    const cassette = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Cassette;
    const exchanges = await replayCassette(fake, cassette, TOKEN);
    for (const exchange of exchanges) {
      expect({ call: exchange.label, ...exchange.actual }).toEqual({
        call: exchange.label,
        ...exchange.expected,
      });
    }
  });
});

describe("A1 notation", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [18277, "ZZZ"],
  ])("names column %i %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("round-trips column letters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 18277 }), (index) => columnIndex(columnLetters(index)) === index),
    );
  });

  it("quotes sheet names only when Google does", () => {
    expect(["Sheet1", "Contacts", "Run log", "It's", "A1", "🌵 x"].map(quoteSheetName)).toEqual([
      "Sheet1",
      "Contacts",
      "'Run log'",
      "'It''s'",
      "'A1'",
      "'🌵 x'",
    ]);
  });

  it("reads back any tab name through a quoted range", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 12 }), async (title) => {
        fc.pre(title.trim() === title && !title.includes("!"));
        const spreadsheetId = fake.createSpreadsheet({ tabs: [{ title, rows: [["x"]] }] });
        const { data } = await api.spreadsheets.values.get({
          spreadsheetId,
          range: `${quoteSheetName(title)}!A1`,
        });
        expect(data).toEqual({
          range: `${quoteSheetName(title)}!A1`,
          majorDimension: "ROWS",
          values: [["x"]],
        });
      }),
      { numRuns: 25 },
    );
  });
});
