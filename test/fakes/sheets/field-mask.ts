import type { JsonObject } from "./cells.js";
import { invalidArgument } from "./errors.js";

/**
 * Google's field masks: the `fields` query parameter (`sheets(properties(title,sheetId)),properties.timeZone`)
 * and the `fields` of update requests (`gridProperties.frozenRowCount`, `gridProperties/rowCount`).
 */
export type MaskTree = Map<string, MaskTree | true>;

export function parseFieldMask(mask: string): MaskTree {
  const parser = { text: mask.replaceAll(/\s+/g, ""), at: 0 };
  const tree = parseList(parser);
  if (parser.at !== parser.text.length) throw invalidArgument(`Invalid field selection ${mask}`);
  return tree;
}

interface Cursor {
  text: string;
  at: number;
}

function parseList(cursor: Cursor): MaskTree {
  const tree: MaskTree = new Map();
  for (;;) {
    const name = /^[A-Za-z0-9_*@./]+/.exec(cursor.text.slice(cursor.at))?.[0];
    if (!name) break;
    cursor.at += name.length;
    let sub: MaskTree | true = true;
    if (cursor.text[cursor.at] === "(") {
      cursor.at++;
      sub = parseList(cursor);
      if (cursor.text[cursor.at] !== ")") break;
      cursor.at++;
    }
    addPath(tree, name.split(/[./]/), sub);
    if (cursor.text[cursor.at] !== ",") break;
    cursor.at++;
  }
  return tree;
}

function addPath(tree: MaskTree, path: string[], leaf: MaskTree | true): void {
  const [head, ...rest] = path;
  if (head === undefined || head === "") return;
  const existing = tree.get(head);
  if (rest.length === 0) {
    if (leaf === true || existing === true) tree.set(head, true);
    else tree.set(head, existing ? mergeTrees(existing, leaf) : leaf);
    return;
  }
  if (existing === true) return;
  const child: MaskTree = existing ?? new Map();
  tree.set(head, child);
  addPath(child, rest, leaf);
}

function mergeTrees(a: MaskTree, b: MaskTree): MaskTree {
  for (const [key, value] of b) addPath(a, [key], value);
  return a;
}

/** Keeps only the masked fields of a response; arrays apply the mask to each element. */
export function applyMask(value: unknown, tree: MaskTree | true): unknown {
  if (tree === true || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => applyMask(item, tree));
  if (tree.get("*") === true) return value;
  const out: JsonObject = {};
  for (const [key, sub] of tree) {
    const child = (value as JsonObject)[key];
    if (child !== undefined) out[key] = applyMask(child, sub);
  }
  return out;
}

/**
 * Copies the masked fields from `source` into `target`; a masked field missing from the
 * source is reset (deleted), which is how Google clears e.g. `frozenRowCount`.
 */
export function copyMaskedFields(target: JsonObject, source: JsonObject, fields: string): void {
  const tree = parseFieldMask(fields);
  if (tree.get("*") === true) {
    for (const [key, value] of Object.entries(source)) target[key] = structuredClone(value);
    return;
  }
  copyTree(target, source, tree);
}

function copyTree(target: JsonObject, source: JsonObject, tree: MaskTree): void {
  for (const [key, sub] of tree) {
    const value = source[key];
    if (sub === true) {
      if (value === undefined) delete target[key];
      else target[key] = structuredClone(value);
      continue;
    }
    // A nested mask resets only its own leaves, even when the source leaves out the parent.
    const from = value && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : {};
    const child = target[key];
    const into: JsonObject = child && typeof child === "object" ? (child as JsonObject) : {};
    target[key] = into;
    copyTree(into, from, sub);
  }
}
