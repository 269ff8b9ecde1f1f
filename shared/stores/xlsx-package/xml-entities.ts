const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// An "&" and what follows it: a reference when it ends in ";", else nothing (an error).
const REFERENCE = /&(?:(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);)?/g;

/**
 * Character data with XML's five entities and numeric references decoded. An entity that XML
 * does not predefine (a workbook part declares none) or a "&" that starts no reference is an
 * error, as in any conforming parser.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, body: string | undefined) => {
    if (body === undefined) throw new Error(`a "&" that starts no reference: "${text.slice(0, 40)}"`);
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!isXmlChar(code)) throw new Error(`"${whole}" is not a character XML allows`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[body];
    if (named === undefined) throw new Error(`the entity "${whole}" is not defined`);
    return named;
  });
}

/** "\r\n" and a lone "\r" read as "\n", as XML 1.0 §2.11 says. */
export function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** An attribute value as XML 1.0 §3.3.3 reads it: references decoded, each tab or line end a space. */
export function normaliseAttribute(raw: string): string {
  let plain = true;
  for (let at = 0; at < raw.length && plain; at++) {
    const code = raw.charCodeAt(at);
    plain = code !== 38 && code !== 9 && code !== 10 && code !== 13; // & \t \n \r
  }
  if (plain) return raw;
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Character data as written between tags: line ends normalised, then references decoded. */
export function characterData(raw: string): string {
  return decodeEntities(normaliseLineEnds(raw));
}
