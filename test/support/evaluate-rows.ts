import type { ParsedRow } from "../../shared/contacts/contact.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { parseRow, type RawRow } from "../../shared/contacts/parse-row.js";
import { templateSet } from "../../shared/drafts/render-draft.js";
import { parseTemplate, type Template } from "../../shared/drafts/template.js";
import type { SheetCells } from "../../shared/rules/due-of.js";
import { parseSettings, type SettingName, type Settings } from "../../shared/rules/settings.js";
import { suggestTable } from "../../shared/run/suggest-table.js";
import type { Suggestion } from "../../shared/run/suggestion.js";
import type { Action } from "../../shared/vocabulary/actions.js";
import { aRow, type Cells, TODAY } from "./a-contact.js";

export interface EvaluateOptions {
  /** ISO date; TODAY by default. */
  today?: string;
  /** Settings rows as typed in the Settings tab; missing ones take their defaults. */
  settings?: Partial<Record<SettingName, string>>;
  /** Templates tab rows: action to template text. */
  templates?: Partial<Record<Action, string>>;
  /** Each row's Suggested action and Due as the sheet holds them (the previous run's). */
  sheet?: (SheetCells | undefined)[];
}

export function settingsFrom(values: Partial<Record<SettingName, string>> = {}): Settings {
  return parseSettings(Object.entries(values).map(([setting, value]) => ({ setting, value }))).settings;
}

function dayOf(iso: string): Day {
  const day = dayFromIso(iso);
  if (day === undefined) throw new Error(`not an ISO date: ${iso}`);
  return day;
}

/** Parses rows the way the daily run does (rows numbered in sheet order from 2). */
export function parseRows(rows: readonly RawRow[], options: EvaluateOptions = {}): ParsedRow[] {
  const settings = settingsFrom(options.settings);
  const today = dayOf(options.today ?? TODAY);
  return rows.map((row, index) =>
    parseRow({ ...row, rowNumber: index + 2 }, { dateOrder: settings.dateOrder, today }),
  );
}

/** A small table through the whole engine: one suggestion per row, undefined for blank rows. */
export function evaluateRows(
  rows: readonly RawRow[],
  options: EvaluateOptions = {},
): (Suggestion | undefined)[] {
  const settings = settingsFrom(options.settings);
  const overrides: Partial<Record<Action, Template>> = {};
  for (const [action, source] of Object.entries(options.templates ?? {})) {
    overrides[action as Action] = parseTemplate(source);
  }
  return suggestTable(
    parseRows(rows, options),
    settings,
    dayOf(options.today ?? TODAY),
    templateSet(overrides),
    options.sheet ?? [],
  );
}

/** One row alone in its table (built with `aRow` from the given cells). */
export function evaluateOne(cells: Cells, options: EvaluateOptions = {}): Suggestion {
  const [suggestion] = evaluateRows([aRow(cells)], options);
  if (suggestion === undefined) throw new Error("the row was blank");
  return suggestion;
}

/** Just the actions of a table, in sheet order ("" for a blank row). */
export function actionsOf(rows: readonly RawRow[], options: EvaluateOptions = {}): string[] {
  return evaluateRows(rows, options).map((suggestion) => suggestion?.action ?? "");
}
