/** Notion's error bodies: {object:"error", status, code, message, request_id}. */

export class NotionError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = "NotionError";
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export function errorBody(
  error: NotionError,
  requestId: string,
): { object: "error"; status: number; code: string; message: string; request_id: string } {
  return {
    object: "error",
    status: error.status,
    code: error.code,
    message: error.message,
    request_id: requestId,
  };
}

export function validationError(message: string): NotionError {
  return new NotionError(400, "validation_error", message);
}

/** Structural problems of the body, the way Notion words them. */
export function bodyValidation(message: string): NotionError {
  return validationError(`body failed validation: ${message}`);
}

export type ObjectKind = "database" | "data source" | "page" | "block";

export function objectNotFound(kind: ObjectKind, id: string): NotionError {
  return new NotionError(
    404,
    "object_not_found",
    `Could not find ${kind} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

export const invalidRequestUrl = (): NotionError =>
  new NotionError(400, "invalid_request_url", "Invalid request URL.");

export const unauthorized = (): NotionError => new NotionError(401, "unauthorized", "API token is invalid.");

export function rateLimited(retryAfterSeconds: number): NotionError {
  return new NotionError(
    429,
    "rate_limited",
    "You have been rate limited. Please try again in a few minutes.",
    {
      "retry-after": String(retryAfterSeconds),
    },
  );
}

export const internalServerError = (): NotionError =>
  new NotionError(500, "internal_server_error", "Unexpected error occurred.");

export const serviceUnavailable = (): NotionError =>
  new NotionError(
    503,
    "service_unavailable",
    "Notion is unavailable. This can occur when the time to respond to a request takes longer than 60 seconds, the maximum request timeout. Please try again later.",
  );

export const gatewayTimeout = (): NotionError =>
  new NotionError(
    504,
    "gateway_timeout",
    "Notion timed out while attempting to complete this request. Please try again later.",
  );

export const serviceOverload = (): NotionError =>
  new NotionError(529, "service_overload", "Notion is overloaded. Please try again later.");

/** What Cloudflare, in front of Notion, answers for a 502: HTML, not a Notion error body. */
export const badGatewayHtml =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";
