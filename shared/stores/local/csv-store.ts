import { GridStore } from "../grid/grid-store.js";
import { CsvDocument } from "./csv-document.js";

export { runLogPath } from "./csv-document.js";

/** A contacts table in a CSV file (see CsvDocument); settings come from `--settings`. */
export class CsvStore extends GridStore {
  constructor(path: string) {
    super(new CsvDocument(path));
  }
}
