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
  url: string;
}

const HOST = /^([a-z0-9-]+\.)*linkedin\.com$/;

export function parseLinkedInUrl(text: string): LinkedInPage | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
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
  const slug = safeDecode(rawSlug).toLowerCase();
  if (slug.trim() === "") return undefined;
  const pageKind = kind.toLowerCase() as "in" | "company";
  return {
    kind: pageKind,
    slug,
    key: `${pageKind}/${slug}`,
    url: `https://www.linkedin.com/${pageKind}/${encodeURIComponent(slug)}/`,
  };
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
