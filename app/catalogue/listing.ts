/**
 * A listing as buyers weigh it side by side (compare, the CSV export, the evidence pack), written
 * out so that the components showing it never import the server module that reads it
 * (listing-details.server.ts).
 */
import type { BadgeView } from "~/assurance/badge-view";

export type ListingBadge = Pick<
  BadgeView,
  | "id"
  | "kind"
  | "level"
  | "assessedOn"
  | "expiresOn"
  | "periodEnd"
  | "assessorName"
  | "scope"
  | "ismRelease"
  | "evidenceLevel"
  | "evidenceRef"
  | "e8Levels"
  | "mapped"
> & { currency: Pick<BadgeView["currency"], "state" | "label"> };

export interface ListingProvider {
  name: string;
  slug: string;
  /** Where the provider's facts come from: see provenance.ts. */
  source: string;
  australianOwned: boolean;
  ownershipNote: string;
  dataLocation: string;
  dataCentres: string[];
  supportStaffLocation: string;
  staffClearance: string;
  securityOperationsCentre: boolean;
  communityRules: boolean;
  environments: string[];
  sme: boolean;
  indigenousBusiness: boolean;
  headquarters: string | null;
}

export interface ListingDetails {
  id: number;
  slug: string;
  name: string;
  summary: string;
  serviceModel: string;
  deploymentModel: string | null;
  website: string | null;
  verification: string;
  verifiedAt: string | null;
  communityRulesRequired: boolean;
  source: string;
  listedOn: string;
  updatedAt: string;
  provider: ListingProvider;
  badges: ListingBadge[];
  rating: { average: number | null; count: number };
}
