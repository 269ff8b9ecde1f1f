import { INPUT_COLUMNS, type InputColumn, OUTPUT_COLUMNS, type OutputColumn } from "./columns.js";

/**
 * Where each known column sits in the user's header row. Headers match trimmed,
 * case-insensitively, with inner whitespace collapsed; punctuation is ignored too, so
 * `LinkedIn-URL` and `Keep in touch days` still match. The first matching column wins.
 */
export interface HeaderMap {
  input: Partial<Record<InputColumn, number>>;
  output: Partial<Record<OutputColumn, number>>;
  /** Positions of headers Tend does not know: kept exactly as they are. */
  unknown: number[];
  /** Header texts that matched a column already found (the later one is ignored). */
  duplicates: { index: number; header: string; column: string }[];
}

export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const LOOKUP = buildLookup();

function buildLookup(): Map<string, { kind: "input" | "output"; column: string }> {
  const lookup = new Map<string, { kind: "input" | "output"; column: string }>();
  const add = (
    kind: "input" | "output",
    columns: Record<string, { header: string; aliases: readonly string[] }>,
  ) => {
    for (const [column, spec] of Object.entries(columns)) {
      for (const text of [spec.header, ...spec.aliases]) {
        const key = headerKey(text);
        if (!lookup.has(key)) lookup.set(key, { kind, column });
      }
    }
  };
  // Exact headers first, so an alias never shadows another column's real name.
  add(
    "output",
    Object.fromEntries(Object.entries(OUTPUT_COLUMNS).map(([k, v]) => [k, { ...v, aliases: [] }])),
  );
  add("input", Object.fromEntries(Object.entries(INPUT_COLUMNS).map(([k, v]) => [k, { ...v, aliases: [] }])));
  add("input", INPUT_COLUMNS);
  add("output", OUTPUT_COLUMNS);
  return lookup;
}

export function matchColumn(header: string): { kind: "input" | "output"; column: string } | undefined {
  return LOOKUP.get(headerKey(header));
}

export function matchHeaders(headers: readonly string[]): HeaderMap {
  const map: HeaderMap = { input: {}, output: {}, unknown: [], duplicates: [] };
  headers.forEach((header, index) => {
    const match = header.trim() === "" ? undefined : matchColumn(header);
    if (match === undefined) {
      map.unknown.push(index);
      return;
    }
    const target = (match.kind === "input" ? map.input : map.output) as Record<string, number>;
    if (target[match.column] !== undefined) {
      map.duplicates.push({ index, header, column: match.column });
      map.unknown.push(index);
      return;
    }
    target[match.column] = index;
  });
  return map;
}

/** Column letters as a spreadsheet shows them: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
