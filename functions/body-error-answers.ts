import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { jsonLogger } from "./log.js";
import { NOT_JSON_MESSAGE } from "./run-request.js";

type Done = (error?: unknown) => void;
type Handle = (this: ExpressApp, req: IncomingMessage, res: ServerResponse, callback?: Done) => void;
interface ExpressApp {
  get(setting: "env"): string;
}
type FinalHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  options: { env: string; onerror: (error: unknown) => void },
) => Done;

/** What body-parser's errors carry (they are http-errors): `type` names what failed. */
interface BodyParserError {
  type: string;
  status: number;
  expose: boolean;
  message: string;
}

let installed = false;

/**
 * The Functions Framework parses an application/json body before Tend runs, and answers one that
 * is not JSON with Express's HTML error page, whose stack trace shows the server's paths. It
 * offers no hook for that (v5's getServer adds no error handler), so this wraps Express's
 * `app.handle`, which every app copies from `express.application` when the framework creates it
 * (after Tend's module is loaded, in Cloud Functions and in getTestServer alike): a body the
 * parsers refuse gets Tend's JSON answer; every other error goes on to Express's own handler.
 */
export function answerBodyErrorsAsJson(): void {
  if (installed) return;
  installed = true;
  // The express and finalhandler the framework itself loads, wherever npm placed them.
  const fromFramework = createRequire(
    createRequire(import.meta.url).resolve("@google-cloud/functions-framework"),
  );
  const expressPath = fromFramework.resolve("express");
  const application = (fromFramework(expressPath) as { application: { handle: Handle } }).application;
  const finalhandler = createRequire(expressPath)("finalhandler") as FinalHandler;
  const handle = application.handle;
  application.handle = function (req, res, callback) {
    // A mounted app passes its parent's `next`: only the outermost app answers.
    if (callback !== undefined) return handle.call(this, req, res, callback);
    const env = this.get("env");
    const fallback = finalhandler(req, res, {
      env,
      onerror: (error) => {
        if (env !== "test") console.error(error);
      },
    });
    return handle.call(this, req, res, (error?: unknown) => {
      if (isBodyParserError(error) && !res.headersSent) answerJson(res, error);
      else fallback(error);
    });
  };
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | undefined;
  return (
    typeof candidate?.type === "string" &&
    typeof candidate.status === "number" &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    candidate.expose === true
  );
}

function answerJson(res: ServerResponse, error: BodyParserError): void {
  const message =
    error.type === "entity.parse.failed" ? NOT_JSON_MESSAGE : `The body could not be read: ${error.message}`;
  jsonLogger()("WARNING", `Tend refused a request: ${message}`, { status: error.status });
  const body = JSON.stringify({ error: message });
  res.statusCode = error.status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}
