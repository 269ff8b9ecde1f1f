import type { JsonObject } from "./cells.js";
import type { FakeSheets } from "./fake-sheets.js";

/**
 * Replays a recorded Google cassette (gspread format: `{ interactions: [{ request, response }] }`)
 * against the fake and pairs each recorded answer with the fake's, ready for `toEqual`.
 * Spreadsheets are seeded from the first recorded spreadsheets.get of each id: same id,
 * title, tabs and grid sizes; ids Google answered 403 for are forbidden.
 */
export interface Cassette {
  interactions: {
    request: { method: string; uri: string; body: unknown };
    response: { status: { code: number }; body: unknown };
  }[];
}

export interface ReplayedExchange {
  label: string;
  expected: { status: number; body: unknown };
  actual: { status: number; body: unknown };
}

const SPREADSHEET_ID = /\/v4\/spreadsheets\/([^/?:]+)/;

export async function replayCassette(
  fake: FakeSheets,
  cassette: Cassette,
  token: string,
): Promise<ReplayedExchange[]> {
  seedSpreadsheets(fake, cassette);
  const sheetIds = new Map<number, number>(); // recorded id -> fake id
  const exchanges: ReplayedExchange[] = [];
  for (const { request, response } of cassette.interactions) {
    const url = new URL(request.uri);
    const body = request.body === null ? undefined : JSON.stringify(mapSheetIds(request.body, sheetIds));
    const init: RequestInit = { method: request.method, headers: { authorization: `Bearer ${token}` } };
    if (body !== undefined) init.body = body;
    const answer = await fetch(new URL(`${url.pathname}${url.search}`, fake.rootUrl), init);
    const actualBody = (await answer.json()) as unknown;
    learnSheetIds(response.body, actualBody, sheetIds);
    const reverse = new Map([...sheetIds].map(([recorded, ours]) => [ours, recorded]));
    exchanges.push({
      label: `${request.method} ${decodeURIComponent(url.pathname)}${url.search}`,
      expected: { status: response.status.code, body: comparable(response.body) },
      actual: { status: answer.status, body: comparable(mapSheetIds(actualBody, reverse)) },
    });
  }
  return exchanges;
}

function seedSpreadsheets(fake: FakeSheets, cassette: Cassette): void {
  const seen = new Set<string>();
  for (const { request, response } of cassette.interactions) {
    const id = SPREADSHEET_ID.exec(request.uri)?.[1];
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (response.status.code === 404) continue;
    const body = response.body as { properties?: JsonObject; sheets?: { properties: JsonObject }[] };
    const tabs = (body.sheets ?? [{ properties: { title: "Sheet1", sheetId: 0, gridProperties: {} } }]).map(
      ({ properties }) => {
        const grid = (properties.gridProperties ?? {}) as JsonObject;
        return {
          title: String(properties.title),
          sheetId: Number(properties.sheetId),
          rowCount: Number(grid.rowCount ?? 1000),
          columnCount: Number(grid.columnCount ?? 26),
          hidden: properties.hidden === true,
        };
      },
    );
    const spec = { id, tabs, title: String(body.properties?.title ?? "Untitled spreadsheet") };
    fake.createSpreadsheet(
      body.properties?.timeZone ? { ...spec, timeZone: String(body.properties.timeZone) } : spec,
    );
    if (response.status.code === 403) fake.forbid(id);
  }
}

/** A new sheet's id is random at Google and in the fake: pair them up by the addSheet replies. */
function learnSheetIds(expected: unknown, actual: unknown, sheetIds: Map<number, number>): void {
  const replies = (body: unknown) =>
    ((body as { replies?: JsonObject[] } | null)?.replies ?? []) as JsonObject[];
  replies(expected).forEach((reply, i) => {
    const recorded = (reply.addSheet as { properties?: { sheetId?: number } } | undefined)?.properties
      ?.sheetId;
    const ours = (replies(actual)[i]?.addSheet as { properties?: { sheetId?: number } } | undefined)
      ?.properties?.sheetId;
    if (recorded !== undefined && ours !== undefined) sheetIds.set(recorded, ours);
  });
}

function mapSheetIds(value: unknown, ids: Map<number, number>): unknown {
  if (Array.isArray(value)) return value.map((item) => mapSheetIds(item, ids));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === "sheetId" && typeof item === "number" ? (ids.get(item) ?? item) : mapSheetIds(item, ids),
    ]),
  );
}

/** The fake leaves out the spreadsheet theme; everything else is compared as recorded. */
function comparable(body: unknown): unknown {
  const copy = structuredClone(body) as { properties?: JsonObject } | null;
  if (copy?.properties) delete copy.properties.spreadsheetTheme;
  return copy;
}
