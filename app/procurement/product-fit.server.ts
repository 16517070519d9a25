import { todayIso, type IsoDate } from "~/platform/dates";
import { alignProduct } from "./alignment.server";
import type { ProposedPurchase } from "./purchase";
import type { ProductFitView } from "./product-fit";
import { fitsPurchase, productRules, purchaseDuties, summarise } from "./rules";

/**
 * How one product fits the buyer's purchase, worked out whole for the product page: the rules that
 * depend on the product, judged on this one, and how many of the purchase's own duties (the same
 * for every product, listed on /purchase) are still to do.
 */
export function productFit({
  purchase,
  productId,
  name,
  today = todayIso(),
}: {
  purchase: ProposedPurchase | null;
  productId: number;
  name: string;
  today?: IsoDate;
}): ProductFitView {
  if (!purchase)
    return { described: false, line: "Describe your purchase to see how it fits", signingDate: null, rules: [], dutiesToDo: 0 };
  const results = alignProduct({ productId, name, purchase, today });
  return {
    described: true,
    line: fitsPurchase(results) ? "Meets every product rule for your purchase" : summarise(productRules(results)).label,
    signingDate: purchase.signingDate,
    rules: productRules(results),
    dutiesToDo: purchaseDuties(results).filter((r) => r.outcome === "does_not_meet" || r.outcome === "needs_evidence").length,
  };
}
