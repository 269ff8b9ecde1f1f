import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { FakeSpreadsheet } from "./fake-spreadsheet.js";

const SCRIPT_DIR = join(import.meta.dirname, "../../apps-script");
const SCRIPT_FILES = ["tend-menu.js", "stamp-dates.js"];

export interface FetchCall {
  url: string;
  params: {
    method?: string;
    headers?: Record<string, string>;
    payload?: string;
    muteHttpExceptions?: boolean;
  };
}

export interface Harness {
  spreadsheet: FakeSpreadsheet;
  properties: Record<string, string>;
  menus: { name: string; items: [caption: string, functionName: string][]; shown: boolean }[];
  alerts: string[];
  dialogs: { title: string; html: string }[];
  fetches: FetchCall[];
  /** What the next fetch answers, or throws. */
  answer: { status: number; body: string } | Error;
  token: string;
  /** Calls a global function of the script by name, as a trigger or a menu item does. */
  call(name: string, ...args: unknown[]): unknown;
  /** Whether the script defines a global function of that name. */
  defines(name: string): boolean;
}

/**
 * The script files run in a fresh V8 context whose globals stand in for Apps Script's services,
 * with just the calls the script makes; `now` is the instant `new Date()` gives.
 */
export function loadAppsScript(options: { now?: string; timeZone?: string } = {}): Harness {
  const now = new Date(options.now ?? "2026-11-25T09:00:00Z");
  const harness: Harness = {
    spreadsheet: new FakeSpreadsheet(options.timeZone),
    properties: {},
    menus: [],
    alerts: [],
    dialogs: [],
    fetches: [],
    answer: { status: 200, body: "{}" },
    token: "ya29.user-token",
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`The script has no global function ${name}`);
      return fn(...args);
    },
    defines: (name) => typeof (context as Record<string, unknown>)[name] === "function",
  };
  const ui = {
    ButtonSet: { OK: "OK" },
    createMenu(name: string) {
      const menu = { name, items: [] as [string, string][], shown: false };
      harness.menus.push(menu);
      const builder = {
        addItem(caption: string, functionName: string) {
          menu.items.push([caption, functionName]);
          return builder;
        },
        addToUi() {
          menu.shown = true;
        },
      };
      return builder;
    },
    alert: (_title: string, prompt: string) => void harness.alerts.push(prompt),
    showModalDialog: (output: { html: string }, title: string) =>
      void harness.dialogs.push({ title, html: output.html }),
  };
  const FixedDate = class extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now.getTime());
      else super(...(args as [string]));
    }
  };
  const context = createContext({
    Date: FixedDate,
    SpreadsheetApp: { getUi: () => ui, getActiveSpreadsheet: () => harness.spreadsheet },
    PropertiesService: {
      getScriptProperties: () => ({ getProperty: (key: string) => harness.properties[key] ?? null }),
    },
    ScriptApp: { getOAuthToken: () => harness.token },
    UrlFetchApp: {
      fetch(url: string, params: FetchCall["params"]) {
        harness.fetches.push({ url, params });
        const answer = harness.answer;
        if (answer instanceof Error) throw answer;
        return { getResponseCode: () => answer.status, getContentText: () => answer.body };
      },
    },
    HtmlService: {
      createHtmlOutput(html: string) {
        const output = { html, setWidth: () => output, setHeight: () => output };
        return output;
      },
    },
    Utilities: {
      formatDate(date: Date, timeZone: string, pattern: string) {
        if (pattern !== "yyyy-MM-dd") throw new Error(`The fake formats yyyy-MM-dd only, not ${pattern}`);
        return new Intl.DateTimeFormat("en-CA", { timeZone }).format(date);
      },
    },
  });
  for (const file of SCRIPT_FILES) {
    runInContext(readFileSync(join(SCRIPT_DIR, file), "utf8"), context, { filename: file });
  }
  return harness;
}

/** A date as the serial number Sheets stores for it (days from 1899-12-30). */
export function serialOf(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000 + 25_569;
}
