import { APIResponseError, type Client, type CreatePageParameters } from "@notionhq/client";
import { isTendError, TendError } from "../../errors/tend-error.js";
import { notionFailure } from "./notion-failure.js";
import { causeCode, isNetworkFailure } from "./paced-fetch.js";
import { DEFAULT_WRITE_CONCURRENCY } from "./write-pages.js";

export interface PageCreate {
  /** The new contact's name, for messages. */
  name: string;
  properties: Record<string, unknown>;
}

export interface CreateOptions {
  concurrency?: number | undefined;
  /** Pages created so far. */
  onCreated?: (done: number) => void;
  /** Called before each create (the run lease renews itself there); an error stops the creates. */
  beforeEach?: () => Promise<void>;
  /** For messages: the database's name. */
  where: string;
}

/**
 * One pages.create per new contact, in the data source, paced like every call (3 in flight,
 * 3 a second). A failure stops the creates after those in flight and says how far they got;
 * the pages created stay, and the next import, comparing by LinkedIn URL, adds only the rest.
 * A create that got no clear answer is not retried (paced-fetch.ts): it may have been done.
 */
export async function createPages(
  client: Client,
  dataSourceId: string,
  creates: readonly PageCreate[],
  options: CreateOptions,
): Promise<void> {
  let next = 0;
  let done = 0;
  let failure: { error: unknown; create: PageCreate; sent: boolean } | undefined;
  const worker = async () => {
    while (failure === undefined && next < creates.length) {
      const create = creates[next++] as PageCreate;
      let sent = false;
      try {
        await options.beforeEach?.();
        if (failure !== undefined) return;
        sent = true;
        await client.pages.create({
          parent: { type: "data_source_id", data_source_id: dataSourceId },
          properties: create.properties,
        } as CreatePageParameters);
      } catch (error) {
        failure ??= { error, create, sent };
        return;
      }
      done++;
      options.onCreated?.(done);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_WRITE_CONCURRENCY, creates.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure === undefined) return;
  const { error, create, sent } = failure;
  const sofar = `Tend added ${done} of the ${creates.length} new contacts before it stopped`;
  if (isTendError(error, "busy")) throw new TendError("busy", `${error.message}. ${sofar}`, { cause: error });
  const reason = notionFailure(error, `adding the contact "${create.name}"`, options.where);
  const unsure =
    sent && mayHaveBeenDone(error)
      ? ` (Notion may have added "${create.name}" without saying so; the next import sees it if so)`
      : "";
  throw new TendError(
    isTendError(reason) ? reason.kind : "upstream",
    `${reason.message}. ${sofar}${unsure}; import again and it adds only the contacts still missing`,
    { cause: error },
  );
}

/** An answer refusing the request (4xx) or a connection never made: certainly nothing created. */
function mayHaveBeenDone(error: unknown): boolean {
  if (APIResponseError.isAPIResponseError(error)) return error.status >= 500;
  if (isNetworkFailure(error)) return causeCode(error) !== "ECONNREFUSED";
  return true;
}
