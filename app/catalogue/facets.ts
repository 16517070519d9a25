/**
 * The catalogue's facets: filtering, counting, sorting and writing them back to a query string.
 * Pure functions over CatalogueEntry rows so that every combination is testable without HTTP;
 * app/catalogue/catalogue.server.ts derives the entries from the database. Reading a query string is
 * in facets.server.ts: it validates with zod, which the filter form in the browser never needs.
 *
 * Semantics: values within a multi-select facet are alternatives (OR); facets combine with AND.
 * IRAP level and Essential Eight are thresholds ("PROTECTED or higher"), because a buyer needs at
 * least a level, never exactly one. Certifications combine with AND: a buyer ticking ISO and SOC 2
 * wants both. A FedRAMP authorisation mapped to an Australian level (`fedrampLevel`) never counts
 * as an IRAP assessment: the IRAP facets read only Australian assessments.
 */
import type { CurrencyState } from "~/assurance/currency";
import {
  classificationRank,
  E8_LEVELS,
  HCF_LEVELS,
  IRAP_LEVELS,
  type E8Level,
  type HcfLevel,
  type IrapLevel,
} from "~/assurance/vocabulary";
import { SERVICE_MODELS, type ServiceModel } from "./vocabulary";

export interface CatalogueEntry {
  id: number;
  slug: string;
  name: string;
  summary: string;
  providerName: string;
  providerSlug: string;
  serviceModel: ServiceModel;
  categories: string[];
  /** Australian listings (the sample, imports of Australian data) or mapped from the US FedRAMP Marketplace. */
  source: ListingSource;
  /** The highest IRAP assessment: Australian only. */
  irapLevel: IrapLevel | null;
  /** The highest FedRAMP authorisation, as the Australian level it is shown as; never an IRAP assessment. */
  fedrampLevel: IrapLevel | null;
  irapCurrency: CurrencyState | "none";
  hcf: HcfLevel | "none";
  e8: E8Level | "none";
  /** Certifications held and not lapsed (current or due). */
  certifications: CertificationFacet[];
  onshore: boolean;
  sme: boolean;
  verified: boolean;
  listedOn: string;
  latestAssessment: string | null;
  rating: number | null;
  reviewCount: number;
  /** An approved price list is in force today (app/pricing). */
  hasPrices: boolean;
}

export const LISTING_SOURCES = ["australian", "fedramp"] as const;
export type ListingSource = (typeof LISTING_SOURCES)[number];
export const LISTING_SOURCE_LABELS: Record<ListingSource, string> = {
  australian: "Australian listings",
  fedramp: "Mapped from the US FedRAMP Marketplace",
};

export const CERTIFICATION_FACETS = ["iso27001", "soc2", "csa_star"] as const;
export type CertificationFacet = (typeof CERTIFICATION_FACETS)[number];
export const IRAP_CURRENCY_VALUES = ["current", "due", "overdue", "none"] as const;
/** "estimate" needs the buyer's cost estimate, so the products route supplies the figures. */
export const SORTS = ["relevance", "name", "newest", "rating", "estimate"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 20;

export interface CatalogueQuery {
  q: string;
  category: string[];
  model: ServiceModel[];
  irap: IrapLevel | null;
  irapStatus: (typeof IRAP_CURRENCY_VALUES)[number][];
  hcf: (HcfLevel | "none")[];
  e8: E8Level | null;
  cert: CertificationFacet[];
  onshore: boolean;
  sme: boolean;
  source: ListingSource[];
  /** "Has published prices": an approved price list in force today. */
  prices: boolean;
  /**
   * "Meets every rule for my purchase". The verdicts come from the buyer's purchase, not from the
   * entry, so the products route applies this filter; here it is only parsed and written back.
   */
  fits: boolean;
  /**
   * "Meets my requirements profile": every minimum met by the latest agency assessments. Like
   * `fits`, it depends on the buyer, so the products route applies it.
   */
  profile: boolean;
  sort: Sort;
  page: number;
}

export const EMPTY_QUERY: CatalogueQuery = {
  q: "",
  category: [],
  model: [],
  irap: null,
  irapStatus: [],
  hcf: [],
  e8: null,
  cert: [],
  onshore: false,
  sme: false,
  source: [],
  prices: false,
  fits: false,
  profile: false,
  sort: "name",
  page: 1,
};

type FacetName = "category" | "model" | "irap" | "irapStatus" | "hcf" | "e8" | "cert" | "onshore" | "sme" | "source" | "prices";

const e8Rank = (level: E8Level | "none") => (level === "none" ? -1 : E8_LEVELS.indexOf(level));

function matchesFacet(e: CatalogueEntry, q: CatalogueQuery, facet: FacetName): boolean {
  switch (facet) {
    case "category":
      return q.category.length === 0 || q.category.some((c) => e.categories.includes(c));
    case "model":
      return q.model.length === 0 || q.model.includes(e.serviceModel);
    case "irap":
      return !q.irap || (!!e.irapLevel && classificationRank(e.irapLevel) >= classificationRank(q.irap));
    case "irapStatus":
      return q.irapStatus.length === 0 || q.irapStatus.includes(e.irapCurrency === "no_expiry" ? "current" : e.irapCurrency);
    case "hcf":
      return q.hcf.length === 0 || q.hcf.includes(e.hcf);
    case "e8":
      return !q.e8 || e8Rank(e.e8) >= e8Rank(q.e8);
    case "cert":
      return q.cert.every((c) => e.certifications.includes(c));
    case "onshore":
      return !q.onshore || e.onshore;
    case "sme":
      return !q.sme || e.sme;
    case "source":
      return q.source.length === 0 || q.source.includes(e.source);
    case "prices":
      return !q.prices || e.hasPrices;
  }
}

const FACETS: FacetName[] = ["category", "model", "irap", "irapStatus", "hcf", "e8", "cert", "onshore", "sme", "source", "prices"];

function matchesQuery(e: CatalogueEntry, q: CatalogueQuery, except?: FacetName): boolean {
  return FACETS.every((f) => f === except || matchesFacet(e, q, f));
}

export function filterEntries(entries: readonly CatalogueEntry[], q: CatalogueQuery): CatalogueEntry[] {
  return entries.filter((e) => matchesQuery(e, q));
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

/**
 * For each facet value, how many products would match if it were chosen, with every other facet
 * as it is ("disjunctive" counts): the number a person sees next to a checkbox is what they get.
 */
export function facetCounts(entries: readonly CatalogueEntry[], q: CatalogueQuery, categorySlugs: readonly string[]): FacetCounts {
  const count = (facet: FacetName, values: readonly string[], variant: (v: string) => CatalogueQuery) => {
    const out: Record<string, number> = {};
    const base = entries.filter((e) => matchesQuery(e, q, facet));
    for (const v of values) {
      const probe = variant(v);
      out[v] = base.filter((e) => matchesFacet(e, probe, facet)).length;
    }
    return out;
  };
  return {
    category: count("category", categorySlugs, (v) => ({ ...q, category: [v] })),
    model: count("model", SERVICE_MODELS, (v) => ({ ...q, model: [v as ServiceModel] })),
    irap: count("irap", IRAP_LEVELS, (v) => ({ ...q, irap: v as IrapLevel })),
    irapStatus: count("irapStatus", IRAP_CURRENCY_VALUES, (v) => ({ ...q, irapStatus: [v as CatalogueQuery["irapStatus"][number]] })),
    hcf: count("hcf", [...HCF_LEVELS, "none"], (v) => ({ ...q, hcf: [v as HcfLevel] })),
    e8: count("e8", E8_LEVELS, (v) => ({ ...q, e8: v as E8Level })),
    cert: count("cert", CERTIFICATION_FACETS, (v) => ({ ...q, cert: [...q.cert.filter((c) => c !== v), v as CertificationFacet] })),
    onshore: count("onshore", ["1"], () => ({ ...q, onshore: true })),
    sme: count("sme", ["1"], () => ({ ...q, sme: true })),
    source: count("source", LISTING_SOURCES, (v) => ({ ...q, source: [v as ListingSource] })),
    prices: count("prices", ["1"], () => ({ ...q, prices: true })),
  };
}

/** A product's estimated cost for the buyer's purchase, and how many of its units the product does not price. */
export type EntryEstimate = { gstInc: number; unmatched: number };

/**
 * `rank` is the text search's order (best first), used by the "relevance" sort. Every order lists
 * Australian listings before those mapped from FedRAMP, which would otherwise crowd the A-Z list:
 * the buyer wants Australian assurance first, and can ask for the mapped ones with the facet.
 * The "estimate" sort puts the cheapest first: products that price every unit of the buyer's
 * estimate, then those that leave a unit out (their figure is not the whole cost), then those with
 * no estimate at all; without `estimates` it is the name order.
 */
export function sortEntries(
  entries: CatalogueEntry[],
  sort: Sort,
  rank?: ReadonlyMap<number, number>,
  estimates?: ReadonlyMap<number, EntryEstimate>,
): CatalogueEntry[] {
  const bySource = (a: CatalogueEntry, b: CatalogueEntry) => LISTING_SOURCES.indexOf(a.source) - LISTING_SOURCES.indexOf(b.source);
  const byName = (a: CatalogueEntry, b: CatalogueEntry) => bySource(a, b) || a.name.localeCompare(b.name, "en-AU", { sensitivity: "base" });
  const sorted = [...entries];
  if (sort === "relevance" && rank)
    return sorted.sort((a, b) => bySource(a, b) || (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || byName(a, b));
  if (sort === "name" || sort === "relevance" || (sort === "estimate" && !estimates)) return sorted.sort(byName);
  if (sort === "estimate" && estimates) {
    const band = (e: CatalogueEntry) => {
      const x = estimates.get(e.id);
      return x ? (x.unmatched === 0 ? 0 : 1) : 2;
    };
    const cost = (e: CatalogueEntry) => estimates.get(e.id)?.gstInc ?? Infinity;
    return sorted.sort((a, b) => band(a) - band(b) || cost(a) - cost(b) || bySource(a, b) || byName(a, b));
  }
  if (sort === "newest")
    return sorted.sort((a, b) => bySource(a, b) || (b.latestAssessment ?? "").localeCompare(a.latestAssessment ?? "") || byName(a, b));
  return sorted.sort((a, b) => bySource(a, b) || (b.rating ?? -1) - (a.rating ?? -1) || b.reviewCount - a.reviewCount || byName(a, b));
}

/** The query string for a query: only what differs from the defaults, in a stable order. */
export function toSearchParams(q: CatalogueQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  for (const c of q.category) p.append("category", c);
  for (const m of q.model) p.append("model", m);
  if (q.irap) p.set("irap", q.irap);
  for (const s of q.irapStatus) p.append("irapStatus", s);
  for (const h of q.hcf) p.append("hcf", h);
  if (q.e8) p.set("e8", q.e8);
  for (const c of q.cert) p.append("cert", c);
  if (q.onshore) p.set("onshore", "1");
  if (q.sme) p.set("sme", "1");
  for (const s of q.source) p.append("source", s);
  if (q.prices) p.set("prices", "1");
  if (q.fits) p.set("fits", "1");
  if (q.profile) p.set("profile", "1");
  if (q.sort !== (q.q ? "relevance" : "name")) p.set("sort", q.sort);
  if (q.page > 1) p.set("page", String(q.page));
  return p;
}
