import * as z from "zod";

/** The body of a POST to `dailyRun`, and the data of a Pub/Sub message to `dailyRunEvent`. */
export const RunRequest = z
  .object({
    source: z.string().trim().min(1).max(2000).optional(),
    dryRun: z.boolean().optional(),
    today: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
      .optional(),
  })
  .strict();
export type RunRequest = z.infer<typeof RunRequest>;

export const NOT_JSON_MESSAGE = 'The body is not valid JSON: send an object such as {"dryRun": true}';

export class BadRequestError extends Error {
  readonly code = "BAD_REQUEST";
}

/** Scheduler sends octet-stream unless told otherwise: the raw bytes are read as JSON too. */
export function parseRunRequest(body: unknown, rawBody: Buffer | undefined): RunRequest {
  let value = body;
  if (
    rawBody !== undefined &&
    (value === undefined || Buffer.isBuffer(value) || typeof value === "string" || isEmptyObject(value))
  ) {
    const text = rawBody.toString("utf8").trim();
    if (text === "") value = {};
    else {
      try {
        value = JSON.parse(text);
      } catch {
        throw new BadRequestError(NOT_JSON_MESSAGE);
      }
    }
  }
  const result = RunRequest.safeParse(value ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")} (accepted: source, dryRun, today)`
        : `${issue.path.join(".") || "body"}: ${issue.message}`,
    );
    throw new BadRequestError(`Bad request: ${problems.join("; ")}`);
  }
  return result.data;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}
