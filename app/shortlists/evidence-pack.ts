/** What an evidence snapshot holds (evidence-pack.server.ts writes it; the pack page shows it). */
import type { ListingDetails } from "~/catalogue/listing";
import type { IsoDate } from "~/platform/dates";
import type { ProposedPurchase } from "~/procurement/purchase";
import type { RuleResult } from "~/procurement/rules";
import type { ResponsibilitySnapshot } from "~/responsibility/export";

export const SNAPSHOT_FORMAT = 1;

export type SnapshotResult = RuleResult & { ruleVersionId: number | null };

export interface SnapshotData {
  format: typeof SNAPSHOT_FORMAT;
  takenOn: IsoDate;
  shortlist: { id: number; name: string };
  purchase: ProposedPurchase | null;
  listings: (ListingDetails & { note: string; results: SnapshotResult[]; responsibility: ResponsibilitySnapshot | null })[];
}
