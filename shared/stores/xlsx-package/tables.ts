import { parseRange } from "./cell-ref.js";
import type { TableInfo } from "./types.js";
import { parseXml } from "./xml-events.js";

/** An Excel table (xl/tables/tableN.xml): its place and its header, as facts for keeping writes valid. */
export function readTable(xml: string, partPath: string): TableInfo | undefined {
  let table: Omit<TableInfo, "columns"> | undefined;
  const columns: string[] = [];
  parseXml(
    xml,
    {
      open(tag) {
        const { attributes } = tag;
        if (tag.local === "table") {
          const ref = attributes.ref ?? "";
          const range = parseRange(ref);
          if (range === undefined) return;
          table = {
            name: attributes.displayName ?? attributes.name ?? "",
            partPath,
            ref,
            range,
            headerRowCount: Number(attributes.headerRowCount ?? 1),
            totalsRowCount: Number(attributes.totalsRowCount ?? 0),
          };
        } else if (tag.local === "tableColumn") columns.push(attributes.name ?? "");
      },
    },
    partPath,
  );
  return table === undefined ? undefined : { ...table, columns };
}
