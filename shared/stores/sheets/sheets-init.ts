import type { sheets_v4 } from "@googleapis/sheets";
import {
  headerOf,
  type InputColumn,
  OUTPUT_COLUMN_KEYS,
  type OutputColumn,
  TABLE_COLUMN_ORDER,
  TALK_BACK_COLUMNS,
} from "../../contacts/columns.js";
import { DROPDOWNS } from "../../contacts/dropdowns.js";
import { matchHeaders } from "../../contacts/header-match.js";
import { cellText } from "../../contacts/parse-row.js";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { TABS } from "../../layout/tab-names.js";
import { SETTINGS } from "../../rules/settings.js";
import { TEND_COLUMN_NOTE } from "../local/workbook-tabs.js";
import { cellRange, quoteTab } from "./a1.js";
import type { SheetsApi } from "./sheets-api.js";
import { addHistoryChart, addTodayTab } from "./sheets-today.js";

/** The light yellow of Tend's columns, as in the local workbook. */
const TEND_SHADE = { red: 1, green: 0.949, blue: 0.8 };
const PROTECTION_NOTE = `Tend: ${TEND_COLUMN_NOTE}`;

export interface InitReport {
  created: string[];
}

/**
 * `tend init --source sheets:<id>`: the missing tabs and headers, dropdowns, a frozen header,
 * Tend's columns shaded and protected with a warning only. Running it twice changes nothing.
 */
export async function initSpreadsheet(api: SheetsApi): Promise<InitReport> {
  const spreadsheetId = api.options.spreadsheetId;
  const created: string[] = [];
  const readMeta = () =>
    api.call("spreadsheets.get", () =>
      api.client.spreadsheets.get({
        spreadsheetId,
        fields:
          "sheets(properties(sheetId,title,gridProperties),protectedRanges(description),charts(chartId))",
      }),
    );
  let meta = await readMeta();
  const titles = (meta.sheets ?? []).map((sheet) => sheet.properties?.title ?? "");
  const missing = Object.values(TABS).filter(
    (tab) => !titles.some((title) => title.toLowerCase() === tab.toLowerCase()),
  );
  const structure: sheets_v4.Schema$Request[] = [
    ...missing.map((title) => ({ addSheet: { properties: { title } } })),
    ...todayTabRequests(meta),
  ];
  if (structure.length > 0) {
    await api.call("spreadsheets.batchUpdate", () =>
      api.client.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: structure } }),
    );
    created.push(...missing.map((tab) => `tab ${tab}`));
    if (structure.some((request) => request.addSheet?.properties?.title === TODAY_TAB))
      created.push(`tab ${TODAY_TAB}`);
    if (structure.some((request) => request.addChart !== undefined)) created.push("the history chart");
    meta = await readMeta();
  }
  const sheetOf = (tab: string) =>
    (meta.sheets ?? []).find(
      (sheet) => sheet.properties?.title?.toLowerCase() === tab.toLowerCase(),
    ) as sheets_v4.Schema$Sheet;

  const heads = await api.call("values.batchGet", () =>
    api.client.spreadsheets.values.batchGet({
      spreadsheetId,
      ranges: Object.values(TABS).map((tab) => `${quoteTab(sheetOf(tab).properties?.title ?? tab)}!1:1`),
      valueRenderOption: "UNFORMATTED_VALUE",
    }),
  );
  const headerOfTab = (index: number) =>
    ((heads.valueRanges?.[index]?.values ?? [])[0] ?? []).map((cell) => cellText(cell));
  const contactsHeader = headerOfTab(0);
  const writes: sheets_v4.Schema$ValueRange[] = [];
  const contactsTitle = sheetOf(TABS.contacts).properties?.title ?? TABS.contacts;
  let header = contactsHeader;
  if (contactsHeader.every((cell) => cell === "")) {
    header = TABLE_COLUMN_ORDER.map(headerOf);
    writes.push({ range: `${quoteTab(contactsTitle)}!A1`, values: [header] });
    created.push("Contacts headers");
  } else {
    const map = matchHeaders(contactsHeader);
    const absent = [
      ...OUTPUT_COLUMN_KEYS.filter((column) => map.output[column] === undefined),
      ...TALK_BACK_COLUMNS.filter((column) => map.input[column] === undefined),
    ].map(headerOf);
    if (absent.length > 0) {
      writes.push({
        range: cellRange(
          contactsTitle,
          contactsHeader.length,
          contactsHeader.length + absent.length - 1,
          1,
          1,
        ),
        values: [absent],
      });
      header = [...contactsHeader, ...absent];
      created.push(`columns ${absent.join(", ")}`);
    }
  }
  const otherHeaders: [string, string[], (string | number)[][]][] = [
    [
      TABS.settings,
      ["Setting", "Value", "Default"],
      Object.entries(SETTINGS).map(([name, spec]) => [name, "", spec.default]),
    ],
    [TABS.templates, ["Action", "Template"], []],
    [TABS.runLog, [...RUN_LOG_HEADERS], []],
  ];
  otherHeaders.forEach(([tab, names, rows], index) => {
    if (headerOfTab(index + 1).every((cell) => cell === "")) {
      writes.push({
        range: `${quoteTab(sheetOf(tab).properties?.title ?? tab)}!A1`,
        values: [names, ...rows],
      });
      created.push(`${tab} headers`);
    }
  });
  if (writes.length > 0) {
    await api.call("values.batchUpdate", () =>
      api.client.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: { valueInputOption: "RAW", data: writes },
      }),
    );
  }
  await api.call("spreadsheets.batchUpdate", () =>
    api.client.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: formatRequests(sheetOf(TABS.contacts), header, Object.values(TABS).map(sheetOf)),
      },
    }),
  );
  return { created };
}

/** The Today tab and its history chart, when missing; the daily run fills the tab. */
function todayTabRequests(meta: sheets_v4.Schema$Spreadsheet): sheets_v4.Schema$Request[] {
  const today = (meta.sheets ?? []).find(
    (sheet) => sheet.properties?.title?.toLowerCase() === TODAY_TAB.toLowerCase(),
  );
  if (today === undefined) {
    const { sheetId, request } = addTodayTab(
      (meta.sheets ?? []).map((sheet) => sheet.properties?.sheetId ?? 0),
    );
    return [request, addHistoryChart(sheetId)];
  }
  return (today.charts ?? []).length === 0 ? [addHistoryChart(today.properties?.sheetId ?? 0)] : [];
}

function formatRequests(
  contacts: sheets_v4.Schema$Sheet,
  header: string[],
  allTabs: sheets_v4.Schema$Sheet[],
): sheets_v4.Schema$Request[] {
  const sheetId = contacts.properties?.sheetId ?? 0;
  const rowCount = contacts.properties?.gridProperties?.rowCount ?? 1000;
  const map = matchHeaders(header);
  const requests: sheets_v4.Schema$Request[] = allTabs.map((tab) => ({
    updateSheetProperties: {
      properties: { sheetId: tab.properties?.sheetId ?? 0, gridProperties: { frozenRowCount: 1 } },
      fields: "gridProperties.frozenRowCount",
    },
  }));
  for (const [column, values] of Object.entries(DROPDOWNS) as [
    InputColumn | OutputColumn,
    readonly string[],
  ][]) {
    const at =
      (map.input as Record<string, number>)[column] ?? (map.output as Record<string, number>)[column];
    if (at === undefined) continue;
    requests.push({
      setDataValidation: {
        range: {
          sheetId,
          startRowIndex: 1,
          endRowIndex: rowCount,
          startColumnIndex: at,
          endColumnIndex: at + 1,
        },
        rule: {
          condition: { type: "ONE_OF_LIST", values: values.map((value) => ({ userEnteredValue: value })) },
          strict: false,
          showCustomUi: true,
        },
      },
    });
  }
  // Done is a checkbox and Snooze until a date, as people expect of them in Sheets.
  for (const [column, condition] of [
    ["done", { type: "BOOLEAN" }],
    ["snoozeUntil", { type: "DATE_IS_VALID" }],
  ] as const) {
    const at = map.input[column];
    if (at === undefined) continue;
    requests.push({
      setDataValidation: {
        range: {
          sheetId,
          startRowIndex: 1,
          endRowIndex: rowCount,
          startColumnIndex: at,
          endColumnIndex: at + 1,
        },
        rule: { condition, strict: false, showCustomUi: true },
      },
    });
  }
  const alreadyProtected = (contacts.protectedRanges ?? []).some(
    (range) => range.description === PROTECTION_NOTE,
  );
  for (const column of OUTPUT_COLUMN_KEYS) {
    const at = map.output[column];
    if (at === undefined) continue;
    const range = { sheetId, startColumnIndex: at, endColumnIndex: at + 1 };
    requests.push({
      repeatCell: {
        range,
        cell: { userEnteredFormat: { backgroundColor: TEND_SHADE } },
        fields: "userEnteredFormat.backgroundColor",
      },
    });
    if (!alreadyProtected)
      requests.push({
        addProtectedRange: { protectedRange: { range, description: PROTECTION_NOTE, warningOnly: true } },
      });
  }
  return requests;
}
