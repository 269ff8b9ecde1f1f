import type { sheets_v4 } from "@googleapis/sheets";
import { columnLetter, type HeaderMap } from "../../contacts/header-match.js";

type Color = sheets_v4.Schema$Color;
type Condition = sheets_v4.Schema$BooleanCondition;

export const DUE_TODAY_VIEW = "Due today";

const RED = { red: 0.957, green: 0.8, blue: 0.8 };
const YELLOW = { red: 1, green: 0.898, blue: 0.6 };
const GREY = { red: 0.9, green: 0.9, blue: 0.9 };
const DONE_TEXT = { red: 0.6, green: 0.6, blue: 0.6 };
const DONE_BACKGROUND = { red: 0.953, green: 0.953, blue: 0.953 };

/** Due is written as ISO text (RAW) and may be typed as a date: both read as a day. */
const dueDay = (cell: string) => `IFERROR(DATEVALUE(${cell}),${cell})`;
const formula = (text: string): Condition => ({
  type: "CUSTOM_FORMULA",
  values: [{ userEnteredValue: text }],
});

export interface NativeSetup {
  requests: sheets_v4.Schema$Request[];
  created: string[];
}

/**
 * What makes the Contacts tab feel like a Sheet made by hand: done rows greyed, an overdue Due in
 * red, the priorities in colour, and a "Due today" filter view. Rules and the view already there
 * (found by their ranges and conditions, the view by its title) are not added again.
 */
export function nativeRequests(contacts: sheets_v4.Schema$Sheet, map: HeaderMap, width: number): NativeSetup {
  const sheetId = contacts.properties?.sheetId ?? 0;
  const rowCount = contacts.properties?.gridProperties?.rowCount ?? 1000;
  const rows = { sheetId, startRowIndex: 1, endRowIndex: rowCount };
  const column = (at: number) => ({ ...rows, startColumnIndex: at, endColumnIndex: at + 1 });
  const rules: sheets_v4.Schema$ConditionalFormatRule[] = [];
  const rule = (
    range: sheets_v4.Schema$GridRange,
    condition: Condition,
    format: sheets_v4.Schema$CellFormat,
  ) => rules.push({ ranges: [range], booleanRule: { condition, format } });
  const { done } = map.input;
  const { due, priority } = map.output;
  // First, so a done row is grey whatever its priority or Due say (the first matching rule wins).
  if (done !== undefined) {
    const cell = `$${columnLetter(done)}2`;
    rule(
      { ...rows, startColumnIndex: 0, endColumnIndex: width },
      formula(`=AND(${cell}<>"",${cell}<>FALSE)`),
      {
        backgroundColor: DONE_BACKGROUND,
        textFormat: { foregroundColor: DONE_TEXT },
      },
    );
  }
  if (due !== undefined) {
    const cell = `$${columnLetter(due)}2`;
    rule(column(due), formula(`=AND(${cell}<>"",${dueDay(cell)}<TODAY())`), {
      backgroundColor: RED,
      textFormat: { bold: true },
    });
  }
  if (priority !== undefined) {
    for (const [value, color] of [
      ["High", RED],
      ["Medium", YELLOW],
      ["Low", GREY],
    ] as [string, Color][]) {
      rule(
        column(priority),
        { type: "TEXT_EQ", values: [{ userEnteredValue: value }] },
        { backgroundColor: color },
      );
    }
  }
  const present = new Set((contacts.conditionalFormats ?? []).map(ruleKey));
  const requests: sheets_v4.Schema$Request[] = [];
  rules.forEach((candidate, index) => {
    if (!present.has(ruleKey(candidate)))
      requests.push({ addConditionalFormatRule: { rule: candidate, index } });
  });
  const created = requests.length > 0 ? ["conditional formatting"] : [];
  const hasView = (contacts.filterViews ?? []).some(
    (view) => view.title?.toLowerCase() === DUE_TODAY_VIEW.toLowerCase(),
  );
  if (due !== undefined && !hasView) {
    const cell = `$${columnLetter(due)}2`;
    requests.push({
      addFilterView: {
        filter: {
          title: DUE_TODAY_VIEW,
          range: {
            sheetId,
            startRowIndex: 0,
            endRowIndex: rowCount,
            startColumnIndex: 0,
            endColumnIndex: width,
          },
          sortSpecs: [{ dimensionIndex: due, sortOrder: "ASCENDING" }],
          filterSpecs: [
            {
              columnIndex: due,
              filterCriteria: { condition: formula(`=AND(${cell}<>"",${dueDay(cell)}<=TODAY())`) },
            },
          ],
        },
      },
    });
    created.push(`the filter view ${DUE_TODAY_VIEW}`);
  }
  return { requests, created };
}

/**
 * A rule's first range (where it starts: the grid may have grown since) and its condition.
 * proto3 JSON leaves zero indexes out, so a missing index reads as 0.
 */
function ruleKey(rule: sheets_v4.Schema$ConditionalFormatRule): string {
  const range = rule.ranges?.[0] ?? {};
  const condition = rule.booleanRule?.condition ?? {};
  return JSON.stringify([
    range.sheetId ?? 0,
    range.startRowIndex ?? 0,
    range.startColumnIndex ?? 0,
    condition.type ?? "",
    (condition.values ?? []).map((value) => value.userEnteredValue ?? value.relativeDate ?? ""),
  ]);
}
