import { GridStore } from "../grid/grid-store.js";
import type { SheetsApi } from "./sheets-api.js";
import { SheetsDocument } from "./sheets-document.js";

/** A Google Sheet (see SheetsDocument): four calls a run whatever the number of contacts. */
export class SheetsStore extends GridStore {
  constructor(api: SheetsApi) {
    super(new SheetsDocument(api));
  }
}
