import { type InputColumn, OUTPUT_COLUMNS, type OutputColumn } from "../../contacts/columns.js";

/** Where one of Tend's columns is written, and whether it is an input column. */
export interface Place {
  column: OutputColumn | InputColumn;
  at: number;
  input: boolean;
}

/**
 * Tend's columns in the order they stand in the table (outputs before inputs where two share a
 * place): each row's cells are then made in column order, with no sort and no entry arrays, and
 * documents need no sort of their own (a workbook's would be of 60,000 cells).
 */
export function tendColumnOrder(positions: Partial<Record<OutputColumn | InputColumn, number>>): Place[] {
  const order: Place[] = [];
  for (const column in positions) {
    const at = positions[column as OutputColumn | InputColumn] as number;
    order.push({ column: column as OutputColumn | InputColumn, at, input: !(column in OUTPUT_COLUMNS) });
  }
  return order.sort((a, b) => a.at - b.at || Number(a.input) - Number(b.input));
}
