import { readFile } from "node:fs/promises";
import { TendError } from "../../errors/tend-error.js";
import { assertUnchanged } from "./file-fingerprint.js";
import { lockFile } from "./file-lock.js";

/**
 * What a local grid document (a workbook, a CSV file) does with its file around the cells: holds
 * the lock while a run may write, reads the bytes with one sentence when it cannot, keeps them,
 * and refuses to write over an edit made since.
 */
export class LocalFile {
  private readAtLoad: Uint8Array | undefined;
  private unlock: (() => Promise<void>) | undefined;

  /** `readOnly`: nothing will be written, so no lock is taken and a file open in a spreadsheet program can be read. */
  constructor(
    readonly path: string,
    readonly readOnly: boolean,
    /** Added to "does not exist": how to make the file, where Tend can. */
    private readonly createHint = "",
  ) {}

  async read(): Promise<Buffer> {
    if (!this.readOnly) this.unlock ??= await lockFile(this.path);
    const bytes = await readFile(this.path).catch((error: NodeJS.ErrnoException) => {
      throw new TendError(
        error.code === "ENOENT" ? "not-found" : "no-access",
        error.code === "ENOENT"
          ? `${this.path} does not exist: check the path${this.createHint}`
          : `${this.path} cannot be read (${error.code}): check its permissions`,
        { cause: error },
      );
    });
    this.readAtLoad = bytes;
    return bytes;
  }

  /** Stops a write when the file changed since it was read (the run then plans again). */
  async assertUnchanged(): Promise<void> {
    await assertUnchanged(this.path, this.readAtLoad);
  }

  assertWritable(description: string): void {
    if (this.readOnly) throw new Error(`${description} was opened read-only`);
  }

  async release(): Promise<void> {
    await this.unlock?.();
    this.unlock = undefined;
  }
}
