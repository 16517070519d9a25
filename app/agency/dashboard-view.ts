/**
 * The agency dashboard as pages receive it: plain data worked out on the server
 * (dashboard.server.ts), so components ship sentences, not the rules behind them.
 */
import type { CurrencyState } from "~/assurance/currency";

/** A product's state is its worst badge's: overdue before due before current; "undated" has no badge with an expiry. */
export type ProductState = "overdue" | "due" | "current" | "undated";

export const PRODUCT_STATES: readonly ProductState[] = ["current", "due", "overdue", "undated"];

export const PRODUCT_STATE_LABELS: Record<ProductState, string> = {
  current: "Current",
  due: "Due within 90 days",
  overdue: "Overdue or lapsed",
  undated: "No dated assurance",
};

export interface DashboardBadge {
  id: number;
  kind: string;
  mapped: boolean;
  title: string;
  state: CurrencyState;
  /** The currency rule's own words, e.g. "IRAP reassessment due in 41 days". */
  label: string;
  /** Last day the badge counts, already formatted ("12 Mar 2027"); null where the framework sets none. */
  expiresWords: string | null;
  expiresOn: string | null;
  daysToExpiry: number | null;
}

export interface PriceChange {
  effectiveFrom: string;
  effectiveWords: string;
  upcoming: boolean;
  words: string[];
}

export interface PriceFacts {
  /** False until the product has an approved price list: the page says so rather than showing a blank. */
  published: boolean;
  /** What is charged today, e.g. "From $0.05 per vCPU-hour · 6 price items (sample prices)". */
  summary: string | null;
  /** Lists that started after the agency started using it (all lists when that day is not recorded). */
  changes: PriceChange[];
}

export interface DashboardProduct {
  productId: number;
  slug: string;
  name: string;
  providerName: string;
  /** Listed from the US FedRAMP data: its badges are mapped, not Australian assessments. */
  mapped: boolean;
  relationship: string;
  relationshipWords: string;
  since: string | null;
  sinceWords: string | null;
  state: ProductState;
  badges: DashboardBadge[];
  prices: PriceFacts;
  /** The agency has an assessment of it (any state but rejected) or relies on another agency's. */
  assessed: boolean;
}

export interface ColleagueReview {
  id: number;
  productSlug: string;
  productName: string;
  title: string;
  overall: number;
  publishedWords: string | null;
  reviewerName: string;
  isOwn: boolean;
  isNew: boolean;
}

export interface NextStep {
  key: string;
  text: string;
  href: string;
  detail?: string;
}

export interface AgencyDashboard {
  agency: { id: number; name: string; source: string; sourceNote: string | null };
  today: string;
  todayWords: string;
  products: DashboardProduct[];
  counts: Record<ProductState, number>;
  reviews: ColleagueReview[];
  ownPending: { id: number; productSlug: string; productName: string; title: string }[];
  nextSteps: NextStep[];
}
