/**
 * Moves each table line's cells to the end, so that a test title's `%s`s name the condition
 * and then the outcome (`$1` would print the cells and `$0` truncates long names).
 */
export function cellsLast<C, R extends unknown[]>(lines: readonly [string, C, ...R][]): [string, ...R, C][] {
  return lines.map(([when, cells, ...rest]) => [when, ...rest, cells] as [string, ...R, C]);
}
