/**
 * The product page's first screen: the answers a buyer came for, each in one line and honest about
 * where it comes from (the price line reads the list in force today from app/pricing). An imported FedRAMP authorisation is named for what it is, a provider fact
 * nobody stated reads "Not stated", and a self-declared badge says so. Worked out by the loader, so
 * the page ships the sentences, not the vocabulary that makes them.
 */
import type { BadgeView } from "~/assurance/badge-view";
import { levelLabel, mappedIrapTitle } from "~/assurance/labels";
import { classificationRank, EVIDENCE_LABELS, type Classification, type EvidenceLevel } from "~/assurance/vocabulary";
import { formatDate, todayIso } from "~/platform/dates";
import { DATA_LOCATION_LABELS, type DataLocation } from "./vocabulary";
import { NOT_STATED, providerFactsStated } from "./provenance";
import type { GlanceRow } from "./product-glance";
import { pricesSummaryFor } from "~/pricing/prices.server";

type GlanceBadge = Pick<BadgeView, "kind" | "level" | "assessedOn" | "evidenceLevel" | "mapped" | "currency">;

const evidence = (b: GlanceBadge) => (EVIDENCE_LABELS[b.evidenceLevel as EvidenceLevel] ?? b.evidenceLevel).toLowerCase();
const dated = (b: GlanceBadge) => (b.assessedOn ? `, ${formatDate(b.assessedOn)}` : "");

function highest(badges: GlanceBadge[]): GlanceBadge | null {
  return badges.reduce<GlanceBadge | null>(
    (best, b) => (!best || classificationRank(b.level as Classification) > classificationRank(best.level as Classification) ? b : best),
    null,
  );
}

/** The highest IRAP assessment and its currency; else a FedRAMP authorisation worded as such. */
export function irapLine(badges: GlanceBadge[]): string {
  const irap = highest(badges.filter((b) => b.kind === "irap" && !b.mapped));
  if (irap) return `IRAP-assessed to ${irap.level}${dated(irap)} (${evidence(irap)}). ${irap.currency.label}`;
  const fedramp = highest(badges.filter((b) => b.kind === "irap" && b.mapped));
  if (fedramp) return `None. ${mappedIrapTitle(fedramp.level)}${dated(fedramp)}: a US authorisation, not an IRAP assessment`;
  return "No IRAP assessment listed";
}

function latestOf(badges: GlanceBadge[], kind: string): GlanceBadge | null {
  return (
    [...badges.filter((b) => b.kind === kind && !b.mapped)].sort((a, b) => (b.assessedOn ?? "").localeCompare(a.assessedOn ?? ""))[0] ??
    null
  );
}

export interface ProductGlanceView {
  id: number;
  slug: string;
  serviceModel: string;
  source: string;
  verification: string;
  badges: GlanceBadge[];
  provider: { name: string; slug: string; source: string; dataLocation: string };
  rating: { score: number | null; count: number };
}

/**
 * The rows of "At a glance", in the order a buyer reads them. `fit.line` is the purchase's verdict in
 * one line; `described` is whether the buyer has described a purchase at all.
 */
export function glanceRows(p: ProductGlanceView, fit: { line: string; described: boolean }, today: string = todayIso()): GlanceRow[] {
  const hcf = latestOf(p.badges, "hcf");
  const e8 = latestOf(p.badges, "e8");
  const stated = providerFactsStated(p.provider.source);
  const { score, count } = p.rating;
  return [
    { term: "IRAP", text: irapLine(p.badges) },
    {
      term: "Hosting certification",
      text: hcf ? `${levelLabel("hcf", hcf.level)}${dated(hcf)} (${evidence(hcf)})` : "No Hosting Certification Framework record",
    },
    {
      term: "Essential Eight",
      text: e8 ? `${levelLabel("e8", e8.level)}, the lowest of the eight strategies${dated(e8)} (${evidence(e8)})` : "No assessment listed",
    },
    {
      term: "Data held",
      text: stated ? (DATA_LOCATION_LABELS[p.provider.dataLocation as DataLocation] ?? p.provider.dataLocation) : NOT_STATED,
    },
    fit.described
      ? { term: "Your purchase", text: `${fit.line}.`, link: { href: "#fit", label: "See rule by rule" } }
      : {
          term: "Your purchase",
          text: "to see, rule by rule, whether this product fits it",
          link: { href: "/purchase", label: "Describe your purchase", first: true },
        },
    {
      term: "Price",
      text: pricesSummaryFor({ productIds: [p.id], today }).get(p.id) ?? "Price on request",
      link: { href: `/products/${p.slug}/prices`, label: "See prices and service documents" },
    },
    count === 0
      ? { term: "Rating", text: "No reviews yet" }
      : {
          term: "Rating",
          text: `${score === null ? "No recent reviews" : `${score.toFixed(1)} out of 5`} from ${count} ${count === 1 ? "review" : "reviews"}, recent ones counting most.`,
          link: { href: "#reviews", label: "Read the reviews" },
        },
    { term: "Listing", text: listingLine(p) },
  ];
}

function listingLine(p: ProductGlanceView): string {
  if (p.source === "fedramp") return "Mapped from the US FedRAMP Marketplace: not supplied or checked by the provider or Cloud Exchange";
  const origin = p.source === "sample" ? "Sample data (fictional, for demonstration). " : "";
  return `${origin}${p.verification === "verified" ? "Verified by Cloud Exchange against its evidence" : "As supplied by the provider, not verified by Cloud Exchange"}`;
}
