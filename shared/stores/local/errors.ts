import { TendError } from "../../errors/tend-error.js";

/** A failed write, as one sentence the user can act on. */
export function unwritable(path: string): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    throw new TendError(
      "no-access",
      `${path} cannot be written (${error.code}): check that it is not read-only`,
      {
        cause: error,
      },
    );
  };
}
