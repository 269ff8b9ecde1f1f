/**
 * A spreadsheet as the Apps Script script sees it through SpreadsheetApp: just the calls the
 * script makes, with Apps Script's conventions (1-based rows and columns, "" for a blank cell).
 */
export type CellValue = string | number;

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  constructor(readonly timeZone = "Europe/Berlin") {}

  addSheet(name: string, rows: CellValue[][]): FakeSheet {
    const sheet = new FakeSheet(name, rows, this);
    this.sheets.push(sheet);
    return sheet;
  }
  getSheets(): FakeSheet[] {
    return this.sheets;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  toast(message: string, title: string): void {
    this.toasts.push({ message, title });
  }
  get activeSheet(): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.active);
  }
}

export class FakeSheet {
  active = false;
  readonly formulas = new Map<string, string>();
  readonly formats = new Map<string, string>();
  constructor(
    readonly name: string,
    readonly rows: CellValue[][],
    readonly parent: FakeSpreadsheet,
  ) {}

  getName(): string {
    return this.name;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  getLastRow(): number {
    return this.rows.findLastIndex((row) => row.some((cell) => cell !== "")) + 1;
  }
  getLastColumn(): number {
    return Math.max(0, ...this.rows.map((row) => row.findLastIndex((cell) => cell !== "") + 1));
  }
  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  activate(): FakeSheet {
    for (const sheet of this.parent.sheets) sheet.active = sheet === this;
    return this;
  }
  /** The cell at a 1-based row and column. */
  cell(row: number, column: number): CellValue {
    return this.rows[row - 1]?.[column - 1] ?? "";
  }
  write(row: number, column: number, value: CellValue): void {
    while (this.rows.length < row) this.rows.push([]);
    const cells = this.rows[row - 1] as CellValue[];
    while (cells.length < column) cells.push("");
    cells[column - 1] = value;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getValues(): CellValue[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => this.sheet.cell(this.row + r, this.column + c)),
    );
  }
  getDisplayValues(): string[][] {
    return this.getValues().map((row) => row.map((cell) => String(cell)));
  }
  getValue(): CellValue {
    return this.sheet.cell(this.row, this.column);
  }
  getFormula(): string {
    return this.sheet.formulas.get(this.key) ?? "";
  }
  setValue(value: CellValue): FakeRange {
    this.sheet.write(this.row, this.column, value);
    return this;
  }
  getNumberFormat(): string {
    return this.sheet.formats.get(this.key) ?? "0.###############";
  }
  setNumberFormat(format: string): FakeRange {
    this.sheet.formats.set(this.key, format);
    return this;
  }
  private get key(): string {
    return `${this.row},${this.column}`;
  }
}
