/**
 * How one product fits a buyer's proposed purchase, for the product page: the rule results, their
 * one-line summary and the signing date they were judged for.
 */
import { todayIso, type IsoDate } from "~/platform/dates";
import { alignProduct } from "./alignment.server";
import type { ProposedPurchase } from "./purchase";
import { productRules, summarise } from "./rules";

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
}) {
  const results = purchase ? alignProduct({ productId, name, purchase, today }) : null;
  return {
    results,
    summary: results ? summarise(productRules(results)).label : null,
    signingDate: purchase?.signingDate ?? null,
  };
}
