/**
 * Reads the catalogue's facets from a query string. Only loaders read query strings, and the zod
 * checks here would otherwise ship to every page that shows the filter form.
 */
import { z } from "zod";
import { E8_LEVELS, HCF_LEVELS, IRAP_LEVELS } from "~/assurance/vocabulary";
import { SERVICE_MODELS } from "./vocabulary";
import { CERTIFICATION_FACETS, IRAP_CURRENCY_VALUES, LISTING_SOURCES, SORTS, toSearchParams, type CatalogueQuery } from "./facets";

const FACET_LABELS: Record<string, string> = {
  category: "category",
  model: "service model",
  irap: "IRAP level",
  irapStatus: "IRAP currency",
  hcf: "Hosting Certification Framework level",
  e8: "Essential Eight level",
  cert: "certification",
  onshore: "data held onshore",
  sme: "SME",
  source: "listing source",
  prices: "has published prices",
  fits: "meets every product rule for my purchase",
  profile: "meets my requirements profile",
  sort: "sort order",
  page: "page number",
};

const yes = z.enum(["1", "true", "yes", "on"]);

/**
 * Reads the query string. A value we do not recognise is dropped and reported in plain words, so
 * a mistyped shared link still shows the catalogue with a note instead of an error page.
 */
export function parseCatalogueQuery(
  params: URLSearchParams,
  knownCategories: readonly string[],
): { query: CatalogueQuery; problems: string[] } {
  const problems: string[] = [];
  const many = <T extends string>(name: keyof CatalogueQuery, allowed: readonly T[]): T[] => {
    const out: T[] = [];
    for (const raw of params.getAll(name)) {
      for (const value of raw
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean)) {
        if ((allowed as readonly string[]).includes(value)) {
          if (!out.includes(value as T)) out.push(value as T);
        } else problems.push(`"${truncate(value)}" is not a known ${FACET_LABELS[name]}, so it was ignored.`);
      }
    }
    return out;
  };
  const one = <T extends string>(name: keyof CatalogueQuery, allowed: readonly T[]): T | null => {
    const values = many(name, allowed);
    if (values.length > 1) problems.push(`Choose one ${FACET_LABELS[name]}; the first, ${values[0]}, was used.`);
    return values[0] ?? null;
  };
  const flag = (name: "onshore" | "sme" | "prices" | "fits" | "profile"): boolean => {
    const raw = params.get(name);
    if (raw === null || raw === "") return false;
    if (yes.safeParse(raw.toLowerCase()).success) return true;
    problems.push(`"${truncate(raw)}" is not a valid value for ${FACET_LABELS[name]}; use 1.`);
    return false;
  };

  const query: CatalogueQuery = {
    q: (params.get("q") ?? "").slice(0, 500).trim(),
    category: many("category", knownCategories),
    model: many("model", SERVICE_MODELS),
    irap: one("irap", IRAP_LEVELS),
    irapStatus: many("irapStatus", IRAP_CURRENCY_VALUES),
    hcf: many("hcf", [...HCF_LEVELS, "none"] as const),
    e8: one("e8", E8_LEVELS),
    cert: many("cert", CERTIFICATION_FACETS),
    onshore: flag("onshore"),
    sme: flag("sme"),
    source: many("source", LISTING_SOURCES),
    prices: flag("prices"),
    fits: flag("fits"),
    profile: flag("profile"),
    sort: "name",
    page: 1,
  };
  // With words to search for, the best match comes first unless the person chose an order.
  const sort = one("sort", SORTS);
  query.sort = sort && (sort !== "relevance" || query.q) ? sort : query.q ? "relevance" : "name";
  const rawPage = params.get("page");
  if (rawPage !== null && rawPage !== "") {
    const parsed = z.coerce.number().int().min(1).max(100_000).safeParse(rawPage);
    if (parsed.success) query.page = parsed.data;
    else problems.push(`"${truncate(rawPage)}" is not a valid page number; showing page 1.`);
  }
  return { query, problems };
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * The catalogue query a buyer came from (the product page's `from`), cleaned to the facets we know,
 * for the way back: anything else in it is dropped, never echoed.
 */
export function returnQuery(from: string | null, categorySlugs: string[]): string {
  if (!from) return "";
  return toSearchParams(parseCatalogueQuery(new URLSearchParams(from.slice(0, 2000)), categorySlugs).query).toString();
}
