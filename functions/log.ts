/**
 * Structured logs for Cloud Logging: one JSON object per line with `severity` and `message`.
 * Callers pass counts and durations only: never tokens, drafts or contact names at INFO.
 */
export type Severity = "DEBUG" | "INFO" | "WARNING" | "ERROR";
const RANK: Record<Severity, number> = { DEBUG: 0, INFO: 1, WARNING: 2, ERROR: 3 };

export type LogLine = (severity: Severity, message: string, fields?: Record<string, unknown>) => void;

export function jsonLogger(
  minimum: Severity = "INFO",
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): LogLine {
  return (severity, message, fields = {}) => {
    if (RANK[severity] < RANK[minimum]) return;
    write(JSON.stringify({ severity, message, ...fields }));
  };
}
