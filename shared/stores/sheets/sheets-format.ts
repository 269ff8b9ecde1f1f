import type { sheets_v4 } from "@googleapis/sheets";
import { type InputColumn, OUTPUT_COLUMN_KEYS, type OutputColumn } from "../../contacts/columns.js";
import { DROPDOWNS } from "../../contacts/dropdowns.js";
import { matchHeaders } from "../../contacts/header-match.js";
import { TEND_COLUMN_NOTE } from "../local/workbook-tabs.js";

/** The light yellow of Tend's columns, as in the local workbook. */
const TEND_SHADE = { red: 1, green: 0.949, blue: 0.8 };
const PROTECTION_NOTE = `Tend: ${TEND_COLUMN_NOTE}`;

/** Frozen headers, dropdowns, Done and Snooze until validation, Tend's columns shaded and protected (warning only). */
export function formatRequests(
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
    requests.push(
      validation(sheetId, rowCount, at, {
        type: "ONE_OF_LIST",
        values: values.map((value) => ({ userEnteredValue: value })),
      }),
    );
  }
  // Done is a checkbox and Snooze until a date, as people expect of them in Sheets.
  for (const [column, condition] of [
    ["done", { type: "BOOLEAN" }],
    ["snoozeUntil", { type: "DATE_IS_VALID" }],
  ] as const) {
    const at = map.input[column];
    if (at === undefined) continue;
    requests.push(validation(sheetId, rowCount, at, condition));
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

/** A data validation on one column below the header; a warning, never a refusal (strict: false). */
function validation(
  sheetId: number,
  rowCount: number,
  at: number,
  condition: sheets_v4.Schema$BooleanCondition,
): sheets_v4.Schema$Request {
  return {
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
  };
}
