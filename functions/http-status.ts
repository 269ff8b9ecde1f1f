import { isTendError, unhandledKind } from "../shared/errors/tend-error.js";
import { BadRequestError } from "./run-request.js";
import { ForbiddenSourceError } from "./source-guard.js";

/**
 * 400 for a request Tend cannot take (its source or today), 403 for a table the function was
 * not deployed for, 409 when another run holds the table or did the work (a Scheduler retry
 * while the first run still works: nothing was written, the other run does the work), else 500.
 */
export function httpStatusOf(error: unknown): number {
  if (error instanceof BadRequestError) return 400;
  if (error instanceof ForbiddenSourceError) return 403;
  if (!isTendError(error)) return 500;
  switch (error.kind) {
    case "busy":
    case "overlap":
      return 409;
    case "unreadable":
    case "invalid-setup":
      return error.argument === undefined ? 500 : 400;
    case "not-found":
    case "no-access":
    case "changed":
    case "upstream":
      return 500;
    default:
      return unhandledKind(error.kind);
  }
}
