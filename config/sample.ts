import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Day } from "../shared/contacts/days.js";

/**
 * The sample contacts used by `npm start`: fictional people whose dates are written relative
 * to the day the sample is created (`today-5`, `today+14`), so the first run always shows every action.
 */
// The CSVs stay in config/; compiled, this module runs from dist/config/, and bundled into the
// command (bin/bundle.mjs) from dist/cli/: both two folders further down.
const HERE = new URL("./", import.meta.url);
const COMPILED = /\/dist\/(config|cli)\/$/.test(HERE.pathname);
const CONFIG = COMPILED ? new URL("../../config/", HERE) : HERE;
const SAMPLE_CONTACTS = new URL("sample-contacts.csv", CONFIG);
const SAMPLE_SETTINGS = new URL("sample-settings.csv", CONFIG);

export interface SampleTable {
  header: string[];
  rows: (string | Date)[][];
  settings: [string, string][];
  /** Why the sample sets a setting away from its default, shown beside it in the Settings tab. */
  settingNotes: [string, string][];
}

export async function loadSample(today: Day): Promise<SampleTable> {
  const [contacts, settings] = await Promise.all([readCsv(SAMPLE_CONTACTS), readCsv(SAMPLE_SETTINGS)]);
  const [header = [], ...rows] = contacts;
  return {
    header,
    rows: rows.map((row) => row.map((cell) => relativeDate(cell, today) ?? cell)),
    settings: settings.slice(1).map(([setting = "", value = ""]) => [setting, value]),
    settingNotes: settings
      .slice(1)
      .filter(([, , note = ""]) => note !== "")
      .map(([setting = "", , note = ""]) => [setting, note]),
  };
}

async function readCsv(url: URL): Promise<string[][]> {
  return parse(await readFile(url, "utf8"), { relax_column_count: true }) as string[][];
}

function relativeDate(cell: string, today: Day): Date | undefined {
  const match = /^today([-+])(\d+)$/.exec(cell.trim());
  if (!match) return undefined;
  const days = Number(match[2]) * (match[1] === "+" ? 1 : -1);
  return new Date((today + days) * 86_400_000);
}
