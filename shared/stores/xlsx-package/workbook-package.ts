/**
 * An .xlsx edited as the zip of XML parts it is: Tend reads cells and writes only its own,
 * and every other part (charts, defined names, document properties, notes, tables, validations)
 * is copied as its original compressed bytes. Rows and columns count from 0.
 *
 *   openWorkbookPackage(bytes: Uint8Array): WorkbookPackage   throws a clear Error if not a workbook
 *   pkg.sheets: { name, partPath, hidden }[]                   in workbook order
 *   pkg.date1904: boolean                                      date1904="1" or "true"
 *   pkg.readSheet(name): SheetGrid                             values, links, uncached formulas, styleOf
 *   pkg.setCells(name, writes: CellWrite[])                    replaces/inserts only those <c> elements
 *   pkg.writeOwnSheet(name, rows: OwnCell[][], options?)       a sheet Tend owns: created, or its sheetData replaced
 *   pkg.tablesOf(name): TableInfo[]                            Excel tables on the sheet (read only)
 *   pkg.toBytes(): Uint8Array                                  the new file
 *
 * Sheet names match exactly, else ignoring case and surrounding spaces, as Excel does.
 */
import { addSheetPart } from "./add-sheet.js";
import { dateStyle } from "./bold-style.js";
import { dateStylesOf } from "./date-formats.js";
import { dropPart } from "./drop-part.js";
import { openParts } from "./open-parts.js";
import { writeOwnSheet } from "./own-sheet.js";
import type { PackageParts } from "./package-parts.js";
import { relsPathOf, resolveTarget } from "./part-paths.js";
import { parseRelationships, type Relationship } from "./relationships.js";
import { readSharedStrings } from "./shared-strings.js";
import { styleAt } from "./sheet-index.js";
import { sheetLinks } from "./sheet-links.js";
import { readSheetXml } from "./sheet-reader.js";
import { writeCells } from "./sheet-writer.js";
import { readTable } from "./tables.js";
import type {
  CellWrite,
  OwnCell,
  OwnSheetOptions,
  SheetGrid,
  SheetInfo,
  SheetRead,
  TableInfo,
} from "./types.js";
import { readWorkbookXml, type WorkbookXml } from "./workbook-xml.js";

export type * from "./types.js";

export interface WorkbookPackage {
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  readSheet(name: string): SheetGrid;
  setCells(name: string, writes: readonly CellWrite[]): void;
  writeOwnSheet(name: string, rows: readonly (readonly OwnCell[])[], options?: OwnSheetOptions): void;
  tablesOf(name: string): TableInfo[];
  /** Whether cells of this style (an s= index) show a number as a date. */
  isDateStyle(style: number | undefined): boolean;
  /** A plain date style (added to styles.xml once if missing), for days in a column without a date format. */
  dateStyle(): number | undefined;
  toBytes(): Uint8Array;
}

export function openWorkbookPackage(bytes: Uint8Array): WorkbookPackage {
  const { parts, workbookPath } = openParts(bytes);
  return new Workbook(parts, workbookPath);
}

class Workbook implements WorkbookPackage {
  sheets: SheetInfo[] = [];
  readonly date1904: boolean;
  private workbook!: WorkbookXml;
  private relationships: Relationship[] = [];
  private sharedStrings: string[] | undefined;
  private dateStyles: boolean[] | undefined;
  private readonly reads = new Map<string, SheetRead>();

  constructor(
    private readonly parts: PackageParts,
    private readonly workbookPath: string,
  ) {
    this.load();
    this.date1904 = this.workbook.date1904;
  }

  readSheet(name: string): SheetGrid {
    const { partPath } = this.sheet(name);
    const read = this.read(partPath);
    const relsPath = relsPathOf(partPath);
    const relationships = parseRelationships(this.parts.text(relsPath), relsPath);
    return {
      rows: read.rows,
      links: sheetLinks(read.formulaLinks, read.hyperlinks, relationships),
      uncachedFormulas: read.uncachedFormulas,
      protected: read.protected,
      styleOf: (row, column) => styleAt(read.index, row, column),
    };
  }

  setCells(name: string, writes: readonly CellWrite[]): void {
    if (writes.length === 0) return;
    const { partPath } = this.sheet(name);
    const result = writeCells(this.read(partPath).index, writes, this.date1904);
    this.parts.setText(partPath, result.xml);
    this.reads.delete(partPath);
    if (result.replacedFormula) this.dropCalcChain();
  }

  writeOwnSheet(name: string, rows: readonly (readonly OwnCell[])[], options: OwnSheetOptions = {}): void {
    const existing = this.find(name);
    const stylesRel = this.relationships.find((rel) => rel.kind === "styles");
    const stylesPath =
      stylesRel === undefined ? undefined : resolveTarget(this.workbookPath, stylesRel.target);
    const { partPath, replacedFormula } = writeOwnSheet({
      parts: this.parts,
      existing:
        existing === undefined
          ? undefined
          : { index: this.read(existing.partPath).index, partPath: existing.partPath },
      rows,
      options,
      stylesPath,
      add: (xml) => addSheetPart(this.parts, this.workbookPath, this.workbook, name, xml),
      name,
    });
    this.reads.delete(partPath);
    this.dateStyles = undefined;
    if (existing === undefined) this.load();
    if (replacedFormula) this.dropCalcChain();
  }

  tablesOf(name: string): TableInfo[] {
    const { partPath } = this.sheet(name);
    const relsPath = relsPathOf(partPath);
    const tables: TableInfo[] = [];
    for (const rel of parseRelationships(this.parts.text(relsPath), relsPath)) {
      if (rel.kind !== "table" || rel.external) continue;
      const path = resolveTarget(partPath, rel.target);
      const xml = this.parts.text(path);
      const table = xml === undefined ? undefined : readTable(xml, this.parts.nameOf(path));
      if (table !== undefined) tables.push(table);
    }
    return tables;
  }

  isDateStyle(style: number | undefined): boolean {
    return style !== undefined && (this.valueContext().dateStyles[style] ?? false);
  }

  dateStyle(): number | undefined {
    const rel = this.relationships.find((candidate) => candidate.kind === "styles");
    const path = rel === undefined ? undefined : resolveTarget(this.workbookPath, rel.target);
    const xml = path === undefined ? undefined : this.parts.text(path);
    if (path === undefined || xml === undefined) return undefined;
    const found = dateStyle(xml);
    if (found === undefined) return undefined;
    if (found.xml !== xml) {
      this.parts.setText(path, found.xml);
      this.dateStyles = undefined;
    }
    return found.index;
  }

  toBytes(): Uint8Array {
    return this.parts.toBytes();
  }

  private load(): void {
    const xml = this.parts.text(this.workbookPath) as string;
    this.workbook = readWorkbookXml(xml);
    const relsPath = relsPathOf(this.workbookPath);
    this.relationships = parseRelationships(this.parts.text(relsPath), relsPath);
    const byId = new Map(this.relationships.map((rel) => [rel.id, rel]));
    this.sheets = this.workbook.sheets.flatMap((sheet) => {
      const rel = byId.get(sheet.relationshipId);
      if (rel === undefined || rel.external) return [];
      const partPath = this.parts.nameOf(resolveTarget(this.workbookPath, rel.target));
      return this.parts.has(partPath) ? [{ name: sheet.name, partPath, hidden: sheet.hidden }] : [];
    });
  }

  private read(partPath: string): SheetRead {
    let read = this.reads.get(partPath);
    if (read === undefined) {
      read = readSheetXml(this.parts.text(partPath) as string, this.valueContext(), partPath);
      this.reads.set(partPath, read);
    }
    return read;
  }

  private valueContext() {
    this.sharedStrings ??= readSharedStrings(this.partOfKind("sharedStrings"));
    this.dateStyles ??= dateStylesOf(this.partOfKind("styles"));
    return { sharedStrings: this.sharedStrings, dateStyles: this.dateStyles, date1904: this.date1904 };
  }

  private partOfKind(kind: string): string | undefined {
    const rel = this.relationships.find((candidate) => candidate.kind === kind);
    return rel === undefined ? undefined : this.parts.text(resolveTarget(this.workbookPath, rel.target));
  }

  private dropCalcChain(): void {
    const rel = this.relationships.find((candidate) => candidate.kind === "calcChain");
    if (rel === undefined) return;
    const path = this.parts.nameOf(resolveTarget(this.workbookPath, rel.target));
    dropPart(this.parts, path, relsPathOf(this.workbookPath), rel.id);
    this.relationships = this.relationships.filter((candidate) => candidate !== rel);
  }

  private find(name: string): SheetInfo | undefined {
    const wanted = name.trim().toLowerCase();
    return (
      this.sheets.find((sheet) => sheet.name === name) ??
      this.sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted)
    );
  }

  private sheet(name: string): SheetInfo {
    const sheet = this.find(name);
    if (sheet === undefined) {
      const names = this.sheets.map((candidate) => `"${candidate.name}"`).join(", ");
      throw new Error(`the workbook has no sheet named "${name}" (it has ${names})`);
    }
    return sheet;
  }
}
