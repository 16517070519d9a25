/**
 * The one Atom 1.0 writer (RFC 4287), for every feed the site publishes. Text is escaped for XML,
 * and characters XML 1.0 forbids even when escaped are dropped, so a feed stays well-formed
 * whatever a title or an article contains. Entry HTML goes in as escaped text
 * (<content type="html">). We write it ourselves rather than take a feed library: Atom is all we
 * publish, and these forty lines are the whole of it (docs/decisions/007).
 */

// XML 1.0 forbids most control characters even when escaped; drop them rather than emit bad XML.
const INVALID_XML = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Atom wants RFC 3339 moments: stored ones are ISO-8601 UTC already; a calendar date is its midnight, UTC. */
function atomMoment(value: string): string {
  return value.length === 10 ? `${value}T00:00:00Z` : value;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** An ISO-8601 moment or a calendar date. */
  updated: string;
  published?: string | null;
  author?: string;
  link: string;
  summary: string;
  /** Sanitised HTML for the entry's content. */
  html?: string;
  category?: { term: string; label: string };
}

export interface AtomFeed {
  /** The page the feed follows, e.g. https://…/whats-new; the feed's id. */
  page: string;
  /** The feed's own address. */
  self: string;
  title: string;
  subtitle: string;
  /** When nothing in the feed says otherwise. */
  updated: string;
  entries: AtomEntry[];
}

export function atomFeed(feed: AtomFeed): string {
  const updated =
    feed.entries.reduce((max, e) => (atomMoment(e.updated) > max ? atomMoment(e.updated) : max), "") || atomMoment(feed.updated);
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${xmlText(e.id)}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <updated>${atomMoment(e.updated)}</updated>`,
      e.published ? `    <published>${atomMoment(e.published)}</published>` : null,
      e.author ? `    <author><name>${xmlText(e.author)}</name></author>` : null,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      e.category ? `    <category term="${xmlText(e.category.term)}" label="${xmlText(e.category.label)}"/>` : null,
      `    <summary>${xmlText(e.summary)}</summary>`,
      e.html !== undefined ? `    <content type="html">${xmlText(e.html)}</content>` : null,
      "  </entry>",
    ]
      .filter((line) => line !== null)
      .join("\n"),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-AU">
  <id>${xmlText(feed.page)}</id>
  <title>${xmlText(feed.title)}</title>
  <subtitle>${xmlText(feed.subtitle)}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.page)}"/>
  <author><name>Cloud Exchange</name></author>
${entries.join("\n")}
</feed>
`;
}
