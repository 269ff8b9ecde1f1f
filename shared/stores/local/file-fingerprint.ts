import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { TendError } from "../../errors/tend-error.js";

/** What a file held when Tend read it, to notice an edit (or another program's save) before writing. */
export function fingerprint(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Stops a write when the file changed since it was read: writing would undo that edit. The run
 * then re-plans on the new content (see runDaily), so the user's edit and Tend's both land. The
 * bytes read are compared themselves: the document keeps them for the whole run anyway, and a
 * comparison costs far less than hashing them twice.
 */
export async function assertUnchanged(path: string, readAtLoad: Uint8Array | undefined): Promise<void> {
  if (readAtLoad === undefined) return;
  const now = await readFile(path).catch(() => undefined);
  if (now === undefined || !now.equals(readAtLoad)) {
    throw new TendError(
      "changed",
      `${basename(path)} changed while Tend was running; nothing was written. Run again (or close the program editing it)`,
    );
  }
}
