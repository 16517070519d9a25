/**
 * What the buyer's approach pages need beyond the approach itself: the products they may invite
 * (shortlisted ones, and every product that fits the purchase), the form's starting values, and the
 * rule results a buyer reads before sending. Plain values in, plain data out: the routes authorise.
 */
import { catalogueEntries } from "~/catalogue/catalogue.server";
import { estimateBasisFor } from "~/pricing/compare-prices.server";
import { termInWords } from "~/pricing/compare-prices";
import { PRICE_UNIT_LABELS } from "~/pricing/price-items";
import { todayIso } from "~/platform/dates";
import { alignProduct, catalogueAlignment } from "~/procurement/alignment.server";
import type { ProposedPurchase } from "~/procurement/purchase";
import { evaluatePurchase } from "~/procurement/rules";
import { productRules, purchaseDuties, summarise, type RuleResult } from "~/procurement/results";
import { loadRuleVersions } from "~/procurement/rules.server";
import { getShortlist } from "~/shortlists/shortlist.server";
import type { ProductChoice } from "./approach-form";
import type { ApproachDetail } from "./approach.server";
import { toCanberraFields } from "./closing";
import { LIMITS, STARTING_CRITERIA } from "./vocabulary";

/**
 * Every catalogue product that meets each product rule for the purchase (the catalogue's "Meets
 * every product rule for my purchase" filter, from the same cached alignment), apart from those
 * already offered, capped at what one approach may invite.
 */
export function productsFittingPurchase({
  purchase,
  except = [],
}: {
  purchase: ProposedPurchase;
  except?: readonly number[];
}): ProductChoice[] {
  const entries = catalogueEntries();
  const alignment = catalogueAlignment({ purchase, products: entries });
  const skip = new Set(except);
  return entries
    .filter((e) => !skip.has(e.id) && alignment.get(e.id)?.fits)
    .sort((a, b) => a.providerName.localeCompare(b.providerName) || a.name.localeCompare(b.name))
    .slice(0, LIMITS.invitations)
    .map((e) => ({ id: e.id, name: e.name, providerName: e.providerName }));
}

/** The products a new approach may invite: the shortlist's, and those that fit the purchase. */
export function choicesForNew({
  shortlist,
  purchase,
}: {
  shortlist: { items: { productId: number; name: string; providerName: string }[] };
  purchase: ProposedPurchase;
}) {
  const shortlisted = shortlist.items.map((i) => ({ id: i.productId, name: i.name, providerName: i.providerName }));
  const fitting = productsFittingPurchase({ purchase, except: shortlisted.map((p) => p.id) });
  return { shortlisted, fitting, allowedProductIds: [...shortlisted, ...fitting].map((p) => p.id) };
}

/**
 * The products a draft may invite when edited: its shortlist's (while the owner still has it), the
 * ones it already invites, and those that fit its purchase, so saving never drops an invitation
 * because a shortlist was since changed.
 */
export function choicesForEdit({ detail, purchase }: { detail: ApproachDetail; purchase: ProposedPurchase }) {
  const shortlist =
    detail.shortlistId !== null && detail.ownerId !== null ? getShortlist({ id: detail.shortlistId, userId: detail.ownerId }) : null;
  const offered = new Map<number, ProductChoice>();
  for (const i of shortlist?.items ?? []) offered.set(i.productId, { id: i.productId, name: i.name, providerName: i.providerName });
  for (const i of detail.invitations) offered.set(i.productId, { id: i.productId, name: i.productName, providerName: i.providerName });
  const shortlisted = [...offered.values()];
  const fitting = productsFittingPurchase({ purchase, except: shortlisted.map((p) => p.id) });
  return { shortlisted, fitting, allowedProductIds: [...shortlisted, ...fitting].map((p) => p.id) };
}

/** "What sellers should price", from the buyer's estimate when there is one, else from the term. */
export function pricingBasisFor(purchase: ProposedPurchase, today = todayIso()): string {
  const basis = estimateBasisFor({ purchase, today });
  const extensions = purchase.extensionMonths.reduce((a, b) => a + b, 0);
  const term = termInWords(purchase.initialTermMonths, extensions);
  if (!basis || basis.byUnit.size === 0) {
    return `The whole-of-life price, GST inclusive, over ${term}, with the quantities you would expect us to need.`;
  }
  const units = [...basis.byUnit].map(([unit, quantity]) => `${quantity.toLocaleString("en-AU")} ${PRICE_UNIT_LABELS[unit]}`).join(", ");
  return `The whole-of-life price, GST inclusive, for these quantities: ${units}, over ${term}.`;
}

/** The form's field values for a new approach: the starting criteria, the price row marked. */
export function startingValues(purchase: ProposedPurchase): Record<string, string> {
  const values: Record<string, string> = {
    title: "",
    requirement: "",
    pricingBasis: pricingBasisFor(purchase),
    closeDate: "",
    closeTime: "14:00",
  };
  STARTING_CRITERIA.forEach((c, i) => {
    values[`criteria[${i}].name`] = c.name;
    values[`criteria[${i}].description`] = c.description;
    values[`criteria[${i}].weight`] = String(c.weight);
    if (c.isPrice) values.priceCriterion = String(i);
  });
  return values;
}

/** A draft's stored values, in the form's field names. */
export function draftValues(detail: ApproachDetail): { values: Record<string, string>; products: string[] } {
  const close = toCanberraFields(detail.closesAt);
  const values: Record<string, string> = {
    title: detail.title,
    requirement: detail.requirement,
    pricingBasis: detail.pricingBasis,
    closeDate: close.date,
    closeTime: close.time,
  };
  detail.criteria.forEach((c, i) => {
    values[`criteria[${i}].name`] = c.name;
    values[`criteria[${i}].description`] = c.description;
    values[`criteria[${i}].weight`] = String(c.weight);
    if (c.isPrice) values.priceCriterion = String(i);
  });
  return { values, products: detail.invitations.map((i) => String(i.productId)) };
}

const TO_DO: RuleResult["outcome"][] = ["does_not_meet", "needs_evidence"];

/**
 * What a buyer reads before sending: the purchase's duties still open (Fair Criteria, Consider
 * First...), and each invited product's product rules, judged on the purchase stored with the draft.
 */
export function sendingChecks(detail: ApproachDetail, today = todayIso()) {
  const rules = loadRuleVersions();
  const duties = purchaseDuties(evaluatePurchase({ purchase: detail.purchase, product: null, rules, today }));
  return {
    dutiesToDo: duties.filter((r) => TO_DO.includes(r.outcome)),
    dutiesDone: duties.filter((r) => r.outcome === "meets").length,
    products: detail.invitations.map((i) => {
      const results = productRules(alignProduct({ productId: i.productId, name: i.productName, purchase: detail.purchase, rules, today }));
      return {
        productId: i.productId,
        productName: i.productName,
        providerName: i.providerName,
        summary: summarise(results).label,
        open: results.filter((r) => TO_DO.includes(r.outcome)),
      };
    }),
  };
}
export type SendingChecks = ReturnType<typeof sendingChecks>;
