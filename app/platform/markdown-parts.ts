/** Small pure pieces of the Markdown renderer, kept apart so they can be tested on their own. */

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export const CALLOUT_KINDS = ["note", "tip", "important", "warning", "caution"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const CALLOUT_LABELS: Record<CalloutKind, string> = {
  note: "Note",
  tip: "Tip",
  important: "Important",
  warning: "Warning",
  caution: "Caution",
};

const CALLOUT_MARKER = /^<p>\[!(note|tip|important|warning|caution)\][ \t]*\n?/i;

/**
 * GitHub-style alerts: a blockquote whose first line is `[!NOTE]` (or TIP, IMPORTANT, WARNING,
 * CAUTION) becomes a callout. Takes the blockquote's rendered inner HTML.
 */
export function calloutFrom(innerHtml: string): { kind: CalloutKind; label: string; body: string } | null {
  const m = CALLOUT_MARKER.exec(innerHtml);
  if (!m) return null;
  const kind = m[1].toLowerCase() as CalloutKind;
  const body = `<p>${innerHtml.slice(m[0].length)}`.replace(/^<p><\/p>\n?/, "");
  return { kind, label: CALLOUT_LABELS[kind], body };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };

/** Heading text without markup, for the table of contents and the anchor. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, " ")
    .trim();
}

/** Stable, unique anchors per document: "Who owns it?" -> "who-owns-it", then "who-owns-it-2". */
export function headingSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base =
      text
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60)
        .replace(/-+$/, "") || "section";
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** A link to another site: absolute http(s) to a host other than ours. */
export function isExternalHref(href: string, siteOrigin?: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  if (!siteOrigin) return true;
  try {
    return new URL(href).host !== new URL(siteOrigin).host;
  } catch {
    return true;
  }
}
