import type { SettingName } from "../../rules/settings.js";

/** What each setting does, in a line (RULES.md §7), for the Settings tab of a new workbook. */
export const SETTING_DESCRIPTIONS: Record<SettingName, string> = {
  "My name": "Signs your drafts",
  "My interests": "Comma-separated; finds interests you share with a contact",
  "Target companies": "Comma-separated; people there come first",
  "Job search": "Yes turns on Ask for informational interview",
  "Weekly invite budget": "Connection requests per 7 days; the rest wait as Connect later",
  "Check-ins at a time": "Open Check in suggestions at once; the rest wait as Check in later",
  "Interview asks at a time": "Open Ask for informational interview suggestions at once",
  "Note limit": "Characters in a connection note",
  "Follow up after days": "Days a request waits before Follow up",
  "Give up after days": "Days after the follow-up before Withdraw request",
  "Keep in touch days": "Days between check-ins, unless a row says otherwise",
  "Follow before connect days": "Days to follow someone before asking to connect",
  "Min mutual connections": "Mutual connections that make an incoming request worth accepting",
  "Time zone": "IANA name, e.g. Europe/Berlin: when your day starts, and the times on the Today tab",
  "Date order": "How to read 03/11/2026: MDY or DMY",
};

/** Settings offered as a dropdown of their values. */
export const SETTING_CHOICES: Partial<Record<SettingName, readonly string[]>> = {
  "Job search": ["Yes", "No"],
  "Date order": ["MDY", "DMY"],
};
