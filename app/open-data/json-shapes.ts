/**
 * The JSON the open-data API answers with. Shapes are built field by field (never by spreading a
 * model's row) so that a column added to the database is not published until someone decides to.
 */
import { BADGE_KIND_LABELS, type BadgeKind } from "~/assurance/vocabulary";
import { levelLabel, mappedIrapTitle } from "~/assurance/labels";
import type { BadgeView } from "~/assurance/badge-view";
import type { OpenDataRecord } from "./record";
import { microsToDollars, PRICE_UNIT_LABELS, type PriceItem, type PriceUnit } from "~/pricing/price-items";

/** Agencies' assessments of a product, aggregated (open-data/assessments.server.ts). */
export interface AssessmentSummaryJson {
  assessedBy: number;
  reliedOnBy: number;
  frameworkVersion: number | null;
}

const NOT_ASSESSED: AssessmentSummaryJson = { assessedBy: 0, reliedOnBy: 0, frameworkVersion: null };

/** A product's prices in brief, for /api/products (open-data/prices.server.ts). */
export interface PriceSummaryJson {
  hasPublishedPrices: boolean;
  from: { unitPriceExGst: number; unit: PriceUnit; unitLabel: string } | null;
  effectiveFrom: string | null;
}

export const NO_PRICES: PriceSummaryJson = { hasPublishedPrices: false, from: null, effectiveFrom: null };

const dollars = (micros: number | null) => (micros === null ? null : microsToDollars(micros));

/** One price item, dollars as numbers (ex GST): micros are how we count, not how anyone reads prices. */
export function priceItemJson(item: PriceItem) {
  return {
    key: item.key,
    name: item.name,
    unit: item.unit,
    unitLabel: PRICE_UNIT_LABELS[item.unit] ?? item.unit,
    gst: item.gst,
    billingPeriod: item.billingPeriod,
    minimumTermMonths: item.minimumTermMonths,
    minimumCommitment: dollars(item.minimumCommitmentMicros),
    tiers: item.tiers.map((t) => ({ fromQuantity: t.fromQuantity, unitPriceExGst: microsToDollars(t.unitPriceMicros) })),
  };
}

export function priceListJson(list: { effectiveFrom: string; source: string; items: PriceItem[] }) {
  return { effectiveFrom: list.effectiveFrom, source: list.source, items: list.items.map(priceItemJson) };
}

export type PriceListJson = ReturnType<typeof priceListJson>;

export function productListItem(
  r: OpenDataRecord,
  origin: string,
  assessments: AssessmentSummaryJson = NOT_ASSESSED,
  prices: PriceSummaryJson = NO_PRICES,
) {
  const e = r.entry;
  return {
    slug: e.slug,
    name: e.name,
    summary: e.summary,
    provider: { name: e.providerName, slug: e.providerSlug },
    serviceModel: e.serviceModel,
    categories: e.categories,
    listedOn: e.listedOn,
    verified: e.verified,
    source: e.source,
    // Facts nobody stated (a listing mapped from FedRAMP) are null, never a negative answer.
    sme: e.source === "fedramp" ? null : e.sme,
    dataLocation: r.dataLocation,
    assurance: {
      irap: r.irap,
      fedramp: r.fedramp,
      hcf: r.hcf,
      e8: r.e8,
      iso27001: r.iso27001,
      soc2: r.soc2,
      csaStar: r.csaStar,
      pciDss: r.pciDss,
    },
    rating: { average: e.rating, count: e.reviewCount },
    assessments: { assessedBy: assessments.assessedBy, reliedOnBy: assessments.reliedOnBy, frameworkVersion: assessments.frameworkVersion },
    prices: { hasPublishedPrices: prices.hasPublishedPrices, from: prices.from, effectiveFrom: prices.effectiveFrom },
    links: { self: `${origin}/api/products/${e.slug}`, html: r.listingUrl },
  };
}

export type ProductListItem = ReturnType<typeof productListItem>;

export interface PageLinks {
  self: string;
  first: string;
  last: string;
  next: string | null;
  prev: string | null;
}

export function productPage(args: {
  items: ProductListItem[];
  total: number;
  page: number;
  pageSize: number;
  dataVersion: number;
  generatedOn: string;
  links: PageLinks;
}) {
  return {
    data: args.items,
    meta: {
      total: args.total,
      page: args.page,
      pageSize: args.pageSize,
      totalPages: Math.max(1, Math.ceil(args.total / args.pageSize)),
      dataVersion: args.dataVersion,
      generatedOn: args.generatedOn,
    },
    links: args.links,
  };
}

type DetailBadge = Omit<BadgeView, "id" | "evidenceRef">;

export function badgeJson(b: DetailBadge) {
  return {
    kind: b.kind,
    name:
      b.kind === "irap" && b.mapped
        ? `${mappedIrapTitle(b.level)}: not an IRAP assessment`
        : (BADGE_KIND_LABELS[b.kind as BadgeKind] ?? b.kind),
    level: b.level,
    levelLabel: levelLabel(b.kind, b.level),
    assessedOn: b.assessedOn,
    periodEnd: b.periodEnd,
    certificateExpiresOn: b.expiresOn,
    expiresOn: b.currency.expiresOn,
    state: b.currency.state,
    daysToExpiry: b.currency.daysToExpiry,
    statusLabel: b.currency.label,
    assessor: b.assessorName,
    scope: b.scope,
    ismRelease: b.ismRelease,
    e8Levels: b.e8Levels,
    evidenceLevel: b.evidenceLevel,
    mapped: b.mapped,
  };
}
