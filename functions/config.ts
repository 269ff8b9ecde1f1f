import { z } from "zod";
import { TendError } from "../shared/errors/tend-error.js";

/**
 * The functions' configuration, read once from the environment (injectable for tests).
 * Every bad variable is listed at once, so a deploy is fixed in one go.
 */
const ConfigSchema = z.object({
  TEND_SOURCE: z
    .string()
    .trim()
    .min(1, "set it to sheets:<spreadsheet id>, a spreadsheet URL, or notion:<database id>"),
  TEND_SETTINGS: z.string().trim().optional(),
  TEND_LOG_LEVEL: z.enum(["DEBUG", "INFO", "WARNING", "ERROR"]).default("INFO"),
  TEND_RETRY_ATTEMPTS: z.coerce.number().int().min(1, "at least 1").max(10, "at most 10").optional(),
  SHEETS_API_ROOT_URL: z.url({ error: "must be a URL such as https://sheets.googleapis.com/" }).optional(),
  NOTION_BASE_URL: z.url({ error: "must be a URL such as https://api.notion.com" }).optional(),
});

export type FunctionConfig = z.infer<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): FunctionConfig {
  const result = ConfigSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`,
  );
  throw new TendError("invalid-setup", `The function is not configured correctly: ${problems.join("; ")}`);
}
