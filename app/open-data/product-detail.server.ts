/** The full product as /api/products/{slug} publishes it: every field named on purpose. */
import type { getProductBySlug } from "~/catalogue/product.server";
import type { getProviderBySlug } from "~/catalogue/provider.server";
import { providerFactsStated } from "~/catalogue/provenance";
import { badgeJson } from "./json-shapes";
import type { OpenProductAssessments } from "./assessments.server";
import type { OpenProductPrices, OpenServiceDocuments } from "./prices.server";

type Product = NonNullable<ReturnType<typeof getProductBySlug>>;
type Provider = NonNullable<ReturnType<typeof getProviderBySlug>>;

export function productDetail(
  p: Product,
  provider: Provider,
  origin: string,
  assessments: OpenProductAssessments,
  commercial: { prices: OpenProductPrices; serviceDocuments: OpenServiceDocuments },
) {
  // A provider mapped from FedRAMP stated none of its facts: null, never the columns' defaults.
  const stated = providerFactsStated(provider.source);
  const related = (r: { slug: string; name: string; providerName: string; serviceModel: string }) => ({
    slug: r.slug,
    name: r.name,
    provider: r.providerName,
    serviceModel: r.serviceModel,
    links: { self: `${origin}/api/products/${r.slug}`, html: `${origin}/products/${r.slug}` },
  });
  return {
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    description: p.description,
    serviceModel: p.serviceModel,
    deploymentModel: p.deploymentModel,
    website: p.website,
    verification: p.verification,
    verifiedAt: p.verifiedAt,
    communityRulesRequired: p.communityRulesRequired,
    source: p.source,
    mappedFields: p.mappedFields,
    listedOn: p.listedOn,
    updatedAt: p.updatedAt,
    provider: {
      slug: provider.slug,
      name: provider.name,
      website: provider.website,
      headquarters: provider.headquarters,
      australianOwned: stated ? provider.australianOwned : null,
      ownershipNote: stated ? provider.ownershipNote : null,
      dataLocation: stated ? provider.dataLocation : null,
      dataCentres: stated ? provider.dataCentres : null,
      supportStaffLocation: stated ? provider.supportStaffLocation : null,
      staffClearance: stated ? provider.staffClearance : null,
      securityOperationsCentre: stated ? provider.securityOperationsCentre : null,
      communityRules: stated ? provider.communityRules : null,
      environments: stated ? provider.environments : null,
      sme: stated ? provider.sme : null,
      indigenousBusiness: stated ? provider.indigenousBusiness : null,
      source: provider.source,
      factsStated: stated,
      links: { html: `${origin}/providers/${provider.slug}` },
    },
    categories: p.categories.map((c) => ({ slug: c.slug, name: c.name })),
    agencies: p.agencies.map((a) => ({ name: a.name, relationship: a.relationship, source: a.source })),
    badges: p.badges.map(badgeJson),
    builtOn: p.builtOn.map(related),
    builtUpon: p.builtUpon.map(related),
    rating: { average: p.rating.average === null ? null : Math.round(p.rating.average * 10) / 10, count: p.rating.count },
    // Aggregates only: which agency assessed it, and why, is for signed-in government users.
    assessments,
    prices: commercial.prices,
    serviceDocuments: commercial.serviceDocuments,
    links: { self: `${origin}/api/products/${p.slug}`, html: `${origin}/products/${p.slug}` },
  };
}

export type ProductDetail = ReturnType<typeof productDetail>;
