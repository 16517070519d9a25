/**
 * The product and provider tables' column lists, once: a listing as buyers weigh it, the provider
 * facts they filter and compare on, and a whole provider as its page shows it. Queries pick one of
 * these, so a new field is added in one place.
 */
import { products, providers } from "~db/schema";

/** The facts buyers filter on (docs/domain.md, "Provider facts"). */
export const providerFactColumns = {
  headquarters: providers.headquarters,
  australianOwned: providers.australianOwned,
  ownershipNote: providers.ownershipNote,
  dataLocation: providers.dataLocation,
  dataCentres: providers.dataCentres,
  supportStaffLocation: providers.supportStaffLocation,
  staffClearance: providers.staffClearance,
  securityOperationsCentre: providers.securityOperationsCentre,
  communityRules: providers.communityRules,
  environments: providers.environments,
  sme: providers.sme,
  indigenousBusiness: providers.indigenousBusiness,
};

export const providerColumns = {
  id: providers.id,
  slug: providers.slug,
  name: providers.name,
  summary: providers.summary,
  website: providers.website,
  ...providerFactColumns,
  source: providers.source,
};

/** A listing's own fields as compare, the evidence pack and the product page show them. */
export const listingColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  summary: products.summary,
  serviceModel: products.serviceModel,
  deploymentModel: products.deploymentModel,
  website: products.website,
  verification: products.verification,
  verifiedAt: products.verifiedAt,
  communityRulesRequired: products.communityRulesRequired,
  source: products.source,
  listedOn: products.listedOn,
  updatedAt: products.updatedAt,
};
