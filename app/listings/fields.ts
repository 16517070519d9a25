/**
 * What a provider representative may propose, and the zod schemas that check a proposal. Facts the
 * marketplace owns (slugs, source, verification, mapped fields, listing dates) are never proposable,
 * and a badge's evidence level stops short of "verified": only an editor can grant that on approval.
 */
import { z } from "zod";
import {
  BADGE_KINDS,
  CLEARANCES,
  CSA_STAR_LEVELS,
  DATA_LOCATIONS,
  E8_LEVELS,
  EVIDENCE_LEVELS,
  HCF_LEVELS,
  IRAP_LEVELS,
} from "~/domain/vocabulary";
import { isIsoDate } from "~/lib/dates";

export const LISTING_ENTITIES = ["provider", "product", "badge", "responsibility"] as const;
export type ListingEntity = (typeof LISTING_ENTITIES)[number];

export const PROVIDER_FIELDS = [
  "summary",
  "website",
  "headquarters",
  "ownershipNote",
  "dataLocation",
  "supportStaffLocation",
  "staffClearance",
  "securityOperationsCentre",
  "australianOwned",
  "sme",
  "indigenousBusiness",
] as const;
export const PRODUCT_FIELDS = ["name", "summary", "description", "categories", "website"] as const;
export const BADGE_FIELDS = [
  "kind",
  "level",
  "assessedOn",
  "expiresOn",
  "periodEnd",
  "assessorName",
  "scope",
  "evidenceLevel",
  "evidenceRef",
] as const;

export const FIELD_LABELS: Record<string, string> = {
  summary: "Summary",
  website: "Website",
  headquarters: "Headquarters",
  ownershipNote: "Ownership and control",
  dataLocation: "Where data is held",
  supportStaffLocation: "Where support staff are",
  staffClearance: "Support staff clearance",
  securityOperationsCentre: "24x7 security operations centre",
  australianOwned: "Australian owned",
  sme: "Small or medium enterprise",
  indigenousBusiness: "Indigenous business",
  name: "Name",
  description: "Description",
  categories: "Categories",
  kind: "Badge",
  level: "Level",
  assessedOn: "Assessed or issued on",
  expiresOn: "Expires on",
  periodEnd: "Report period end",
  assessorName: "Assessor",
  scope: "Scope",
  evidenceLevel: "Evidence level",
  evidenceRef: "Evidence",
  overrides: "Responsibility refinements",
};

/** What a provider may claim about its own evidence; "verified" is the marketplace's word. */
export const PROPOSABLE_EVIDENCE_LEVELS = EVIDENCE_LEVELS.filter((l) => l !== "verified");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v));

const httpsUrl = z
  .string()
  .trim()
  .max(500, "At most 500 characters")
  .refine((v) => v === "" || isHttpsUrl(v), "Enter a web address that starts with https://")
  .transform((v) => (v === "" ? null : v));

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

const isoDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || isIsoDate(v), `Enter the ${label} as a date like 2026-03-31`)
    .transform((v) => (v === "" ? null : v));

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** A document reference (e.g. "IRAP-2026-014.pdf") or an https link to the evidence. */
export function isEvidenceRef(value: string): boolean {
  if (/^[a-z]+:/i.test(value)) return isHttpsUrl(value);
  return /^[A-Za-z0-9][A-Za-z0-9 ._/#()-]{2,199}$/.test(value);
}

export const providerProposalSchema = z.object({
  summary: z.string().trim().min(10, "Write a summary of at least 10 characters").max(500, "At most 500 characters"),
  website: httpsUrl,
  headquarters: optionalText(120),
  ownershipNote: z.string().trim().max(1000, "At most 1,000 characters"),
  dataLocation: z.enum(DATA_LOCATIONS, { errorMap: () => ({ message: "Choose where customer data is held" }) }),
  supportStaffLocation: z.enum(DATA_LOCATIONS, { errorMap: () => ({ message: "Choose where support staff are" }) }),
  staffClearance: z.enum(CLEARANCES, { errorMap: () => ({ message: "Choose the support staff clearance" }) }),
  securityOperationsCentre: checkbox,
  australianOwned: checkbox,
  sme: checkbox,
  indigenousBusiness: checkbox,
});
export type ProviderProposal = z.infer<typeof providerProposalSchema>;

export const productProposalSchema = z.object({
  name: z.string().trim().min(2, "Enter the product's name").max(120, "At most 120 characters"),
  summary: z.string().trim().min(10, "Write a summary of at least 10 characters").max(300, "At most 300 characters"),
  description: z.string().trim().max(5000, "At most 5,000 characters"),
  website: httpsUrl,
  categories: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(10, "Choose at most 10 categories"),
});
export type ProductProposal = z.infer<typeof productProposalSchema>;

/** Levels a kind accepts, as the catalogue stores them. */
export function levelsFor(kind: string): readonly string[] | null {
  switch (kind) {
    case "irap":
      return IRAP_LEVELS;
    case "hcf":
      return HCF_LEVELS;
    case "e8":
      return E8_LEVELS;
    case "csa_star":
      return CSA_STAR_LEVELS;
    case "iso27001":
      return ["certified"];
    case "soc2":
      return ["type2"];
    case "pci_dss":
      return ["Level 1 service provider", "Level 2 service provider"];
    default:
      return null;
  }
}

export const badgeProposalSchema = z
  .object({
    kind: z.enum(BADGE_KINDS, { errorMap: () => ({ message: "Choose the kind of badge" }) }),
    level: z.string().trim().max(40),
    assessedOn: isoDate("assessment or issue date"),
    expiresOn: isoDate("expiry date"),
    periodEnd: isoDate("report period end"),
    assessorName: z.string().trim().min(2, "Name the assessor, or write Self-assessed").max(120, "At most 120 characters"),
    scope: z.string().trim().min(5, "Describe the scope in at least 5 characters").max(1000, "At most 1,000 characters"),
    evidenceLevel: z
      .string()
      .refine((v) => v !== "verified", "Only Cloud Exchange can mark a badge verified")
      .pipe(z.enum(PROPOSABLE_EVIDENCE_LEVELS as [string, ...string[]], { errorMap: () => ({ message: "Choose the evidence level" }) })),
    evidenceRef: z
      .string()
      .trim()
      .min(1, "Give a document reference or an https link to the evidence")
      .refine(isEvidenceRef, "Give a document reference (letters, numbers, dots, dashes) or a link starting with https://"),
  })
  .superRefine((b, ctx) => {
    const levels = levelsFor(b.kind);
    if (levels && levels.length > 1 && !levels.includes(b.level)) ctx.addIssue({ code: "custom", path: ["level"], message: `Choose a level: ${levels.join(", ")}` });
    if (b.kind === "soc2") {
      if (!b.periodEnd) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Enter the report period end" });
    } else if (!b.assessedOn) {
      ctx.addIssue({ code: "custom", path: ["assessedOn"], message: "Enter the assessment or issue date" });
    }
    if (b.assessedOn && b.expiresOn && b.expiresOn <= b.assessedOn)
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "The expiry date must come after the issue date" });
  })
  // Kinds with one possible level (ISO 27001, SOC 2) need no choice from the provider.
  .transform((b) => {
    const levels = levelsFor(b.kind) ?? [b.level];
    return { ...b, level: levels.length === 1 ? levels[0] : b.level };
  });
export type BadgeProposal = z.infer<typeof badgeProposalSchema>;
