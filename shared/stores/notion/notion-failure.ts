import { APIErrorCode, APIResponseError, UnknownHTTPResponseError } from "@notionhq/client";
import { TendError } from "../../errors/tend-error.js";
import { causeCode, isNetworkFailure, isTimeout } from "./paced-fetch.js";

/**
 * A failed Notion call as one sentence the user can act on. `doing` says what Tend was doing
 * ("reading the database", "writing page \"Ada\""). Notion's own messages are quoted: they name
 * the property or value at fault. The token is never part of an answer, so never of a message.
 */
export function notionFailure(error: unknown, doing: string, where: string): Error {
  if (error instanceof TendError) return error;
  if (APIResponseError.isAPIResponseError(error)) {
    switch (error.code) {
      case APIErrorCode.Unauthorized:
        return new TendError(
          "no-access",
          "Notion refused the token in NOTION_TOKEN (unauthorized): check that it is the secret of your integration and that the integration still exists",
          { cause: error },
        );
      case APIErrorCode.ObjectNotFound:
        return new TendError(
          "not-found",
          `Notion found no ${where}, or it is not shared with your integration: open the database in Notion, ••• menu > Connections, and add your integration`,
          { cause: error },
        );
      case APIErrorCode.RestrictedResource:
        return new TendError(
          "no-access",
          `Your integration may not do this while ${doing} (restricted_resource): give it the Read content and Update content capabilities in its settings`,
          { cause: error },
        );
      case APIErrorCode.ValidationError:
      case APIErrorCode.InvalidRequest:
        // Notion's message names the property or value it would not take: the database's setup.
        return new TendError("invalid-setup", `Notion refused a request while ${doing}: ${error.message}`, {
          cause: error,
        });
      case APIErrorCode.RateLimited:
        return new TendError(
          "upstream",
          `Notion kept answering "rate limited" while ${doing}, even after waiting as asked: run Tend again later`,
          { cause: error },
        );
      default:
        return serverTrouble(`${error.code}, HTTP ${error.status}`, doing, error);
    }
  }
  if (UnknownHTTPResponseError.isUnknownHTTPResponseError(error))
    return serverTrouble(`HTTP ${error.status}`, doing, error);
  if (isTimeout(error)) return serverTrouble("no answer in time", doing, error);
  if (isNetworkFailure(error)) {
    return new TendError(
      "upstream",
      `Tend could not reach Notion while ${doing} (${causeCode(error) ?? error.message}): check the network connection, or NOTION_BASE_URL if you set it`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

function serverTrouble(what: string, doing: string, cause: unknown): TendError {
  return new TendError(
    "upstream",
    `Notion did not answer properly while ${doing} (${what}), even after several tries: run Tend again later`,
    { cause },
  );
}
