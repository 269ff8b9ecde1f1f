import * as nodeFs from "node:fs/promises";

/**
 * The file-system calls the writer and the lock make. Tests pass a shim of the real module to
 * reproduce failures no test can cause on demand (a disk filling up mid-write, a rename refused).
 */
export type WriteFs = Pick<
  typeof nodeFs,
  | "access"
  | "copyFile"
  | "link"
  | "open"
  | "readFile"
  | "readdir"
  | "realpath"
  | "rename"
  | "rm"
  | "stat"
  | "statfs"
  | "writeFile"
>;

export const NODE_FS: WriteFs = nodeFs;

/** The file a path names: through a symbolic link to its target, or the path itself when it does not exist yet. */
export async function resolveTarget(path: string, fs: WriteFs = NODE_FS): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return path;
    throw error;
  }
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
