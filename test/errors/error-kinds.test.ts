import { describe, expect, it } from "vitest";
import { describeError, EXIT, UsageError } from "../../functions/cli/cli-errors.js";
import { httpStatusOf } from "../../functions/http-status.js";
import { BadRequestError } from "../../functions/run-request.js";
import { ERROR_KINDS, type ErrorKind, isTendError, TendError } from "../../shared/errors/tend-error.js";

/** What each entry point answers per kind; `argument` is a bad `--source`/`--today` (or request field). */
const ANSWERS: Record<ErrorKind, { exit: number; exitArgument: number; http: number; httpArgument: number }> =
  {
    "not-found": { exit: 1, exitArgument: 1, http: 500, httpArgument: 500 },
    "no-access": { exit: 1, exitArgument: 1, http: 500, httpArgument: 500 },
    unreadable: { exit: 1, exitArgument: 2, http: 500, httpArgument: 400 },
    busy: { exit: 1, exitArgument: 1, http: 409, httpArgument: 409 },
    changed: { exit: 1, exitArgument: 1, http: 500, httpArgument: 500 },
    overlap: { exit: 1, exitArgument: 1, http: 409, httpArgument: 409 },
    "invalid-setup": { exit: 1, exitArgument: 2, http: 500, httpArgument: 400 },
    upstream: { exit: 1, exitArgument: 1, http: 500, httpArgument: 500 },
  };

const rows = ERROR_KINDS.map((kind) => ({ kind, ...ANSWERS[kind] }));

describe(describeError, () => {
  it.each(rows)(
    "exits $exit for $kind, $exitArgument when an argument is at fault",
    ({ kind, exit, exitArgument }) => {
      expect(describeError(new TendError(kind, "Do this"))).toEqual({
        message: "Do this",
        exitCode: exit,
        expected: true,
      });
      expect(describeError(new TendError(kind, "Do that", { argument: "source" })).exitCode).toBe(
        exitArgument,
      );
    },
  );

  it("exits 2 for bad usage and 1, with a hint to use --debug, for a bug", () => {
    expect(describeError(new UsageError("no such option")).exitCode).toBe(EXIT.usage);
    expect(describeError(new TypeError("x is undefined"))).toEqual({
      message: "The run failed: x is undefined. Run again with --debug for details.",
      exitCode: EXIT.failed,
      expected: false,
    });
  });
});

describe(httpStatusOf, () => {
  it.each(rows)(
    "answers $http for $kind, $httpArgument when a request field is at fault",
    ({ kind, http, httpArgument }) => {
      expect(httpStatusOf(new TendError(kind, "Do this"))).toBe(http);
      expect(httpStatusOf(new TendError(kind, "Do that", { argument: "today" }))).toBe(httpArgument);
    },
  );

  it("answers 400 for a request it cannot take and 500 for a bug", () => {
    expect(httpStatusOf(new BadRequestError("not JSON"))).toBe(400);
    expect(httpStatusOf(new TypeError("x is undefined"))).toBe(500);
  });
});

describe(isTendError, () => {
  it("tells a TendError, of any kind or of one kind, from other errors", () => {
    const busy = new TendError("busy", "Another run", { cause: new Error("EEXIST") });
    expect(isTendError(busy)).toBe(true);
    expect(isTendError(busy, "busy")).toBe(true);
    expect(isTendError(busy, "overlap")).toBe(false);
    expect(isTendError(new Error("Another run"))).toBe(false);
    expect(busy.cause).toEqual(new Error("EEXIST"));
  });
});
