import { type CloudEvent, cloudEvent, http } from "@google-cloud/functions-framework";
import { answerBodyErrorsAsJson } from "./body-error-answers.js";
import { type Env, type FunctionConfig, loadConfig } from "./config.js";
import { handleRun } from "./daily-run-handler.js";
import { httpStatusOf } from "./http-status.js";
import { jsonLogger, type LogLine } from "./log.js";
import { parseRunRequest } from "./run-request.js";
import { ForbiddenSourceError } from "./source-guard.js";

/**
 * The Cloud Functions: `dailyRun` (HTTP, called by Cloud Scheduler with an OIDC token) and
 * `dailyRunEvent` (Pub/Sub). Both run the same job as `tend run`. This module imports no
 * store adapter: each is loaded on first use, so a cold start stays fast.
 */
/** A run request is a few fields; anything bigger is a mistake or an attack. */
const MAX_BODY_BYTES = 64 * 1024;

answerBodyErrorsAsJson();

let configured: { config: FunctionConfig; log: LogLine } | undefined;
/** The variables the functions read: the process's own, unless a test hands in others. */
let environment: Env | undefined;

function setup(): { config: FunctionConfig; log: LogLine } {
  if (configured === undefined) {
    const config = loadConfig(environment);
    configured = { config, log: jsonLogger(config.logLevel) };
  }
  return configured;
}

/** For tests: forget the configuration, and read it next time from `env` (the process's without it). */
export function resetConfiguration(env?: Env): void {
  configured = undefined;
  environment = env;
}

http("dailyRun", async (req, res) => {
  if (req.method !== "POST") {
    res
      .status(405)
      .set("Allow", "POST")
      .json({ error: `Use POST to run Tend (got ${req.method})` });
    return;
  }
  let context: { config: FunctionConfig; log: LogLine };
  try {
    context = setup();
  } catch (error) {
    jsonLogger()("ERROR", (error as Error).message);
    res.status(500).json({ error: (error as Error).message });
    return;
  }
  const rawBody = (req as { rawBody?: Buffer }).rawBody;
  if (rawBody !== undefined && rawBody.length > MAX_BODY_BYTES) {
    res.status(413).json({
      error: `The body is too large (${rawBody.length} bytes): Tend takes at most ${MAX_BODY_BYTES} bytes`,
    });
    return;
  }
  try {
    const request = parseRunRequest(req.body, rawBody);
    const summary = await handleRun(request, context.config, context.log);
    res.status(200).json(summary);
  } catch (error) {
    res.status(httpStatusOf(error)).json({ error: error instanceof Error ? error.message : String(error) });
  }
});

interface PubSubData {
  message?: { data?: string };
}

cloudEvent("dailyRunEvent", async (event: CloudEvent<PubSubData>) => {
  const { config, log } = setup();
  const encoded = event.data?.message?.data;
  const text = encoded === undefined ? "" : Buffer.from(encoded, "base64").toString("utf8");
  let request: ReturnType<typeof parseRunRequest>;
  try {
    request = parseRunRequest(undefined, Buffer.from(text));
  } catch (error) {
    // A malformed message is not retried: retrying cannot fix it.
    log("ERROR", (error as Error).message);
    return;
  }
  try {
    await handleRun(request, config, log);
  } catch (error) {
    // Nor is a message aimed at another table (handleRun logged it): it would be refused again.
    if (error instanceof ForbiddenSourceError) return;
    throw error;
  }
});
