import { headerOf, type InputColumn, type OutputColumn } from "../../contacts/columns.js";
import { headerKey, matchColumn } from "../../contacts/header-match.js";
import {
  acceptedInputTypes,
  OUTPUT_TYPES,
  type PropertySchema,
  readsType,
  shownType,
  shownTypes,
} from "./property-types.js";

/** Which property holds which column: the Notion counterpart of a matched header row. */
export interface ColumnProperties {
  input: Partial<Record<InputColumn, PropertySchema>>;
  output: Partial<Record<OutputColumn, PropertySchema>>;
  /** Properties Tend does not know: never written, only looked at to tell an empty page. */
  unknown: PropertySchema[];
  /** Properties of a type Tend cannot read or write for their column: the run cannot start. */
  problems: string[];
  /** A second property for a column already found, and similar notes. */
  warnings: string[];
  /** Columns some property claims by its name, whatever its type (never to be added again). */
  named: Set<string>;
}

/**
 * Matches property names to columns exactly as headers are matched in a sheet (`matchColumn`).
 * Notion hands properties over as an object without a meaningful order, so when two properties
 * match the same column, the one named exactly like the column wins, then the first by name.
 */
export function columnProperties(properties: readonly PropertySchema[]): ColumnProperties {
  const found: ColumnProperties = {
    input: {},
    output: {},
    unknown: [],
    problems: [],
    warnings: [],
    named: new Set(),
  };
  const byColumn = new Map<string, { kind: "input" | "output"; column: string; props: PropertySchema[] }>();
  for (const property of properties) {
    const match = property.name.trim() === "" ? undefined : matchColumn(property.name);
    if (match === undefined) {
      found.unknown.push(property);
      continue;
    }
    const key = `${match.kind}:${match.column}`;
    const entry = byColumn.get(key) ?? { ...match, props: [] };
    entry.props.push(property);
    byColumn.set(key, entry);
  }
  for (const { kind, column, props } of byColumn.values()) {
    const exact = headerKey(headerOf(column as InputColumn));
    const [chosen, ...others] = [...props].sort(
      (a, b) =>
        Number(headerKey(b.name) === exact) - Number(headerKey(a.name) === exact) ||
        a.name.localeCompare(b.name),
    );
    if (chosen === undefined) continue;
    found.named.add(column);
    for (const other of others) {
      found.unknown.push(other);
      found.warnings.push(
        `Property "${other.name}" is a second ${headerOf(column as InputColumn)} property: Tend reads "${chosen.name}" and leaves this one alone`,
      );
    }
    if (kind === "input") {
      const input = column as InputColumn;
      if (readsType(input, chosen.type)) found.input[input] = chosen;
      else
        found.problems.push(
          `property "${chosen.name}" is a ${shownType(chosen.type)} property; Tend reads ${headerOf(input)} from ${shownTypes(acceptedInputTypes(input))}`,
        );
    } else {
      const output = column as OutputColumn;
      if (OUTPUT_TYPES[output].includes(chosen.type)) found.output[output] = chosen;
      else
        found.problems.push(
          `property "${chosen.name}" is a ${shownType(chosen.type)} property; Tend writes ${headerOf(output)} into ${shownTypes(OUTPUT_TYPES[output])}`,
        );
    }
  }
  return found;
}
