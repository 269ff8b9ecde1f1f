import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { findTabName, TABS } from "../../layout/tab-names.js";
import type { SettingRow, TemplateRow } from "../../run/ports.js";
import { findHeaderRow } from "./find-table.js";
import type { GridDocument, GridSnapshot, GridTab, TabRequest } from "./grid-document.js";
import { matchedTable } from "./matched-table.js";
import { settingsAndTemplatesOf } from "./settings-tabs.js";
import { assertTendsColumns, assertTendsTab } from "./tend-names.js";

export interface ContactsTab {
  snapshot: GridSnapshot;
  contacts: GridTab;
  headerRow: number;
  runLog: CellValue[][];
  settingRows: SettingRow[];
  templateRows: TemplateRow[];
}

/**
 * Reads the document and finds the contacts: the tab named Contacts (any case), else the first
 * tab whose header row holds Tend's columns, else the first tab; the header is the first row
 * holding Name or LinkedIn URL and another known column. Tend's own columns and tabs that hold
 * what Tend never writes stop the run here, before anything is written.
 */
export async function readContactsTab(document: GridDocument): Promise<ContactsTab> {
  const snapshot = await document.read((names) => {
    const contacts = findTabName(names, TABS.contacts);
    const own = [TABS.runLog, TODAY_TAB].flatMap((name) => {
      const found = findTabName(names, name);
      return found === undefined ? [] : [{ name: found, firstColumnOnly: true }];
    });
    // Without a Contacts tab every tab is looked at, to find the one that holds the table.
    const whole = contacts === undefined ? [...names] : [contacts, TABS.settings, TABS.templates];
    const requests: TabRequest[] = whole.flatMap((name) => {
      const found = findTabName(names, name);
      return found === undefined || own.some((tab) => tab.name === found) ? [] : [{ name: found }];
    });
    return [...requests, ...own];
  });
  const tabOf = (name: string) => snapshot.tabs.find((tab) => tab.name === findTabName(snapshot.names, name));
  const candidates = snapshot.tabs.filter(
    (tab) =>
      ![TABS.settings, TABS.templates, TABS.runLog, TODAY_TAB].some((name) => findTabName([tab.name], name)),
  );
  const contacts =
    tabOf(TABS.contacts) ??
    candidates.find((tab) => findHeaderRow(tab.rows) !== undefined) ??
    snapshot.tabs.find((tab) => tab.name === snapshot.names[0]);
  if (contacts === undefined) {
    throw new TendError(
      "unreadable",
      `${document.description} has no tab: add a Contacts tab with a header row`,
    );
  }
  const headerRow = findHeaderRow(contacts.rows) ?? 0;
  assertTendsColumns(matchedTable(contacts.rows[headerRow] ?? []), contacts.rows, headerRow);
  const runLogTab = tabOf(TABS.runLog);
  if (runLogTab !== undefined) assertTendsTab(runLogTab.name, runLogTab.rows, "runLog");
  const todayTab = tabOf(TODAY_TAB);
  if (todayTab !== undefined) assertTendsTab(todayTab.name, todayTab.rows, "today");
  return {
    snapshot,
    contacts,
    headerRow,
    runLog: runLogTab?.rows ?? [],
    ...settingsAndTemplatesOf(tabOf(TABS.settings), tabOf(TABS.templates)),
  };
}
