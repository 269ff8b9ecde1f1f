import type { ParsedRow } from "../contacts/contact.js";
import { type Day, isoDay } from "../contacts/days.js";
import { parseRow } from "../contacts/parse-row.js";
import { isTendError, unhandledKind } from "../errors/tend-error.js";
import type { NetworkHealth } from "../layout/health-lines.js";
import type { RunLogEntry } from "../layout/run-log.js";
import type { TodayItem } from "../layout/today-item.js";
import { recordTable } from "../rules/record-table.js";
import { parseSettings } from "../rules/settings.js";
import type { Action } from "../vocabulary/actions.js";
import { cellsChanged, describeChanges } from "./describe-changes.js";
import { type DoneSummary, doneSummary } from "./done-summary.js";
import { inputWrites } from "./input-writes.js";
import { networkHealth } from "./network-health.js";
import { planUpdates } from "./plan-updates.js";
import type { ContactStore, LoadedTable, RowUpdate, SettingRow, TemplateRow } from "./ports.js";
import { recordFailure } from "./record-failure.js";
import { suggestTable } from "./suggest-table.js";
import { templatesFromRows } from "./templates-from-rows.js";
import { todayIn } from "./today.js";
import { todayList } from "./today-list.js";

export interface RunOptions {
  store: ContactStore;
  /** Evaluate as of this day instead of today in the `Time zone` setting. */
  today?: Day;
  dryRun?: boolean;
  /** Rows from a settings file: they override the store's own Settings and Templates. */
  extraSettingRows?: readonly SettingRow[];
  extraTemplateRows?: readonly TemplateRow[];
  now?: () => Date;
}

export interface RunSummary {
  source: string;
  today: string;
  dryRun: boolean;
  contactsRead: number;
  rowsChanged: number;
  cellsChanged: number;
  counts: Partial<Record<Action, number>>;
  /** The Done marks this run recorded (RULES.md §0). */
  done: DoneSummary;
  /** Actions due today or earlier, highest priority first (at most 25), and how many more wait. */
  todayList: { items: TodayItem[]; more: number };
  health: NetworkHealth;
  /** Rows to fix or merge, in sheet order. */
  problems: { row: number; name: string; action: Action; why: string }[];
  /** About the setup rather than a row: an unknown setting, a column found twice. */
  warnings: string[];
  /** What would change (dry run) or changed, one entry per row. */
  changes: { row: number; name: string; before: string; after: string }[];
  durationSeconds: number;
}

/** The daily job: load, evaluate, diff, write only what changed, log the run. */
export async function runDaily(options: RunOptions): Promise<RunSummary> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const startedMs = performance.now();
  const { store } = options;
  // The Time zone setting, once read: a failure after that is still shown in the user's time.
  const seen: { timeZone?: string } = {};
  // Planning is its own function so the parsed rows are garbage by the time the store writes:
  // a 30,000-row workbook needs that memory for saving.
  try {
    try {
      return await planAndSave(await store.load(), options, started, startedMs, seen);
    } catch (error) {
      // The table changed between reading and writing (the user sorted, typed, saved): nothing
      // was written, so read it again and plan on what it holds now. Once; a second change stops.
      if (afterFailure(error) !== "plan-again") throw error;
      return await planAndSave(await store.load(), options, started, startedMs, seen);
    }
  } catch (error) {
    // A second change is recorded like any failure.
    if (!options.dryRun && afterFailure(error) !== "record-nothing")
      await recordFailure(
        store,
        { started, seconds: roundSeconds(performance.now() - startedMs), ...seen },
        error,
      );
    throw error;
  }
}

async function planAndSave(
  table: LoadedTable,
  options: RunOptions,
  started: Date,
  startedMs: number,
  seen: { timeZone?: string },
): Promise<RunSummary> {
  const { store } = options;
  const { updates, summary } = planRun(table, options, started, seen);
  if (!summary.dryRun) {
    const log: RunLogEntry = {
      startedAt: started.toISOString(),
      source: store.description,
      contactsRead: summary.contactsRead,
      rowsChanged: updates.length,
      counts: summary.counts,
      problems: summary.problems.length,
      durationSeconds: roundSeconds(performance.now() - startedMs),
      outcome: "ok",
      health: summary.health,
      ...seen,
    };
    const view = { today: summary.today, todayList: summary.todayList, health: summary.health };
    const saved = await store.save(updates, log, view);
    for (const skip of saved?.skipped ?? [])
      summary.warnings.push(`Row ${skip.row} was not written: ${skip.reason}`);
    summary.warnings.push(...(saved?.warnings ?? []));
  }
  summary.durationSeconds = roundSeconds(performance.now() - startedMs);
  return summary;
}

/** What the run does after a failure; a run that stopped because another one did the work has nothing to record. */
function afterFailure(error: unknown): "plan-again" | "record-nothing" | "record-failure" {
  if (!isTendError(error)) return "record-failure";
  switch (error.kind) {
    case "changed":
      return "plan-again";
    case "overlap":
      return "record-nothing";
    case "not-found":
    case "no-access":
    case "unreadable":
    case "busy":
    case "invalid-setup":
    case "upstream":
      return "record-failure";
    default:
      return unhandledKind(error.kind);
  }
}

function planRun(
  table: LoadedTable,
  options: RunOptions,
  started: Date,
  seen: { timeZone?: string },
): { updates: RowUpdate[]; summary: RunSummary } {
  const { store } = options;
  const { settings, warnings } = parseSettings(
    [...table.settingRows, ...(options.extraSettingRows ?? [])],
    table.settingDefaults,
  );
  seen.timeZone = settings.timeZone;
  const templates = templatesFromRows([...table.templateRows, ...(options.extraTemplateRows ?? [])]);
  const today = options.today ?? todayIn(settings.timeZone, started);

  const parseOptions = { dateOrder: settings.dateOrder, today };
  const read = table.rows.map((row) => parseRow(row.raw, parseOptions));
  // Done marks and filled dates first: everything after works on the updated rows.
  const recorded = recordTable(
    read,
    table.rows.map((row) => row.output.suggestedAction),
    today,
  );
  const parsed = recorded.rows;
  const sheet = table.rows.map((row) => row.output);
  const suggestions = suggestTable(parsed, settings, today, templates, sheet, recorded.duplicateOf);
  const inputs = recorded.changes.map((changes, index) => {
    const row = table.rows[index];
    return row === undefined ? undefined : inputWrites(changes, row.raw);
  });
  const updates = planUpdates(table.rows, suggestions, inputs, parsed);

  const counts: Partial<Record<Action, number>> = {};
  const problems: RunSummary["problems"] = [];
  const todayIso = isoDay(today);
  let contactsRead = 0;
  // An index loop without a closure: this runs for every row.
  for (let index = 0; index < parsed.length; index++) {
    const row = parsed[index] as ParsedRow;
    if (row.kind !== "contact") continue;
    contactsRead++;
    const suggestion = suggestions[index];
    if (suggestion === undefined) continue;
    counts[suggestion.action] = (counts[suggestion.action] ?? 0) + 1;
    if (suggestion.action === "Fix row" || suggestion.action === "Merge duplicate") {
      problems.push({
        row: row.contact.rowNumber,
        name: row.contact.name,
        action: suggestion.action,
        why: suggestion.why,
      });
    }
  }

  const summary: RunSummary = {
    source: store.description,
    today: todayIso,
    dryRun: options.dryRun === true,
    contactsRead,
    rowsChanged: updates.length,
    cellsChanged: cellsChanged(updates),
    counts: sortedCounts(counts),
    done: doneSummary(recorded.changes),
    todayList: todayList(parsed, suggestions, todayIso),
    health: networkHealth(parsed, suggestions, settings, today),
    problems,
    warnings: [...table.warnings, ...warnings],
    changes: describeChanges(updates, table.rows, parsed),
    durationSeconds: 0,
  };
  return { updates, summary };
}

function roundSeconds(ms: number): number {
  return Math.round(ms) / 1000;
}

function sortedCounts(counts: Partial<Record<Action, number>>): Partial<Record<Action, number>> {
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0)));
}
