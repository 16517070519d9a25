/** The words and limits of an approach to market, shared by its forms, pages and record. */
export const APPROACH_STATUSES = ["draft", "open", "closed", "decided"] as const;
export type ApproachStatus = (typeof APPROACH_STATUSES)[number];

export const STATUS_LABELS: Record<ApproachStatus, string> = {
  draft: "Draft: not yet sent",
  open: "Open for responses",
  closed: "Closed: being evaluated",
  decided: "Decided",
};

export const LIMITS = {
  title: 150,
  requirement: 20_000,
  pricingBasis: 1_000,
  criterionName: 120,
  criterionDescription: 1_000,
  criteria: 10,
  invitations: 30,
  question: 2_000,
  answer: 4_000,
  response: 20_000,
  attachments: 10,
  comment: 2_000,
  reason: 2_000,
  /** A closing date no further out than this: a year is already long for a cloud purchase. */
  closeWithinDays: 365,
} as const;

/** The criteria a new approach starts with; the buyer edits them. */
export const STARTING_CRITERIA = [
  { name: "Meets the requirement", description: "How fully the service does what the requirement describes.", weight: 40, isPrice: false },
  { name: "Security and assurance", description: "Certifications, their currency and the evidence offered.", weight: 25, isPrice: false },
  { name: "Price", description: "The whole-of-life price for the quantities asked, GST inclusive.", weight: 35, isPrice: true },
] as const;

/** AusTender contract notice IDs look like CN3912345 (sometimes with an amendment suffix, -A1). */
export const AUSTENDER_ID = /^CN\d{5,10}(-A\d{1,3})?$/;

export const RECORD_FORMAT = "cloud-exchange/approach-decision-record@1";
