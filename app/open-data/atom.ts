/**
 * The What's new list as an Atom 1.0 feed (RFC 4287). Entry ids are the product page's address
 * plus a fragment naming the event, so a reader sees each event once however often it polls.
 */
import { badgeTitle } from "~/assurance/labels";
import { formatDate } from "~/platform/dates";
import { atomFeed, type AtomEntry } from "~/platform/atom";
import type { WhatsNew } from "./whats-new";

const token = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function feedEntries(news: WhatsNew, origin: string): AtomEntry[] {
  const page = (slug: string) => `${origin}/products/${slug}`;
  const entries: AtomEntry[] = [
    ...news.newlyListed.map((p) => ({
      id: `${page(p.slug)}#listed-${p.listedOn}`,
      title: `New listing: ${p.name} (${p.serviceModel}) by ${p.providerName}`,
      updated: p.listedOn,
      link: page(p.slug),
      summary: `${p.name} by ${p.providerName} was listed on ${formatDate(p.listedOn)}.`,
      category: { term: "new-listing", label: "New listing" },
    })),
    ...news.newAssessments.map((b) => ({
      id: `${page(b.productSlug)}#${b.kind}-${token(b.level)}-${b.on}`,
      title: `New assessment: ${b.productName}, ${badgeTitle(b.kind, b.level)}`,
      updated: b.on,
      link: page(b.productSlug),
      summary: `${badgeTitle(b.kind, b.level)} for ${b.productName} by ${b.providerName}, dated ${formatDate(b.on)}${b.assessorName ? `, by ${b.assessorName}` : ""}.`,
      category: { term: "new-assessment", label: "New assessment" },
    })),
    ...news.lapsing.map((b) => ({
      id: `${page(b.productSlug)}#${b.kind}-due-${b.lapsesAfter}`,
      title: `About to lapse: ${b.productName}, ${badgeTitle(b.kind, b.level)}`,
      updated: b.dueSince,
      link: page(b.productSlug),
      summary: `${badgeTitle(b.kind, b.level)} for ${b.productName} by ${b.providerName} is current until ${formatDate(b.lapsesAfter)}.`,
      category: { term: "about-to-lapse", label: "About to lapse" },
    })),
  ];
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

export function whatsNewFeed(news: WhatsNew, origin: string): string {
  return atomFeed({
    page: `${origin}/whats-new`,
    self: `${origin}/whats-new/feed.xml`,
    title: "Cloud Exchange: what's new",
    subtitle: "New listings and assessments from the last 90 days, and badges due to lapse within the next 90.",
    updated: news.today,
    entries: feedEntries(news, origin),
  });
}
