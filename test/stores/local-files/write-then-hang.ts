/**
 * A Tend write that stops forever at one point, for a test to kill it there:
 * `temporary` (the new content half written to its temporary file), `in-place-before` (a
 * hard-linked file's backup made, nothing written into it yet), `in-place` (half written into it).
 */
import * as nodeFs from "node:fs/promises";
import { writeFileAtomically } from "../../../shared/stores/local/atomic-write.js";
import type { WriteFs } from "../../../shared/stores/local/write-fs.js";

const [path = "", stage = "temporary", content = "Name\nBea\n"] = process.argv.slice(2);
const hang = () => new Promise<never>(() => undefined);
const say = (line: string) => process.stdout.write(`${line}\n`);

const stopping: WriteFs = {
  ...nodeFs,
  open: (async (opened: string, flags?: string, mode?: number) => {
    const handle = await nodeFs.open(opened, flags, mode);
    if (opened !== path || flags !== "r+") return handle;
    if (stage === "in-place-before") {
      say("writing");
      return hang();
    }
    return new Proxy(handle, {
      get(target, key) {
        if (key === "write")
          return async (buffer: Uint8Array, offset: number, length: number, position: number) => {
            await target.write(buffer, offset, Math.ceil(length / 2), position);
            await target.sync();
            say("writing");
            return hang();
          };
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }) as WriteFs["open"],
};

if (stage === "temporary") {
  await writeFileAtomically(path, async (temporary) => {
    await nodeFs.writeFile(temporary, content.slice(0, content.length / 2));
    say("writing");
    await hang();
  });
} else await writeFileAtomically(path, content, stopping);
