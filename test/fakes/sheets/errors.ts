/**
 * Google's error envelope, `{ error: { code, message, status, details? } }`, with the messages
 * recorded from the real API (gspread cassettes, MIT) where we have them.
 */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
  }

  body(): { error: Record<string, unknown> } {
    const error: Record<string, unknown> = { code: this.code, message: this.message, status: this.status };
    if (this.details) error.details = this.details;
    return { error };
  }
}

export function invalidArgument(message: string, details?: unknown[]): ApiError {
  return new ApiError(400, "INVALID_ARGUMENT", message, details);
}

export const notFound = () => new ApiError(404, "NOT_FOUND", "Requested entity was not found.");

export const permissionDenied = () =>
  new ApiError(403, "PERMISSION_DENIED", "The caller does not have permission");

export const badRange = (range: string) => invalidArgument(`Unable to parse range: ${range}`);

export function exceedsGrid(range: string, rowCount: number, columnCount: number): ApiError {
  return invalidArgument(
    `Range (${range}) exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`,
  );
}

export const missingValueInputOption = () =>
  invalidArgument("'valueInputOption' is required but not specified");

/** A protobuf type error, as recorded for `values: "X"` ("Invalid value at 'data.values' ..."). */
export function invalidValue(field: string, protoType: string, value: unknown): ApiError {
  const shown = typeof value === "string" ? `"${value}"` : JSON.stringify(value);
  const message = `Invalid value at '${field}' (${protoType}), ${shown}`;
  return invalidArgument(message, [
    {
      "@type": "type.googleapis.com/google.rpc.BadRequest",
      fieldViolations: [{ field, description: message }],
    },
  ]);
}

export function unknownField(name: string, at: string): ApiError {
  const message = `Invalid JSON payload received. Unknown name "${name}" at '${at}': Cannot find field.`;
  return invalidArgument(message, [
    {
      "@type": "type.googleapis.com/google.rpc.BadRequest",
      fieldViolations: [{ field: at, description: message }],
    },
  ]);
}

const SEE_DOCS = "See https://developers.google.com/identity/sign-in/web/devconsole-project.";

export function unauthenticated(hadToken: boolean): ApiError {
  const message = hadToken
    ? `Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. ${SEE_DOCS}`
    : `Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. ${SEE_DOCS}`;
  return new ApiError(401, "UNAUTHENTICATED", message);
}
