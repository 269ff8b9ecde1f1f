import type { sheets_v4 } from "@googleapis/sheets";
import {
  headerOf,
  OUTPUT_COLUMN_KEYS,
  TABLE_COLUMN_ORDER,
  TALK_BACK_COLUMNS,
} from "../../contacts/columns.js";
import { matchHeaders } from "../../contacts/header-match.js";
import { cellText } from "../../contacts/parse-row.js";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { TABS } from "../../layout/tab-names.js";
import { SETTINGS } from "../../rules/settings.js";
import { cellRange, quoteTab } from "./a1.js";
import type { SheetsApi } from "./sheets-api.js";
import { formatRequests } from "./sheets-format.js";
import { nativeRequests } from "./sheets-native.js";
import { addHistoryChart, addTodayTab } from "./sheets-today.js";

export interface InitReport {
  created: string[];
}

const META_FIELDS =
  "sheets(properties(sheetId,title,gridProperties),protectedRanges(description),charts(chartId)," +
  "conditionalFormats(ranges,booleanRule(condition)),filterViews(title))";

/**
 * `tend init --source sheets:<id>`: the missing tabs and headers, dropdowns, a frozen header,
 * Tend's columns shaded and protected with a warning only, conditional formatting and a "Due
 * today" filter view. Running it twice changes nothing.
 */
export async function initSpreadsheet(api: SheetsApi): Promise<InitReport> {
  const spreadsheetId = api.options.spreadsheetId;
  const created: string[] = [];
  const readMeta = () =>
    api.call("spreadsheets.get", () => api.client.spreadsheets.get({ spreadsheetId, fields: META_FIELDS }));
  let meta = await readMeta();
  const sheetOf = (tab: string) =>
    (meta.sheets ?? []).find((sheet) => sheet.properties?.title?.toLowerCase() === tab.toLowerCase());
  const titleOf = (tab: string) => sheetOf(tab)?.properties?.title ?? tab;
  const missing = Object.values(TABS).filter((tab) => sheetOf(tab) === undefined);
  const present: string[] = Object.values(TABS).filter((tab) => sheetOf(tab) !== undefined);
  // Headers first: the structural call below must make room for the columns Tend adds.
  const heads =
    present.length === 0
      ? {}
      : await api.call("values.batchGet", () =>
          api.client.spreadsheets.values.batchGet({
            spreadsheetId,
            ranges: present.map((tab) => `${quoteTab(titleOf(tab))}!1:1`),
            valueRenderOption: "UNFORMATTED_VALUE",
          }),
        );
  const headerOfTab = (tab: string) =>
    ((heads.valueRanges?.[present.indexOf(tab)]?.values ?? [])[0] ?? []).map((cell) => cellText(cell));
  const { writes, header, labels } = headerWrites(headerOfTab, titleOf);
  const structure: sheets_v4.Schema$Request[] = [
    ...missing.map((title) => ({
      addSheet: {
        properties: {
          title,
          ...(title === TABS.contacts
            ? { gridProperties: { columnCount: Math.max(26, header.length) } }
            : {}),
        },
      },
    })),
    ...todayTabRequests(meta),
    ...roomForHeader(sheetOf(TABS.contacts), header.length),
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
  if (writes.length > 0) {
    await api.call("values.batchUpdate", () =>
      api.client.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: { valueInputOption: "RAW", data: writes },
      }),
    );
    created.push(...labels);
  }
  const contacts = sheetOf(TABS.contacts) ?? {};
  const native = nativeRequests(contacts, matchHeaders(header), header.length);
  const tabs = Object.values(TABS).flatMap((tab) => sheetOf(tab) ?? []);
  await api.call("spreadsheets.batchUpdate", () =>
    api.client.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: { requests: [...formatRequests(contacts, header, tabs), ...native.requests] },
    }),
  );
  created.push(...native.created);
  return { created };
}

/** The header rows to write: Tend's columns after the user's in Contacts, the other tabs' when blank. */
function headerWrites(
  headerOfTab: (tab: string) => string[],
  titleOf: (tab: string) => string,
): { writes: sheets_v4.Schema$ValueRange[]; header: string[]; labels: string[] } {
  const writes: sheets_v4.Schema$ValueRange[] = [];
  const labels: string[] = [];
  const contactsHeader = headerOfTab(TABS.contacts);
  const contactsTitle = titleOf(TABS.contacts);
  let header = contactsHeader;
  if (contactsHeader.every((cell) => cell === "")) {
    header = TABLE_COLUMN_ORDER.map(headerOf);
    writes.push({ range: `${quoteTab(contactsTitle)}!A1`, values: [header] });
    labels.push("Contacts headers");
  } else {
    const map = matchHeaders(contactsHeader);
    const absent = [
      ...OUTPUT_COLUMN_KEYS.filter((column) => map.output[column] === undefined),
      ...TALK_BACK_COLUMNS.filter((column) => map.input[column] === undefined),
    ].map(headerOf);
    if (absent.length > 0) {
      const first = contactsHeader.length;
      writes.push({
        range: cellRange(contactsTitle, first, first + absent.length - 1, 1, 1),
        values: [absent],
      });
      header = [...contactsHeader, ...absent];
      labels.push(`columns ${absent.join(", ")}`);
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
  for (const [tab, names, rows] of otherHeaders) {
    if (headerOfTab(tab).every((cell) => cell === "")) {
      writes.push({ range: `${quoteTab(titleOf(tab))}!A1`, values: [names, ...rows] });
      labels.push(`${tab} headers`);
    }
  }
  return { writes, header, labels };
}

/** Values writes do not grow the grid: the columns the header needs, added in the structural call. */
function roomForHeader(
  contacts: sheets_v4.Schema$Sheet | undefined,
  width: number,
): sheets_v4.Schema$Request[] {
  const columnCount = contacts?.properties?.gridProperties?.columnCount;
  if (contacts === undefined || typeof columnCount !== "number" || width <= columnCount) return [];
  return [
    {
      appendDimension: {
        sheetId: contacts.properties?.sheetId ?? 0,
        dimension: "COLUMNS",
        length: width - columnCount,
      },
    },
  ];
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
