/** The documents a buyer reads before buying (pure: the forms, the diff and the pages share it). */
export const DOCUMENT_KINDS = ["definition", "pricing", "terms", "sla"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  definition: "Service definition",
  pricing: "Pricing document",
  terms: "Terms and conditions",
  sla: "Service level agreement",
};

/** The proposable fields, in the order the form and the diff show them. */
export const DOCUMENT_FIELDS = [
  ...DOCUMENT_KINDS.flatMap((k) => [`${k}Url`, `${k}Date`] as const),
  "slaAvailability",
  "supportHours",
] as const;

export const DOCUMENT_FIELD_LABELS: Record<(typeof DOCUMENT_FIELDS)[number], string> = {
  definitionUrl: "Service definition (link)",
  definitionDate: "Service definition (date)",
  pricingUrl: "Pricing document (link)",
  pricingDate: "Pricing document (date)",
  termsUrl: "Terms and conditions (link)",
  termsDate: "Terms and conditions (date)",
  slaUrl: "Service level agreement (link)",
  slaDate: "Service level agreement (date)",
  slaAvailability: "SLA availability (%)",
  supportHours: "Support hours",
};

export type ServiceDocumentsProposal = {
  [K in DocumentKind as `${K}Url`]: string | null;
} & {
  [K in DocumentKind as `${K}Date`]: string | null;
} & { slaAvailability: number | null; supportHours: string | null };
