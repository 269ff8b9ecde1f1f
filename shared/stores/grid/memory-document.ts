import type { CellValue } from "../../contacts/parse-date.js";
import type {
  FailureRow,
  GridDocument,
  GridSnapshot,
  GridValue,
  Recheck,
  RecheckRequest,
  TabRequest,
  TabWrite,
} from "./grid-document.js";

/**
 * A grid document held in memory: the fake for testing the run itself (its re-plan on change,
 * failure recording, overlap) without temporary files or HTTP servers. `beforeRecheck` and
 * `beforeWrite` let a test edit the tabs between the run's read and its write, as a user would.
 */
export class MemoryDocument implements GridDocument {
  readonly description = "memory grid";
  readonly ownTabs: ReadonlySet<string>;
  readonly tabs: Map<string, CellValue[][]>;
  /** Every write the document was handed, in order. */
  readonly writes: TabWrite[][] = [];
  readonly failures: FailureRow[] = [];
  beforeRecheck: ((document: MemoryDocument) => void) | undefined;
  beforeWrite: ((document: MemoryDocument) => void) | undefined;

  constructor(tabs: Record<string, CellValue[][]>, ownTabs: readonly string[] = ["Run log", "Today"]) {
    this.tabs = new Map(Object.entries(tabs).map(([name, rows]) => [name, rows.map((row) => [...row])]));
    this.ownTabs = new Set(ownTabs);
  }

  async read(choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot> {
    const names = [...this.tabs.keys()];
    const tabs = choose(names).map(({ name }) => ({ name, rows: copy(this.tabs.get(name) ?? []) }));
    return { names, tabs, settingDefaults: {} };
  }

  async recheck(request: RecheckRequest): Promise<Recheck> {
    this.beforeRecheck?.(this);
    return {
      unchanged: false,
      rows: copy(this.tabs.get(request.tab) ?? []),
      tabs: request.tabs.map((name) => ({ name, rows: copy(this.tabs.get(name) ?? []) })),
    };
  }

  async write(writes: readonly TabWrite[]): Promise<void> {
    this.beforeWrite?.(this);
    this.writes.push([...writes]);
    for (const write of writes) {
      const rows = this.tabs.get(write.tab) ?? [];
      this.tabs.set(write.tab, rows);
      for (const cell of write.cells) {
        const row = rows[cell.row] ?? [];
        rows[cell.row] = row;
        row[cell.column] = plain(cell.value);
      }
      for (let index = 0; index < rows.length; index++) rows[index] ??= [];
    }
  }

  async recordFailure(append: FailureRow): Promise<void> {
    this.failures.push(append);
    const rows = this.tabs.get(append.tab) ?? [[...append.header]];
    rows.push([...append.row]);
    this.tabs.set(append.tab, rows);
  }

  async close(): Promise<void> {}

  /** The cells of a tab as text, for assertions. */
  text(tab: string): string[][] {
    return (this.tabs.get(tab) ?? []).map((row) =>
      Array.from(row, (cell) => (cell === undefined ? "" : String(cell))),
    );
  }
}

function plain(value: GridValue): CellValue {
  if (value === null) return undefined;
  if (typeof value !== "object") return value;
  return "day" in value ? value.day : value.link;
}

function copy(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  return rows.map((row) => [...row]);
}
