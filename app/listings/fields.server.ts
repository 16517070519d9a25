/** The zod schemas that check a provider's proposal (what may be proposed is in fields.ts). */
import { z } from "zod";
import { BADGE_KINDS } from "~/assurance/vocabulary";
import { CLEARANCES, DATA_LOCATIONS } from "~/catalogue/vocabulary";
import { isIsoDate } from "~/platform/dates";
import { isEvidenceRef, isHttpsUrl, levelsFor, PROPOSABLE_EVIDENCE_LEVELS } from "./fields";

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
    if (levels && levels.length > 1 && !levels.includes(b.level))
      ctx.addIssue({ code: "custom", path: ["level"], message: `Choose a level: ${levels.join(", ")}` });
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
