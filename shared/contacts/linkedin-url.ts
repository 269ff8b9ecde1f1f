/**
 * A LinkedIn profile or company page reduced to the identity Tend compares contacts by.
 * `key` is `in/<slug>` or `company/<slug>`: lower-case, percent-decoded, no trailing slash,
 * query or fragment, whatever host variant (`www.`, `uk.`, `m.`) or scheme the user pasted.
 */
export interface LinkedInPage {
  kind: "in" | "company";
  slug: string;
  key: string;
  /** The canonical address, for links in drafts and the Today list. */
  readonly url: string;
}

const HOST = /^([a-z0-9-]+\.)*linkedin\.com$/;

// The common spellings, read without building a URL object (this runs for every row).
const PLAIN =
  /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/(in|company)\/([A-Za-z0-9_%-]+)\/?(?:[?#].*)?$/i;

const EXPORTED = "https://www.linkedin.com/in/";
const EXPORTED_SLUG = /^[A-Za-z0-9_%-]+\/?$/;
const PLAIN_SLUG = /^[A-Za-z0-9_-]*$/;

export function parseLinkedInUrl(text: string): LinkedInPage | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return exportedPage(trimmed) ?? pageOf(trimmed);
}

/**
 * The form LinkedIn's own exports and Tend's import write, with a lower-case slug: read by a
 * look at each character, and its key and slug cut out of the text as they are (no regular
 * expression, no lower-casing, no joined key to flatten when a Map hashes it: this runs for
 * every row, twice). `pageOf` reads it the same; anything else is left to it.
 */
export function exportedPage(trimmed: string): LinkedInPage | undefined {
  if (!trimmed.startsWith(EXPORTED)) return undefined;
  const start = EXPORTED.length;
  const end = trimmed.charCodeAt(trimmed.length - 1) === SLASH ? trimmed.length - 1 : trimmed.length;
  if (end <= start) return undefined;
  for (let at = start; at < end; at++) {
    const code = trimmed.charCodeAt(at);
    const plain = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 95;
    if (!plain) return undefined;
  }
  return new Page("in", trimmed.slice(start, end), trimmed.slice(start - 3, end));
}

const SLASH = 47;

/** Any spelling of a profile or company address (the general path of `parseLinkedInUrl`). */
export function pageOf(trimmed: string): LinkedInPage | undefined {
  // The form LinkedIn's own exports use, without a match array; PLAIN would read it the same.
  if (trimmed.startsWith(EXPORTED)) {
    const rest = trimmed.slice(EXPORTED.length);
    if (EXPORTED_SLUG.test(rest)) return page("in", rest.endsWith("/") ? rest.slice(0, -1) : rest);
  }
  const plain = PLAIN.exec(trimmed);
  if (plain) return page(plain[1] as string, plain[2] as string);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let address: URL;
  try {
    address = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(address.protocol) || !HOST.test(address.hostname.toLowerCase())) return undefined;
  const segments = address.pathname.split("/").filter((segment) => segment !== "");
  const [kind, rawSlug] = segments;
  if ((kind?.toLowerCase() !== "in" && kind?.toLowerCase() !== "company") || rawSlug === undefined) {
    return undefined;
  }
  return page(kind, rawSlug);
}

function page(kind: string, rawSlug: string): LinkedInPage | undefined {
  // A plain ASCII slug without escapes (nearly all of them) decodes and normalises to itself.
  const decoded = PLAIN_SLUG.test(rawSlug) ? rawSlug : safeDecode(rawSlug).normalize("NFC");
  const slug = decoded.toLowerCase();
  if (slug.trim() === "") return undefined;
  const pageKind = kind.toLowerCase() as "in" | "company";
  return new Page(pageKind, slug);
}

/** The canonical address is built only when asked for: most rows never need it. */
class Page implements LinkedInPage {
  constructor(
    readonly kind: "in" | "company",
    readonly slug: string,
    readonly key = `${kind}/${slug}`,
  ) {}
  get url(): string {
    return `https://www.linkedin.com/${this.kind}/${encodeURIComponent(this.slug)}/`;
  }
}

/** Connections.csv percent-encodes non-ASCII slugs and other exports do not: decode both the same way. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The identity key of a pasted URL, or undefined when it is not a LinkedIn profile or company page. */
export function linkedInKey(text: string): string | undefined {
  return parseLinkedInUrl(text)?.key;
}
