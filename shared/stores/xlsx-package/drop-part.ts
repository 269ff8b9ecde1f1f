import type { PackageParts } from "./package-parts.js";
import { escapeAttribute } from "./xml-text.js";

/**
 * Removes a part with the relationship that names it and its content-type override. Used for
 * calcChain.xml once a formula cell got a value: Excel rebuilds the chain, but repairs the file
 * when the chain names a cell that holds no formula.
 */
export function dropPart(
  parts: PackageParts,
  partPath: string,
  relsPath: string,
  relationshipId: string,
): void {
  parts.drop(partPath);
  const rels = parts.text(relsPath);
  if (rels !== undefined) {
    const id = escapeRegExp(escapeAttribute(relationshipId));
    parts.setText(
      relsPath,
      rels.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\bId=(["'])${id}\\1[^>]*/>`), ""),
    );
  }
  const types = parts.text("[Content_Types].xml");
  if (types !== undefined) {
    const name = escapeRegExp(`/${partPath}`);
    parts.setText(
      "[Content_Types].xml",
      types.replace(
        new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*\\bPartName=(["'])${name}\\1[^>]*/>`, "i"),
        "",
      ),
    );
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
