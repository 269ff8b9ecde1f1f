import { GridStore } from "../grid/grid-store.js";
import { CsvDocument } from "./csv-document.js";

export { runLogPath } from "./csv-document.js";

/** A contacts table in a CSV file (see CsvDocument); settings come from `--settings`. */
export class CsvStore extends GridStore {
  constructor(path: string, options: { readOnly?: boolean } = {}) {
    super(new CsvDocument(path, options.readOnly === true));
  }
}
