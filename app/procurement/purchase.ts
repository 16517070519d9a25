/**
 * A buyer's proposed purchase: the inputs the procurement rules are judged on
 * (docs/domain.md, "Procurement rules"), and the form's fields and choices. The form posts
 * strings; `parsePurchaseForm` in purchase.server.ts turns them into a `ProposedPurchase` or into
 * one plain message per field. It is kept apart because only actions run it, and its zod schemas
 * would otherwise ship with the purchase form.
 */
import type { Classification } from "~/assurance/vocabulary";
import type { IsoDate } from "~/platform/dates";

export const PANELS = ["none", "mandatory_wofg_panel", "cpr_2_6"] as const;
export type Panel = (typeof PANELS)[number];
export const PANEL_LABELS: Record<Panel, string> = {
  none: "Neither",
  mandatory_wofg_panel: "A mandatory whole-of-government panel category",
  cpr_2_6: "Under paragraph 2.6 of the Commonwealth Procurement Rules",
};

export const HOSTING_CONTRACT_KINDS = ["new", "extension"] as const;
export type HostingContractKind = (typeof HOSTING_CONTRACT_KINDS)[number];

export const LIABILITY_TERMS = ["capped", "unlimited"] as const;
export type LiabilityTerms = (typeof LIABILITY_TERMS)[number];

export const E8_TARGETS = ["none", "ML1", "ML2", "ML3"] as const;
export type E8Target = (typeof E8_TARGETS)[number];

/**
 * Where the cost came from when the buyer built it from a product's prices (/purchase/estimate):
 * enough to show the estimate again. Absent when the cost was typed; typing a different cost drops it.
 */
export interface CostFromEstimate {
  productSlug: string;
  productName: string;
  /** The price list's start date, so the page can say which prices were used. */
  priceListFrom: IsoDate;
  /** By price item key; the term and extension options are the purchase's own. */
  quantities: Record<string, number>;
  madeOn: IsoDate;
}

export interface ProposedPurchase {
  classification: Classification;
  sensitive: boolean;
  wholeOfGovernment: boolean;
  /** Whole-of-life cost including every extension option, in dollars. */
  costGstInc: number;
  costExGst: number;
  initialTermMonths: number;
  /** One entry per extension option, in months. */
  extensionMonths: number[];
  extensionExercised: boolean;
  reviewRecorded: boolean;
  signingDate: IsoDate;
  hostingContract: boolean;
  hostingContractKind: HostingContractKind | null;
  panel: Panel;
  dtaNotified: boolean;
  ministerialExemption: boolean;
  /** An HCF exemption granted by Home Affairs for an uncertified or pending provider. */
  hcfExemption: boolean;
  liability: LiabilityTerms;
  liabilityJustification: string;
  targetE8: E8Target;
  considerFirstDone: boolean;
  fairCriteriaDone: boolean;
  reuseConsidered: boolean;
  nonCorporateEntity: boolean;
  establishingPanel: boolean;
  costEstimate?: CostFromEstimate;
}

/** The form's field names, in the order the form shows them. */
export const PURCHASE_FIELDS = [
  "classification",
  "sensitive",
  "wholeOfGovernment",
  "costGstInc",
  "costExGst",
  "initialTermMonths",
  "extensionMonths",
  "extensionExercised",
  "reviewRecorded",
  "signingDate",
  "hostingContract",
  "hostingContractKind",
  "hcfExemption",
  "panel",
  "dtaNotified",
  "ministerialExemption",
  "liability",
  "liabilityJustification",
  "targetE8",
  "considerFirstDone",
  "fairCriteriaDone",
  "reuseConsidered",
  "nonCorporateEntity",
  "establishingPanel",
] as const satisfies readonly (keyof ProposedPurchase)[];
export type PurchaseField = (typeof PURCHASE_FIELDS)[number];

export type FormInput = Record<string, string | string[] | undefined>;

/** The form values that reproduce a stored purchase, for "edit your purchase". */
export function purchaseFormValues(p: ProposedPurchase): Record<PurchaseField, string> {
  return {
    classification: p.classification,
    sensitive: String(p.sensitive),
    wholeOfGovernment: String(p.wholeOfGovernment),
    costGstInc: String(p.costGstInc),
    costExGst: String(p.costExGst),
    initialTermMonths: String(p.initialTermMonths),
    extensionMonths: p.extensionMonths.join(", "),
    extensionExercised: String(p.extensionExercised),
    reviewRecorded: String(p.reviewRecorded),
    signingDate: p.signingDate,
    hostingContract: String(p.hostingContract),
    hostingContractKind: p.hostingContractKind ?? "",
    hcfExemption: String(p.hcfExemption),
    panel: p.panel,
    dtaNotified: String(p.dtaNotified),
    ministerialExemption: String(p.ministerialExemption),
    liability: p.liability,
    liabilityJustification: p.liabilityJustification,
    targetE8: p.targetE8,
    considerFirstDone: String(p.considerFirstDone),
    fairCriteriaDone: String(p.fairCriteriaDone),
    reuseConsidered: String(p.reuseConsidered),
    nonCorporateEntity: String(p.nonCorporateEntity),
    establishingPanel: String(p.establishingPanel),
  };
}
