import { IANAZone } from "luxon";
import * as z from "zod";
import { TendError } from "../errors/tend-error.js";

/**
 * The settings of RULES.md §7: the rows of the Settings tab (or settings file), by name.
 * A missing or blank row means the default; an invalid value stops the run before anything
 * is written, with a message that names the setting, the value and what is accepted.
 */
const list = z.string().transform((text) =>
  text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== ""),
);
const wholeNumber = (minimum: number) =>
  z
    .string()
    .regex(/^\d+$/, `a whole number, ${minimum} or more`)
    .transform(Number)
    .refine((value) => value >= minimum, `a whole number, ${minimum} or more`);
const yesNo = z
  .string()
  .transform((text) => text.trim().toLowerCase())
  .refine((text) => ["yes", "no", "y", "n", "true", "false"].includes(text), "Yes or No")
  .transform((text) => ["yes", "y", "true"].includes(text));

export const SETTINGS = {
  "My name": { key: "myName", schema: z.string(), default: "" },
  "My interests": { key: "myInterests", schema: list, default: "" },
  "Target companies": { key: "targetCompanies", schema: list, default: "" },
  "Job search": { key: "jobSearch", schema: yesNo, default: "No" },
  "Weekly invite budget": { key: "weeklyInviteBudget", schema: wholeNumber(0), default: "20" },
  "Check-ins at a time": { key: "checkInsAtATime", schema: wholeNumber(0), default: "10" },
  "Interview asks at a time": { key: "interviewAsksAtATime", schema: wholeNumber(0), default: "3" },
  "Note limit": { key: "noteLimit", schema: wholeNumber(1), default: "200" },
  "Follow up after days": { key: "followUpAfterDays", schema: wholeNumber(1), default: "21" },
  "Give up after days": { key: "giveUpAfterDays", schema: wholeNumber(1), default: "21" },
  "Keep in touch days": { key: "keepInTouchDays", schema: wholeNumber(1), default: "90" },
  "Follow before connect days": { key: "followBeforeConnectDays", schema: wholeNumber(0), default: "30" },
  "Min mutual connections": { key: "minMutualConnections", schema: wholeNumber(0), default: "3" },
  "Time zone": {
    key: "timeZone",
    schema: z
      .string()
      // UTC, the default, needs no look-up: asking Intl about a zone first costs some 30 ms.
      .refine(
        (zone) => /^utc$/i.test(zone) || IANAZone.isValidZone(zone),
        "an IANA time zone such as Europe/Berlin",
      ),
    default: "UTC",
  },
  "Date order": {
    key: "dateOrder",
    schema: z
      .string()
      .transform((text) => text.trim().toUpperCase())
      .pipe(z.enum(["MDY", "DMY"], { error: "MDY or DMY" })),
    default: "MDY",
  },
} as const;

type SettingSpecs = typeof SETTINGS;
export type SettingName = keyof SettingSpecs;
export type Settings = {
  [Name in SettingName as SettingSpecs[Name]["key"]]: z.output<SettingSpecs[Name]["schema"]>;
};

/** Settings or templates the run cannot use, every one listed so the user fixes them in one go. */
export function invalidSettings(problems: readonly string[]): TendError {
  return new TendError("invalid-setup", problems.join("\n"), { problems, code: "INVALID_SETTINGS" });
}

export interface SettingsResult {
  settings: Settings;
  /** Rows that were not understood (for example a misspelt setting name): reported, not fatal. */
  warnings: string[];
}

/**
 * @param rows the Setting/Value pairs as typed, in order.
 * @param defaults store-specific defaults, e.g. a Google Sheet's own time zone.
 */
export function parseSettings(
  rows: readonly { setting: string; value: string; where?: string }[],
  defaults: Partial<Record<SettingName, string>> = {},
): SettingsResult {
  const byKey = new Map(Object.keys(SETTINGS).map((name) => [settingKey(name), name as SettingName]));
  const typed = new Map<SettingName, { value: string; where: string }>();
  const warnings: string[] = [];
  for (const row of rows) {
    if (row.setting.trim() === "") continue;
    const name = byKey.get(settingKey(row.setting));
    const where = row.where ?? `Setting "${row.setting.trim()}"`;
    if (name === undefined) {
      warnings.push(`${where}: "${row.setting.trim()}" is not a setting Tend knows; it was ignored`);
      continue;
    }
    typed.set(name, { value: row.value, where });
  }
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(SETTINGS) as [SettingName, SettingSpecs[SettingName]][]) {
    const given = typed.get(name);
    const value = given && given.value.trim() !== "" ? given.value.trim() : (defaults[name] ?? spec.default);
    const result = spec.schema.safeParse(value);
    if (result.success) settings[spec.key] = result.data;
    else
      problems.push(
        `Setting "${name}" is "${value}": use ${result.error.issues[0]?.message ?? "a valid value"}`,
      );
  }
  if (problems.length > 0) throw invalidSettings(problems);
  return { settings: settings as Settings, warnings };
}

export function defaultSettings(): Settings {
  return parseSettings([]).settings;
}

function settingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}
