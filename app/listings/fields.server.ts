/**
 * The zod schemas that check a provider's proposal (what may be proposed is in fields.ts). Forms
 * reach them through platform/forms.server.ts, which sends an empty field as undefined: optional
 * fields say so, required ones name what is missing.
 */
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
    .optional()
    .transform((v) => v || null);

const requiredText = (min: number, max: number, missing: string) =>
  z
    .string({ required_error: missing })
    .trim()
    .min(min, missing)
    .max(max, `At most ${max.toLocaleString("en-AU")} characters`);

const httpsUrl = z
  .string()
  .trim()
  .max(500, "At most 500 characters")
  .refine((v) => v === "" || isHttpsUrl(v), "Enter a web address that starts with https://")
  .optional()
  .transform((v) => v || null);

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

const isoDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || isIsoDate(v), `Enter the ${label} as a date like 2026-03-31`)
    .optional()
    .transform((v) => v || null);

export const providerProposalSchema = z.object({
  summary: requiredText(10, 500, "Write a summary of at least 10 characters"),
  website: httpsUrl,
  headquarters: optionalText(120),
  ownershipNote: z
    .string()
    .trim()
    .max(1000, "At most 1,000 characters")
    .optional()
    .transform((v) => v ?? ""),
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
  name: requiredText(2, 120, "Enter the product's name"),
  summary: requiredText(10, 300, "Write a summary of at least 10 characters"),
  description: z
    .string()
    .trim()
    .max(5000, "At most 5,000 characters")
    .optional()
    .transform((v) => v ?? ""),
  website: httpsUrl,
  categories: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .max(10, "Choose at most 10 categories")
    .optional()
    .transform((v) => v ?? []),
});
export type ProductProposal = z.infer<typeof productProposalSchema>;

export const badgeProposalSchema = z
  .object({
    kind: z.enum(BADGE_KINDS, { errorMap: () => ({ message: "Choose the kind of badge" }) }),
    level: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v ?? ""),
    assessedOn: isoDate("assessment or issue date"),
    expiresOn: isoDate("expiry date"),
    periodEnd: isoDate("report period end"),
    assessorName: requiredText(2, 120, "Name the assessor, or write Self-assessed"),
    scope: requiredText(5, 1000, "Describe the scope in at least 5 characters"),
    evidenceLevel: z
      .string({ required_error: "Choose the evidence level" })
      .refine((v) => v !== "verified", "Only Cloud Exchange can mark a badge verified")
      .pipe(z.enum(PROPOSABLE_EVIDENCE_LEVELS as [string, ...string[]], { errorMap: () => ({ message: "Choose the evidence level" }) })),
    evidenceRef: z
      .string({ required_error: "Give a document reference or an https link to the evidence" })
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
