/**
 * Awarded outcomes as open data, field by field: which agency chose which product, for how much,
 * when, the AusTender notice when known and the checksum of the frozen record. Nothing of the
 * evaluation (scores, other responses, evaluators, reasons) is selected by awardedOutcomes, so
 * nothing of it can reach these shapes. Sample outcomes say so.
 */
import { awardedOutcomes, type AwardedOutcome } from "~/approaches/outcomes.server";
import { toCanberraFields } from "~/approaches/closing";
import type { OutcomeJson } from "./outcomes";
export { outcomesVersion } from "~/approaches/outcomes.server";

function outcomeJson(o: AwardedOutcome, origin: string): OutcomeJson {
  return {
    approach: { id: o.approachId, title: o.title },
    agency: { name: o.agency },
    product: {
      slug: o.productSlug,
      name: o.productName,
      links: { self: `${origin}/api/products/${o.productSlug}`, html: `${origin}/products/${o.productSlug}` },
    },
    provider: { name: o.providerName, slug: o.providerSlug },
    contractValueGstInc: o.contractValueCents === null ? null : o.contractValueCents / 100,
    // The day as the agency lived it: a decision at 9 am in Canberra is the previous day in UTC.
    decidedOn: toCanberraFields(o.decidedAt).date,
    decidedAt: o.decidedAt,
    austenderId: o.austenderId,
    checksum: o.checksum,
    sample: o.source === "sample",
  };
}

/** Every awarded outcome, newest decision first: what /api/outcomes, its CSV and its feed publish. */
export function openOutcomes(origin: string): OutcomeJson[] {
  return awardedOutcomes().map((o) => outcomeJson(o, origin));
}
