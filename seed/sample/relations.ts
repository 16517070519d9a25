/**
 * Sample links between listings: which (sample) agencies authorised or reuse a product, and which
 * infrastructure a platform or software product is built on. A product only builds on IaaS that
 * can hold its data where its provider says it does.
 */
import type { SampleBadge } from "./badges";
import type { SampleProduct } from "./products";
import type { SampleProvider } from "./providers";
import type { Random } from "./random";

export interface SampleProductAgency {
  productSlug: string;
  agencyName: string;
  relationship: "authorised" | "reusing";
}

export interface SampleDependency {
  productSlug: string;
  builtOnSlug: string;
}

export function buildProductAgencies(opts: {
  products: SampleProduct[];
  providers: SampleProvider[];
  badges: SampleBadge[];
  agencyNames: string[];
  rng: Random;
}): SampleProductAgency[] {
  const { rng } = opts;
  const irapAssessed = new Set(opts.badges.filter((b) => b.kind === "irap").map((b) => b.productSlug));
  const australian = new Set(opts.providers.filter((p) => p.australianOwned).map((p) => p.slug));
  const links: SampleProductAgency[] = [];
  for (const product of opts.products) {
    const irap = irapAssessed.has(product.slug);
    if (!rng.chance(irap ? 0.85 : australian.has(product.providerSlug) ? 0.5 : 0.3)) continue;
    const agencies = rng.sample(opts.agencyNames, rng.int(1, irap ? 7 : 3));
    agencies.forEach((agencyName, i) => {
      links.push({ productSlug: product.slug, agencyName, relationship: i === 0 || rng.chance(0.3) ? "authorised" : "reusing" });
    });
  }
  return links;
}

export function buildDependencies(opts: { products: SampleProduct[]; providers: SampleProvider[]; rng: Random }): SampleDependency[] {
  const { rng } = opts;
  const providers = new Map(opts.providers.map((p) => [p.slug, p]));
  const infrastructure = opts.products.filter(
    (p) => p.serviceModel === "IaaS" && p.categorySlugs.some((c) => c === "compute" || c === "storage"),
  );
  const deps: SampleDependency[] = [];
  for (const product of opts.products) {
    if (product.serviceModel === "IaaS") continue;
    if (!rng.chance(product.serviceModel === "SaaS" ? 0.65 : 0.5)) continue;
    const location = providers.get(product.providerSlug)!.dataLocation;
    const own = infrastructure.filter((i) => i.providerSlug === product.providerSlug);
    const compatible = infrastructure.filter((i) => {
      const hosting = providers.get(i.providerSlug)!.dataLocation;
      return location === "onshore" ? hosting === "onshore" : location === "both" ? hosting !== "offshore" : hosting !== "onshore";
    });
    const pool = own.length > 0 ? own : compatible;
    for (const builtOn of rng.sample(pool, rng.chance(0.7) ? 1 : 2)) {
      deps.push({ productSlug: product.slug, builtOnSlug: builtOn.slug });
    }
  }
  return deps;
}
