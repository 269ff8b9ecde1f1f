import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const FOLDER = join(import.meta.dirname, "../../fixtures/csv");

/** Every CSV fixture: the files `test/fixtures/csv/make-fixtures.py` wrote (see its README). */
export const FIXTURES = readdirSync(FOLDER).filter((name) => /\.(csv|txt)$/.test(name));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FOLDER, name)));
}
