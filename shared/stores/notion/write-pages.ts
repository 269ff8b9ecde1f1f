import { APIErrorCode, APIResponseError, type Client, type UpdatePageParameters } from "@notionhq/client";
import { isTendError, TendError } from "../../errors/tend-error.js";
import type { ProgressListener } from "../../run/progress.js";
import { notionFailure } from "./notion-failure.js";

export interface PageWrite {
  pageId: string;
  /** For messages: the page's name and its row number. */
  name: string;
  row: number;
  properties: Record<string, unknown>;
}

/** Requests in flight at once: enough to keep the rate limiter's pace despite each call's latency. */
export const DEFAULT_WRITE_CONCURRENCY = 3;

/**
 * One pages.update per changed page. A page deleted or trashed since it was read is skipped and
 * reported, not an error. Any other failure stops the writes (after those in flight) and says how
 * far they got: the pages written stay written, and the next run's diff writes only the rest.
 */
export async function writePages(
  client: Client,
  writes: readonly PageWrite[],
  options: {
    concurrency?: number;
    onProgress?: ProgressListener;
    /** Called before each write (the run lease renews itself there); an error stops the writes. */
    beforeEach?: () => Promise<void>;
  } = {},
): Promise<{ row: number; reason: string }[]> {
  const skipped: { row: number; reason: string }[] = [];
  let next = 0;
  let done = 0;
  let failure: { error: unknown; write: PageWrite } | undefined;
  const worker = async () => {
    while (failure === undefined && next < writes.length) {
      const write = writes[next++] as PageWrite;
      try {
        await options.beforeEach?.();
      } catch (error) {
        failure ??= { error, write };
        return;
      }
      if (failure !== undefined) return;
      try {
        await client.pages.update({
          page_id: write.pageId,
          properties: write.properties,
        } as UpdatePageParameters);
      } catch (error) {
        if (!isGone(error)) {
          failure ??= { error, write };
          return;
        }
        skipped.push({
          row: write.row,
          reason: `the page "${write.name}" was deleted or moved to the trash during the run`,
        });
      }
      done++;
      options.onProgress?.({ phase: "write", done, total: writes.length });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_WRITE_CONCURRENCY, writes.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure !== undefined) {
    if (isTendError(failure.error, "busy")) {
      throw new TendError(
        "busy",
        `${failure.error.message}. Tend wrote ${done} of the ${writes.length} changed pages before it stopped`,
        { cause: failure.error },
      );
    }
    const reason = notionFailure(
      failure.error,
      `writing the page "${failure.write.name}"`,
      `page "${failure.write.name}"`,
    );
    throw new TendError(
      isTendError(reason) ? reason.kind : "upstream",
      `${reason.message}. Tend wrote ${done} of the ${writes.length} changed pages before it stopped; run it again and it writes only what is still missing`,
      { cause: failure.error },
    );
  }
  return skipped.sort((a, b) => a.row - b.row);
}

function isGone(error: unknown): boolean {
  if (!APIResponseError.isAPIResponseError(error)) return false;
  if (error.code === APIErrorCode.ObjectNotFound) return true;
  // Notion's answer for a page in the trash: "Can't edit block that is archived...".
  return error.code === APIErrorCode.ValidationError && /archived|in the trash/i.test(error.message);
}
