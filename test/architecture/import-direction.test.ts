import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The direction through the code (docs/architecture.md), checked on every run of the suite:
 * a folder of shared/ imports only the folders below it, and the pure folders do no I/O.
 */

const ROOT = resolve(import.meta.dirname, "../..");

/** What each folder of shared/ may import, besides itself. Everything may be imported by functions/. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  vocabulary: [],
  errors: [],
  contacts: ["vocabulary"],
  rules: ["contacts", "vocabulary", "errors"],
  drafts: ["contacts", "vocabulary", "errors"],
  layout: ["contacts", "vocabulary"],
  linkedin: ["contacts", "errors"],
  net: ["errors"],
  deploy: ["errors"],
  run: ["rules", "drafts", "layout", "contacts", "vocabulary", "errors"],
  import: ["run", "linkedin", "rules", "layout", "contacts", "vocabulary", "errors"],
  stores: ["run", "import", "layout", "rules", "contacts", "vocabulary", "errors", "net"],
};

/** Folders that decide and lay out: no file system, no network, no clock of their own, no SDK. */
const PURE = ["vocabulary", "errors", "contacts", "rules", "drafts", "layout"];
// Pure libraries: schemas, dates, the parts of a person's name.
const PURE_MAY_USE_PACKAGES = new Set(["zod", "luxon", "parse-full-name"]);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(folder, file));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1] as string);
}

const SHARED = sourceFiles("shared");
const folderOf = (file: string) => file.split("/")[1] as string;

describe("the direction through the code", () => {
  it("has every folder of shared/ listed with what it may import", () => {
    expect([...new Set(SHARED.map(folderOf))].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it.each(Object.keys(MAY_IMPORT))("shared/%s imports only the folders below it", (folder) => {
    const wrong = SHARED.filter((file) => folderOf(file) === folder).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith("."))
        .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)))
        .filter((target) => {
          if (!target.startsWith("shared/")) return true;
          const to = folderOf(target);
          return to !== folder && !(MAY_IMPORT[folder] ?? []).includes(to);
        })
        .map((target) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(PURE)("shared/%s does no I/O: no node: modules, no SDK", (folder) => {
    const wrong = SHARED.filter((file) => folderOf(file) === folder).flatMap((file) =>
      importsOf(file)
        .filter((spec) => !spec.startsWith(".") && !PURE_MAY_USE_PACKAGES.has(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it("reads the environment only under functions/", () => {
    const readers = SHARED.filter((file) => /process\.env/.test(readFileSync(join(ROOT, file), "utf8")));
    expect(readers).toEqual([]);
  });

  it("keeps source files small: median at most 80 lines, none over 250", () => {
    const lengths = [...SHARED, ...sourceFiles("functions")].map((file) => ({
      file,
      lines: readFileSync(join(ROOT, file), "utf8").split("\n").length,
    }));
    const sorted = lengths.map((entry) => entry.lines).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(80);
    expect(lengths.filter((entry) => entry.lines > 250)).toEqual([]);
  });
});
