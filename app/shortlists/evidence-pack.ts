/** What an evidence snapshot holds (evidence-pack.server.ts writes it; the pack page, PDF and JSON show it). */
import type { ListingBadge, ListingDetails } from "~/catalogue/listing";
import type { FactRow } from "~/catalogue/provider-fact-rows";
import type { IsoDate } from "~/platform/dates";
import type { ProposedPurchase } from "~/procurement/purchase";
import type { RuleResult } from "~/procurement/rules";
import type { ResponsibilitySnapshot } from "~/responsibility/export";
import type { FrozenAssessments, FrozenRequirements } from "~/assessments/buyer-views";
import type { PriceItem, PriceUnit } from "~/pricing/price-items";
import type { ServiceDocumentsProposal } from "~/pricing/documents";

/**
 * 1: listings, badges and rule results. 2 adds when to the second and by whom, and each badge's
 * scope, ISM release, evidence reference and the words it was shown with. Snapshots are never
 * rewritten, so readers take a format-1 snapshot's missing fields as "Not recorded". Agencies'
 * assessments (`requirements`, each listing's `assessments`) were added to format 2 as optional
 * fields: a pack taken before them has neither and reads as "not recorded". Prices, service
 * documents and the cost estimate (issue 18) were added the same way.
 */
export const SNAPSHOT_FORMAT = 2;

export type SnapshotResult = RuleResult & { ruleVersionId: number | null };

/** A badge as the pack froze it: its fields and, from format 2, the words it was shown with. */
export type SnapshotBadge = ListingBadge & {
  /** "IRAP PROTECTED", or "FedRAMP High authorisation, shown as PROTECTED-equivalent: not an IRAP assessment". */
  title?: string;
  /** "Verified by Cloud Exchange", "Self-declared by the provider" and so on. */
  evidenceLabel?: string;
};

export interface SnapshotListing extends Omit<ListingDetails, "badges"> {
  badges: SnapshotBadge[];
  note: string;
  results: SnapshotResult[];
  responsibility: ResponsibilitySnapshot | null;
  /** Agencies' assessments as they stood; absent from packs taken before assessments existed. */
  assessments?: FrozenAssessments | null;
  /** The price list in force when taken; null when the price was on request; absent from older packs. */
  prices?: FrozenPriceList | null;
  /** The service documents when taken; null when none were published; absent from older packs. */
  documents?: FrozenDocuments | null;
  /** The buyer's estimate re-priced on this product by unit, in words; null without an estimate; absent from older packs. */
  estimate?: string | null;
}

export interface FrozenPriceList {
  effectiveFrom: IsoDate;
  approvedAt: string | null;
  source: string;
  note: string;
  items: PriceItem[];
}

export type FrozenDocuments = ServiceDocumentsProposal & { source: string; updatedAt: string };

/** The purchase's cost estimate as it was priced when taken (the list it was built on, the purchase's term). */
export interface FrozenEstimate {
  productSlug: string;
  productName: string;
  priceListFrom: IsoDate;
  madeOn: IsoDate;
  termMonths: number;
  extensionMonths: number;
  lines: { name: string; unit: PriceUnit; quantity: number; totalExGst: number }[];
  totalExGst: number;
  gst: number;
  totalGstInc: number;
  assumptions: string[];
}

export interface SnapshotData {
  format: 1 | typeof SNAPSHOT_FORMAT;
  /** The day the rules were judged on. */
  takenOn: IsoDate;
  /** Format 2: the instant, ISO 8601 in UTC. */
  takenAt?: string;
  /** Format 2: who took it, as they were named then. */
  takenBy?: { name: string; email: string; agency: string | null };
  shortlist: { id: number; name: string };
  purchase: ProposedPurchase | null;
  /** The requirements profile the assessments were judged against; absent from older packs. */
  requirements?: FrozenRequirements | null;
  /** The cost estimate the purchase's cost was built from; null when the cost was typed; absent from older packs. */
  estimate?: FrozenEstimate | null;
  listings: SnapshotListing[];
}

/** The JSON download: the content and the checksum of its canonical form, so a copy can be checked. */
export interface EvidencePackFile {
  checksum: { algorithm: "SHA-256"; canonicalisation: string; of: "content"; value: string };
  content: SnapshotData;
}

export const CANONICALISATION = "RFC 8785 JSON Canonicalization Scheme";

// How a snapshot reads (evidence-pack-words.server.ts words it; the page and the PDF show it).

/** A term and its value; `href` when the value is a web address to follow (evidence, a policy). */
export interface PackRow extends FactRow {
  href?: string;
}

export interface PackBadge {
  title: string;
  rows: PackRow[];
}

export interface PackRule {
  key: string;
  name: string;
  outcome: SnapshotResult["outcome"];
  outcomeLabel: string;
  reason: string;
  /** "Hosting Certification Framework: Home Affairs; version 2, in force from 1 Jul 2021". */
  source: string;
  sourceUrl: string | null;
}

export interface PackListing {
  id: number;
  slug: string;
  name: string;
  about: string;
  note: string;
  provider: FactRow[];
  badges: PackBadge[];
  rules: PackRule[];
  /** Who secures each control area, as at the snapshot; null for a snapshot taken before models existed. */
  responsibility: FactRow[] | null;
  /** Agencies' assessments as frozen; null for a pack taken before they were recorded. */
  assessments: PackAssessments | null;
  /** The price list, the service documents and the estimate as frozen; each "Not recorded" in an older pack. */
  prices: PackRow[];
  documents: PackRow[];
  estimate: string;
}

export interface PackAssessments {
  /** "Assessed by 2 agencies, relied on by 3 other agencies, framework version 1." */
  summary: string;
  /** Each quality against the buyer's minimum, gaps first. */
  qualities: PackRow[];
  /** The published assessments, with their agencies; empty for a buyer who saw aggregates only. */
  published: PackRow[];
  /** Why `published` is empty, when it is. */
  publishedNote: string | null;
}

export interface PackWords {
  shortlistName: string;
  taken: string;
  takenBy: string;
  judged: string;
  purchase: PackRow[] | null;
  /** Which minimums the assessments were judged against; null when the pack recorded none. */
  requirements: string | null;
  /** The purchase's cost estimate as frozen: a sentence, then its lines and assumptions. */
  estimate: { summary: string; rows: PackRow[]; assumptions: string[] };
  listings: PackListing[];
}
