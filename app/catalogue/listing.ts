/**
 * A listing as buyers weigh it side by side (compare, the CSV export, the evidence pack), written
 * out so that the components showing it never import the server module that reads it
 * (listing-details.server.ts).
 */
import type { CurrencyState } from "~/assurance/currency";

export interface ListingBadge {
  id: number;
  kind: string;
  level: string;
  assessedOn: string | null;
  expiresOn: string | null;
  periodEnd: string | null;
  assessorName: string | null;
  evidenceLevel: string;
  e8Levels: Record<string, number> | null;
  mapped: boolean;
  currency: { state: CurrencyState; label: string };
}

export interface ListingProvider {
  name: string;
  slug: string;
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
