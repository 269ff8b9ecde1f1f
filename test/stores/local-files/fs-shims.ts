import type { FileHandle } from "node:fs/promises";
import * as nodeFs from "node:fs/promises";
import type { WriteFs } from "../../../shared/stores/local/write-fs.js";

/** The error the system gives, with its code, as Node raises it. */
export function systemError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} failed (simulated)`), { code, syscall });
}

/**
 * The real file system, except that writes into the files `failing` picks put half their bytes
 * on disk and then fail with `code`, as a disk filling up does; only the first `times` such files.
 */
export function writesFail(
  code: string,
  failing: (path: string, flags: string) => boolean,
  times = Number.POSITIVE_INFINITY,
): WriteFs {
  let left = times;
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await nodeFs.open(path, flags, mode);
      if (left <= 0 || !failing(String(path), String(flags ?? "r"))) return handle;
      left--;
      return halfWrites(handle, code);
    }) as WriteFs["open"],
  };
}

function halfWrites(handle: FileHandle, code: string): FileHandle {
  return new Proxy(handle, {
    get(target, key) {
      if (key === "writeFile")
        return async (data: string | Uint8Array) => {
          const bytes = Buffer.from(data);
          await target.write(bytes, 0, Math.ceil(bytes.length / 2));
          throw systemError(code, "write");
        };
      if (key === "write")
        return async (buffer: Uint8Array, offset: number, length: number, position: number) => {
          await target.write(buffer, offset, Math.ceil(length / 2), position);
          throw systemError(code, "write");
        };
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The real file system, except that renaming onto the paths `failing` picks fails with `code`. */
export function renamesFail(code: string, failing: (to: string) => boolean): WriteFs {
  return {
    ...nodeFs,
    rename: async (from, to) => {
      if (failing(String(to))) throw systemError(code, "rename");
      return nodeFs.rename(from, to);
    },
  };
}

/** The real file system, noting the files opened for creation (the writer's temporary files). */
export function recordingCreations(created: string[]): WriteFs {
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (flags === "wx") created.push(String(path));
      return nodeFs.open(path, flags, mode);
    }) as WriteFs["open"],
  };
}
