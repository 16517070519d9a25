/**
 * Rules about how the buying is done, judged on the purchase alone: Consider First, Fair Criteria,
 * Digital and ICT Reuse, and limited liability (Finance Circular 2006/03).
 */
import { z } from "zod";
import { formatAud } from "~/platform/money";
import type { ProposedPurchase } from "../purchase";
import { defineCheck, meets, needsEvidence, notApplicable } from "./check";

const threshold = z.object({ thresholdGstInc: z.number().positive() });

/** "whole-of-life cost $80,000 GST incl. is at or above the $80,000 threshold" */
function costAgainst(p: ProposedPurchase, thresholdGstInc: number): { above: boolean; words: string } {
  const cost = `whole-of-life cost ${formatAud(p.costGstInc)} GST incl.`;
  const limit = formatAud(thresholdGstInc, { compact: true });
  return p.costGstInc >= thresholdGstInc
    ? { above: true, words: `${cost} is at or above the ${limit} threshold` }
    : { above: false, words: `${cost} is below the ${limit} threshold` };
}

const CORPORATE = "a corporate Commonwealth entity may apply the policy but need not";

export const considerFirst = defineCheck({
  scope: "purchase",
  params: threshold,
  evaluate({ purchase, params }) {
    if (!purchase.nonCorporateEntity) return notApplicable(CORPORATE);
    const cost = costAgainst(purchase, params.thresholdGstInc);
    if (!cost.above) return notApplicable(cost.words);
    return purchase.considerFirstDone
      ? meets(`${cost.words}: Consider First self-assessment recorded`)
      : needsEvidence(`${cost.words}: record the Consider First self-assessment before the investment decision`);
  },
});

export const fairCriteria = defineCheck({
  scope: "purchase",
  params: threshold,
  evaluate({ purchase, params }) {
    if (!purchase.nonCorporateEntity) return notApplicable(CORPORATE);
    if (purchase.establishingPanel) return notApplicable("establishing a panel: the Fair Criteria Policy does not apply");
    if (purchase.panel === "mandatory_wofg_panel") {
      return notApplicable("buying from a mandatory whole-of-government panel category: the Fair Criteria Policy does not apply");
    }
    if (purchase.panel === "cpr_2_6") {
      return notApplicable("buying under CPR paragraph 2.6: the Fair Criteria Policy does not apply");
    }
    const cost = costAgainst(purchase, params.thresholdGstInc);
    if (!cost.above) return notApplicable(cost.words);
    return purchase.fairCriteriaDone
      ? meets(`${cost.words}: Fair Criteria Checklist recorded`)
      : needsEvidence(`${cost.words}: complete the Fair Criteria Checklist before drafting requirements`);
  },
});

/** The policy names a whole-of-life ICT cost without saying how GST is treated; GST-inclusive errs towards applying it. */
export const reuse = defineCheck({
  scope: "purchase",
  params: threshold,
  evaluate({ purchase, params }) {
    const cost = costAgainst(purchase, params.thresholdGstInc);
    if (!cost.above) return notApplicable(cost.words);
    return purchase.reuseConsidered
      ? meets(`${cost.words}: reuse options considered and recorded`)
      : needsEvidence(`${cost.words}: record the reuse options considered`);
  },
});

const QUOTE_LENGTH = 80;

export const liability = defineCheck({
  scope: "purchase",
  params: z.object({}).passthrough(),
  evaluate({ purchase }) {
    if (purchase.liability === "capped") return notApplicable("supplier liability is capped");
    const why = purchase.liabilityJustification.replace(/\s+/g, " ").trim();
    if (why === "") {
      return needsEvidence(
        "supplier liability is unlimited: record the risk assessment's compelling reason, or cap it at an appropriate level",
      );
    }
    const quoted = why.length > QUOTE_LENGTH ? `${why.slice(0, QUOTE_LENGTH - 1)}…` : why;
    return meets(`supplier liability is unlimited, justified by a recorded risk assessment: "${quoted}"`);
  },
});
