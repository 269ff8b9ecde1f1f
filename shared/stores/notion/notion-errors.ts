/**
 * The two ways a Notion run fails, kept apart as DESIGN.md asks: the setup is wrong (token,
 * database id, sharing, a property of the wrong type) and only the user can fix it, or a call
 * failed after every retry. Messages are one sentence a user can act on and never hold the token.
 */
export class NotionSetupError extends Error {
  readonly code = "NOTION_SETUP";
}

export class NotionCallError extends Error {
  readonly code = "NOTION_CALL_FAILED";
}

/** Another Tend run holds the database's lease (or took it over): this run writes nothing more. */
export class NotionBusyError extends NotionCallError {}
