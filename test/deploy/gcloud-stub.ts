import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { delimiter, join } from "node:path";

export const FUNCTION_URL = "https://europe-west1-proj.cloudfunctions.net/dailyRun";

export interface GcloudStub {
  /** PATH with the stub first, so `gcloud` is the stub, never a real Google Cloud CLI. */
  path: string;
  /** The arguments of every call so far, in order. */
  calls: () => Promise<string[][]>;
}

/**
 * Writes an executable `gcloud` into `dir` that records each call's arguments (one JSON file per
 * call), prints `url` for `functions describe`, and exits 1 for the call starting with `failOn`.
 */
export async function gcloudStub(
  dir: string,
  options: { failOn?: string; url?: string } = {},
): Promise<GcloudStub> {
  const bin = join(dir, "bin");
  const calls = join(dir, "calls");
  await mkdir(bin, { recursive: true });
  await mkdir(calls, { recursive: true });
  const script = `#!${process.execPath}
const fs = require("node:fs");
const path = require("node:path");
const args = process.argv.slice(2);
const calls = ${JSON.stringify(calls)};
const name = String(fs.readdirSync(calls).length).padStart(4, "0") + ".json";
fs.writeFileSync(path.join(calls, name), JSON.stringify(args));
const line = args.join(" ");
const failOn = ${JSON.stringify(options.failOn ?? null)};
if (failOn !== null && line.startsWith(failOn)) {
  process.stderr.write("ERROR: (gcloud) the stub refuses " + line + "\\n");
  process.exit(1);
}
if (line.startsWith("functions describe")) process.stdout.write(${JSON.stringify(`${options.url ?? FUNCTION_URL}\n`)});
`;
  // No package.json above a temp dir says "module", so Node reads this extensionless file as CommonJS.
  await writeFile(join(bin, "gcloud"), script);
  await chmod(join(bin, "gcloud"), 0o755);
  return {
    path: `${bin}${delimiter}${process.env.PATH ?? ""}`,
    calls: async () => {
      const names = (await readdir(calls)).sort();
      return Promise.all(
        names.map(async (file) => JSON.parse(await readFile(join(calls, file), "utf8")) as string[]),
      );
    },
  };
}
