import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { decodeCsvFile } from "../../shared/stores/csv-text/decode-csv-file.js";
import { findHeaderRow } from "../../shared/stores/grid/find-table.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { useTempDir } from "../support/temp-dir.js";

/*
 * Random CSV files as people's programs write them (line endings per record, quoting,
 * encodings, a sep= line, title lines above the table, unlabeled columns holding data) go
 * through a daily run: every byte outside Tend's cells survives.
 */

const tempDir = useTempDir();
const today = dayFromIso("2026-11-25") as number;
const ENDINGS = ["\r\n", "\n", "\r"] as const;
const ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "windows-1252"] as const;
const text = fc.string({
  unit: fc.constantFrom("a", "Z", " ", "é", "ñ", ",", ";", '"', "\n", "x", "1"),
  maxLength: 8,
});

const table = fc.record({
  encoding: fc.constantFrom(...ENCODINGS),
  delimiter: fc.constantFrom(",", ";", "\t"),
  sepLine: fc.boolean(),
  titles: fc.array(fc.constantFrom("My network", "Updated weekly, do not sort"), { maxLength: 2 }),
  extraHeaders: fc.array(fc.constantFrom("Notes", "", "Birthday", "Team"), { maxLength: 3 }),
  rows: fc.array(fc.record({ name: text, extra: fc.array(text, { maxLength: 3 }), quoteAll: fc.boolean() }), {
    minLength: 1,
    maxLength: 8,
  }),
  endings: fc.array(fc.constantFrom(...ENDINGS), { minLength: 16, maxLength: 16 }),
});
type Table = typeof table extends fc.Arbitrary<infer T> ? T : never;

function field(value: string, delimiter: string, quote: boolean): string {
  const needs = quote || value.includes(delimiter) || /["\r\n]/.test(value) || value.trim() !== value;
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

function fileOf(t: Table): Buffer {
  const lines: string[] = [];
  for (const title of t.titles) lines.push(field(title, t.delimiter, false));
  const header = ["Name", "LinkedIn URL", ...t.extraHeaders];
  lines.push(header.map((cell) => field(cell, t.delimiter, false)).join(t.delimiter));
  t.rows.forEach((row, index) => {
    const cells = [
      `P${index} ${row.name}`,
      `linkedin.com/in/p-${index}`,
      ...row.extra.slice(0, t.extraHeaders.length),
    ];
    lines.push(cells.map((cell) => field(cell, t.delimiter, row.quoteAll)).join(t.delimiter));
  });
  let body = t.sepLine ? `sep=${t.delimiter}${t.endings[15]}` : "";
  lines.forEach((line, index) => {
    body += line + (t.endings[index % 15] ?? "\n");
  });
  if (t.encoding === "utf-8") return Buffer.from(body, "utf8");
  if (t.encoding === "utf-8-bom") return Buffer.from(`\uFEFF${body}`, "utf8");
  if (t.encoding === "utf-16le")
    return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body, "utf-16le")]);
  return iconv.encode(`é${body}`.slice(1), "windows-1252");
}

describe("a daily run on random CSV files", () => {
  it("keeps every byte outside Tend's cells: encoding, sep= line, titles, endings, the user's cells", async () => {
    const dir = await tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const path = join(dir, `contacts-${n++}.csv`);
        const bytes = fileOf(t);
        await writeFile(path, bytes);
        // Read as the store reads it: the delimiter that reads the header, not one a title line above it happens to hold.
        const before = decodeCsvFile(bytes, (cells) => findHeaderRow([cells]) === 0);
        const store = new CsvStore(path);
        try {
          await runDaily({ store, today });
        } finally {
          await store.close();
        }
        const after = decodeCsvFile(await readFile(path), (cells) => findHeaderRow([cells]) === 0);
        expect(after.encoding).toBe(before.encoding);
        expect(after.sepLine).toBe(before.sepLine);
        expect(after.records.map((record) => record.ending)).toEqual(
          before.records.map((record) => record.ending),
        );
        const header = t.titles.length;
        before.records.forEach((record, index) => {
          const now = after.records[index];
          // Lines above the header are the user's: byte for byte.
          if (index < header)
            expect(Buffer.from(now?.bytes ?? []).equals(Buffer.from(record.bytes))).toBe(true);
          expect(now?.cells.slice(0, record.cells.length)).toEqual(record.cells);
        });
      }),
      { numRuns: 40 },
    );
  });
});
