import { parseRange } from "./cell-ref.js";
import type { Relationship } from "./relationships.js";
import type { HyperlinkElement } from "./types.js";

// A hyperlink over a whole column would otherwise put a million keys in the map.
const MOST_CELLS_PER_LINK = 10_000;

/** "row,column" -> target, from HYPERLINK formulas and then <hyperlink> elements (which win). */
export function sheetLinks(
  formulaLinks: ReadonlyMap<string, string>,
  elements: readonly HyperlinkElement[],
  relationships: readonly Relationship[],
): Map<string, string> {
  const links = new Map(formulaLinks);
  const targets = new Map(relationships.map((rel) => [rel.id, rel.target]));
  for (const element of elements) {
    const target = element.id === undefined ? undefined : targets.get(element.id);
    const location = element.location === undefined ? "" : `#${element.location}`;
    const link = target === undefined ? location : `${target}${location}`;
    const range = parseRange(element.ref);
    if (link === "" || range === undefined) continue;
    let count = 0;
    for (let row = range.top; row <= range.bottom && count < MOST_CELLS_PER_LINK; row++) {
      for (let column = range.left; column <= range.right && count < MOST_CELLS_PER_LINK; column++, count++) {
        links.set(`${row},${column}`, link);
      }
    }
  }
  return links;
}
