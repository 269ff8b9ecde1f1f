/**
 * `tend import` of a big LinkedIn export (10,000 connections, 5,000 invitations, 50,000
 * messages, as the issue asks) into a new .xlsx, then the same export again (nothing changes):
 *   tsx bench/case-import.ts [connections] [invitations] [messages]
 * Prints one JSON Measurement per import.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storesFor } from "../functions/open-store.js";
import { parseSourceRef } from "../functions/parse-source.js";
import { dayFromIso } from "../shared/contacts/days.js";
import { importLinkedInExport } from "../shared/import/import-job.js";
import { createWorkbook } from "../shared/stores/local/create-workbook.js";
import { writeGeneratedExport } from "../test/linkedin/generate-export.js";
import { type Measurement, peakMemoryMb, timed } from "./measure.js";

const [connections = 10_000, invitations = 5_000, messages = 50_000] = process.argv.slice(2).map(Number);
const today = dayFromIso("2026-11-25") as number;
const dir = await mkdtemp(join(tmpdir(), "tend-bench-import-"));
try {
  const { path: exportPath } = await writeGeneratedExport(join(dir, "export"), {
    connections,
    invitations,
    messages,
  });
  const source = join(dir, "contacts.xlsx");
  await createWorkbook(source);
  const size = `${connections.toLocaleString("en-US")} connections, ${invitations.toLocaleString("en-US")} invitations, ${messages.toLocaleString("en-US")} messages`;
  const importOnce = () =>
    importLinkedInExport({ paths: [exportPath], source: parseSourceRef(source), stores: storesFor(), today });
  const first = await timed(importOnce);
  const second = await timed(importOnce);
  for (const [label, { seconds, result }] of [
    [`LinkedIn import (${size}) into a new workbook`, first],
    ["the same LinkedIn export imported again (nothing to change)", second],
  ] as const) {
    const { added, updated, unchanged } = result.report;
    const measurement: Measurement = {
      case: label,
      contacts: added.total + updated.rows + unchanged,
      store: ".xlsx",
      seconds,
      writes: added.total + updated.rows,
      peakMemoryMb: peakMemoryMb(),
      note: `${added.total} rows added, ${updated.rows} updated, ${unchanged} unchanged; zip read, parsed, merged and saved`,
    };
    console.log(JSON.stringify(measurement));
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
