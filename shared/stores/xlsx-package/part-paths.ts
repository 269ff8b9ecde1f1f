/** The part a relationship points at, as a zip entry name ("xl/worksheets/sheet1.xml"). */
export function resolveTarget(sourcePart: string, target: string): string {
  // openpyxl writes absolute targets ("/xl/worksheets/sheet1.xml"); Excel writes them relative.
  const decoded = safeDecode(target.split("#")[0] ?? "");
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  const parts = [...base];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

/** Where a part's relationships are: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target for a relationship from `sourcePart` to `part`, relative as Excel writes it. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
