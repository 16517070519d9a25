/**
 * Exemptions to the contract caps (Contract Limits and Reviews Policy): automatic for purchases
 * from a mandatory whole-of-government panel category or under CPR paragraph 2.6 (the latter only
 * once the DTA is notified), or a joint ministerial exemption. Which bases exist is data: the 2017
 * policy knew only the ministerial one.
 *
 * Decision: a cap that is exceeded but exempt "meets", with a reason naming both the breach and the
 * exemption; a CPR 2.6 purchase not yet notified to the DTA "needs evidence or an exemption"; with
 * no exemption the cap "does not meet". The cap_exemptions rule sums this up in one row: it does not
 * apply while no cap is exceeded, meets when the exemption is granted, and otherwise needs one.
 */
import { z } from "zod";
import type { ProposedPurchase } from "../purchase";

export const EXEMPTION_BASES = ["mandatory_wofg_panel", "cpr_2_6", "ministerial"] as const;
export type ExemptionBasis = (typeof EXEMPTION_BASES)[number];

export const exemptionParams = z.object({ exemptions: z.array(z.enum(EXEMPTION_BASES)) });

export type CapExemption = { status: "granted"; basis: string } | { status: "pending"; basis: string } | { status: "none" };

export function capExemption(purchase: ProposedPurchase, allowed: readonly ExemptionBasis[]): CapExemption {
  if (allowed.includes("mandatory_wofg_panel") && purchase.panel === "mandatory_wofg_panel") {
    return { status: "granted", basis: "exempt as a purchase from a mandatory whole-of-government panel category" };
  }
  if (allowed.includes("cpr_2_6") && purchase.panel === "cpr_2_6" && purchase.dtaNotified) {
    return { status: "granted", basis: "exempt under CPR paragraph 2.6, DTA notified" };
  }
  if (allowed.includes("ministerial") && purchase.ministerialExemption) {
    return { status: "granted", basis: "joint ministerial exemption recorded" };
  }
  if (allowed.includes("cpr_2_6") && purchase.panel === "cpr_2_6") {
    return { status: "pending", basis: "CPR paragraph 2.6 exempts it only once the DTA is notified" };
  }
  return { status: "none" };
}
