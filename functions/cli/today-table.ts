import type { styleText } from "node:util";
import type { TodayItem } from "../../shared/layout/today-item.js";

type Style = Parameters<typeof styleText>[0];
export type Paint = (style: Style, text: string) => string;

const PRIORITY_STYLE: Record<string, Style> = { High: "red", Medium: "yellow", Low: "gray" };
const NAME_MAX = 28;

/**
 * Today's actions as aligned columns that fit `width`: the Action column is as wide as its
 * longest entry, and the Name column takes what is left (up to 28), cutting long names.
 */
export function todayTable(items: readonly TodayItem[], paint: Paint, width: number): string[] {
  const actionWidth = Math.max(6, ...items.map((item) => item.action.length));
  const rowWidth = Math.max(3, ...items.map((item) => String(item.row).length));
  const fixed = 2 + 8 + 2 + actionWidth + 2 + 2 + 10 + 2 + rowWidth;
  const longest = Math.max(4, ...items.map((item) => item.name.length));
  const nameWidth = Math.max(4, Math.min(NAME_MAX, longest, width - fixed));
  const line = (priority: string, action: string, name: string, due: string, row: string) =>
    `  ${priority}  ${action.padEnd(actionWidth)}  ${name}  ${due.padEnd(10)}  ${row}`;
  return [
    paint("dim", line("Priority", "Action", "Name".padEnd(nameWidth), "Due", "Row")),
    ...items.map((item) =>
      line(
        paint(PRIORITY_STYLE[item.priority] ?? "white", item.priority.padEnd(8)),
        item.action,
        truncate(item.name, nameWidth).padEnd(nameWidth),
        item.due,
        String(item.row),
      ),
    ),
  ];
}

export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}
