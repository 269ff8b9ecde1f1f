import * as z from "zod";
import { TendError } from "../shared/errors/tend-error.js";
import type { Severity } from "./log.js";
import { parseSourceRef } from "./parse-source.js";

export type Env = Record<string, string | undefined>;

/** What the stores need, from NOTION_*, TEND_NOTION_SUMMARY_PAGE, SHEETS_API_ROOT_URL and TEND_RETRY_ATTEMPTS. */
export interface StoreConfig {
  /** Tries per failing call, in all (default 5). */
  retryAttempts?: number | undefined;
  sheetsRootUrl?: string | undefined;
  /** Checked when a Notion source is opened, not before: a run on a workbook needs no token. */
  notion: { token?: string | undefined; baseUrl?: string | undefined; summaryPage?: string | undefined };
}

/** Every environment variable Tend reads, read once at an entry point (the CLI, the functions). */
export interface TendConfig {
  /** TEND_SOURCE: the functions' table (the CLI takes --source). */
  source?: string | undefined;
  /** TEND_SETTINGS: the functions' settings file. */
  settingsFile?: string | undefined;
  logLevel: Severity;
  /** NO_COLOR set to anything: plain output on a terminal too. */
  noColor: boolean;
  stores: StoreConfig;
}

export type FunctionConfig = TendConfig & {
  source: string;
  /** TEND_ALLOWED_SOURCES: further tables a request may name besides TEND_SOURCE (unset: none). */
  allowedSources?: readonly string[] | undefined;
};

const SOURCE_FORMS = "sheets:<spreadsheet id>, a spreadsheet URL, or notion:<database id>";

const LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"] as const;

/**
 * The command line's reading: a value it cannot use is ignored, as it always was, and the
 * Notion variables are checked with their own messages when a Notion source is opened.
 */
const CliEnv = z.object({
  TEND_SOURCE: z.string().optional(),
  TEND_SETTINGS: z.string().optional(),
  TEND_LOG_LEVEL: z.enum(LOG_LEVELS).catch("INFO"),
  TEND_RETRY_ATTEMPTS: z.coerce.number().int().min(1).optional().catch(undefined),
  SHEETS_API_ROOT_URL: z.string().optional(),
  NOTION_TOKEN: z.string().optional(),
  NOTION_BASE_URL: z.string().optional(),
  TEND_NOTION_SUMMARY_PAGE: z.string().optional(),
  NO_COLOR: z.string().optional(),
});

/** The functions run unattended once deployed: a bad variable stops them, every one listed at once. */
const FunctionEnv = CliEnv.extend({
  TEND_SOURCE: z
    .string({ error: `not set: set it to ${SOURCE_FORMS}` })
    .trim()
    .min(1, `set it to ${SOURCE_FORMS}`),
  TEND_ALLOWED_SOURCES: z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ""),
    )
    .superRefine((entries, context) => {
      for (const entry of entries) {
        try {
          parseSourceRef(entry);
        } catch (error) {
          context.addIssue({ code: "custom", message: (error as Error).message });
        }
      }
    })
    .optional(),
  TEND_SETTINGS: z.string().trim().optional(),
  TEND_LOG_LEVEL: z.enum(LOG_LEVELS).default("INFO"),
  TEND_RETRY_ATTEMPTS: z.coerce.number().int().min(1, "at least 1").max(10, "at most 10").optional(),
  SHEETS_API_ROOT_URL: z.url({ error: "must be a URL such as https://sheets.googleapis.com/" }).optional(),
  NOTION_BASE_URL: z.url({ error: "must be a URL such as https://api.notion.com" }).optional(),
});

/** The Cloud Functions' configuration; throws an invalid-setup TendError listing every bad variable. */
export function loadConfig(env: Env = process.env): FunctionConfig {
  const result = FunctionEnv.safeParse(setVariables(env));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`,
    );
    throw new TendError("invalid-setup", `The function is not configured correctly: ${problems.join("; ")}`);
  }
  return {
    ...toConfig(result.data),
    source: result.data.TEND_SOURCE,
    allowedSources: result.data.TEND_ALLOWED_SOURCES,
  };
}

/** The command line's configuration; it never fails (see CliEnv). */
export function loadCliConfig(env: Env = process.env): TendConfig {
  return toConfig(CliEnv.parse(setVariables(env)));
}

/** An empty variable counts as unset. */
function setVariables(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
}

function toConfig(env: z.infer<typeof CliEnv>): TendConfig {
  return {
    source: env.TEND_SOURCE,
    settingsFile: env.TEND_SETTINGS,
    logLevel: env.TEND_LOG_LEVEL,
    noColor: env.NO_COLOR !== undefined,
    stores: {
      retryAttempts: env.TEND_RETRY_ATTEMPTS,
      sheetsRootUrl: blankIsUnset(env.SHEETS_API_ROOT_URL),
      notion: {
        token: blankIsUnset(env.NOTION_TOKEN),
        baseUrl: blankIsUnset(env.NOTION_BASE_URL),
        summaryPage: blankIsUnset(env.TEND_NOTION_SUMMARY_PAGE),
      },
    },
  };
}

function blankIsUnset(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === "" ? undefined : trimmed;
}
