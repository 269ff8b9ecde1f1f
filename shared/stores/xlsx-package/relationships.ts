import { parseXml } from "./xml-events.js";

export interface Relationship {
  readonly id: string;
  /** the last segment of the type URI: "worksheet", "hyperlink", "table", ... */
  readonly kind: string;
  readonly target: string;
  readonly external: boolean;
}

export const RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function parseRelationships(xml: string | undefined, what: string): Relationship[] {
  if (xml === undefined) return [];
  const found: Relationship[] = [];
  parseXml(
    xml,
    {
      open(tag) {
        if (tag.local !== "Relationship") return;
        const { Id = "", Type = "", Target = "", TargetMode } = tag.attributes;
        found.push({
          id: Id,
          kind: Type.slice(Type.lastIndexOf("/") + 1),
          target: Target,
          external: TargetMode === "External",
        });
      },
    },
    what,
  );
  return found;
}
