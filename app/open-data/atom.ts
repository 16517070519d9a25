/**
 * The What's new list as an Atom 1.0 feed (RFC 4287). Entry ids are the product page's address
 * plus a fragment naming the event, so a reader sees each event once however often it polls.
 */
import { badgeTitle } from "~/assurance/labels";
import { formatDate } from "~/platform/dates";
import type { WhatsNew } from "./whats-new";

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

interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  category: { term: string; label: string };
}

const token = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const moment = (date: string) => `${date}T00:00:00Z`;

export function feedEntries(news: WhatsNew, origin: string): FeedEntry[] {
  const page = (slug: string) => `${origin}/products/${slug}`;
  const entries: FeedEntry[] = [
    ...news.newlyListed.map((p) => ({
      id: `${page(p.slug)}#listed-${p.listedOn}`,
      title: `New listing: ${p.name} (${p.serviceModel}) by ${p.providerName}`,
      updated: moment(p.listedOn),
      link: page(p.slug),
      summary: `${p.name} by ${p.providerName} was listed on ${formatDate(p.listedOn)}.`,
      category: { term: "new-listing", label: "New listing" },
    })),
    ...news.newAssessments.map((b) => ({
      id: `${page(b.productSlug)}#${b.kind}-${token(b.level)}-${b.on}`,
      title: `New assessment: ${b.productName}, ${badgeTitle(b.kind, b.level)}`,
      updated: moment(b.on),
      link: page(b.productSlug),
      summary: `${badgeTitle(b.kind, b.level)} for ${b.productName} by ${b.providerName}, dated ${formatDate(b.on)}${b.assessorName ? `, by ${b.assessorName}` : ""}.`,
      category: { term: "new-assessment", label: "New assessment" },
    })),
    ...news.lapsing.map((b) => ({
      id: `${page(b.productSlug)}#${b.kind}-due-${b.lapsesAfter}`,
      title: `About to lapse: ${b.productName}, ${badgeTitle(b.kind, b.level)}`,
      updated: moment(b.dueSince),
      link: page(b.productSlug),
      summary: `${badgeTitle(b.kind, b.level)} for ${b.productName} by ${b.providerName} is current until ${formatDate(b.lapsesAfter)}.`,
      category: { term: "about-to-lapse", label: "About to lapse" },
    })),
  ];
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

export function atomFeed(news: WhatsNew, origin: string): string {
  const entries = feedEntries(news, origin);
  const updated = entries[0]?.updated ?? moment(news.today);
  const entryXml = entries.map(
    (e) => `  <entry>
    <id>${xmlText(e.id)}</id>
    <title>${xmlText(e.title)}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>
    <category term="${e.category.term}" label="${xmlText(e.category.label)}"/>
    <summary>${xmlText(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-AU">
  <id>${xmlText(`${origin}/whats-new`)}</id>
  <title>Cloud Exchange: what's new</title>
  <subtitle>New listings and assessments from the last 90 days, and badges due to lapse within the next 90.</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(`${origin}/whats-new/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(`${origin}/whats-new`)}"/>
  <author><name>Cloud Exchange</name></author>
${entryXml.join("\n")}
</feed>
`;
}
