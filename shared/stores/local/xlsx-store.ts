import { GridStore } from "../grid/grid-store.js";
import { XlsxDocument } from "./xlsx-document.js";

/** The local workbook (see XlsxDocument): Contacts, Settings, Templates, Run log and Today tabs. */
export class XlsxStore extends GridStore {
  constructor(path: string, options: { readOnly?: boolean } = {}) {
    super(new XlsxDocument(path, options.readOnly === true));
  }
}
