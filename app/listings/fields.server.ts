/**
 * The zod schemas that check a provider's proposal (what may be proposed is in fields.ts). Forms
 * reach them through platform/forms.server.ts, which sends an empty field as undefined: optional
 * fields say so, required ones name what is missing.
 */
import { z } from "zod";
import { e8Overall, e8Weakest } from "~/assurance/essential-eight";
import { levelLabel } from "~/assurance/labels";
import { BADGE_KIND_LABELS, BADGE_KINDS, E8_LEVELS, E8_STRATEGIES, E8_STRATEGY_LABELS, type E8Strategy } from "~/assurance/vocabulary";
import { CLEARANCES, DATA_LOCATIONS } from "~/catalogue/vocabulary";
import { isIsoDate } from "~/platform/dates";
import { badgeKindFields, parseIsmRelease } from "./badge-fields";
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

const e8LevelChoice = z.enum(E8_LEVELS, { errorMap: () => ({ message: "Choose a maturity level from the list" }) }).optional();

/**
 * One form for every kind: the fields a kind does not have (badge-fields.ts) are dropped rather
 * than stored, so a renewal never carries another kind's dates, ISM release or strategies.
 */
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
    ismRelease: optionalText(40),
    e8Levels: z
      .object(Object.fromEntries(E8_STRATEGIES.map((s) => [s, e8LevelChoice])) as Record<E8Strategy, typeof e8LevelChoice>)
      .partial()
      .optional(),
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
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const has = badgeKindFields(b.kind);
    const name = BADGE_KIND_LABELS[b.kind];
    if (has.chooseLevel && b.kind !== "e8" && !levelsFor(b.kind)?.includes(b.level)) issue(["level"], `Choose the level of the ${name}`);
    if (has.periodEnd && !b.periodEnd) issue(["periodEnd"], "Enter the report period end");
    if (has.assessedOn && has.assessedOnRequired(b.level) && !b.assessedOn) issue(["assessedOn"], "Enter the assessment or issue date");
    if (has.expiresOn && b.assessedOn && b.expiresOn && b.expiresOn <= b.assessedOn)
      issue(["expiresOn"], "The expiry date must come after the issue date");
    if (has.ismRelease) {
      const release = b.ismRelease ? parseIsmRelease(b.ismRelease) : null;
      if (!b.ismRelease) issue(["ismRelease"], "Enter the ISM release the assessment used, like ISM December 2025");
      else if (!release) issue(["ismRelease"], "Enter the ISM release as a month and year, like ISM December 2025");
      else if (b.assessedOn && release.firstDay > b.assessedOn)
        issue(["ismRelease"], `${release.name} came out after the assessment date: enter the release the assessment used`);
    }
    if (has.e8Strategies) {
      const chosen = b.e8Levels ?? {};
      for (const s of E8_STRATEGIES)
        if (!chosen[s]) issue(["e8Levels", s], `Choose the maturity level of ${E8_STRATEGY_LABELS[s].toLowerCase()}`);
      const levels = e8Numbers(chosen);
      const overall = e8Overall(levels);
      // The overall level is worked out; one the provider states must agree with it, not replace it.
      if (overall && b.level && b.level !== overall)
        issue(
          ["level"],
          `The strategies give ${levelLabel("e8", overall)} overall, the lowest of the eight (${e8Weakest(levels).join(", ")}): choose that, or leave it to be worked out`,
        );
      else if (b.level && !(E8_LEVELS as readonly string[]).includes(b.level)) issue(["level"], `Choose the level of the ${name}`);
    }
  })
  .transform((b) => {
    const has = badgeKindFields(b.kind);
    const levels = levelsFor(b.kind) ?? [b.level];
    const e8Levels = has.e8Strategies ? e8Numbers(b.e8Levels ?? {}) : null;
    return {
      kind: b.kind,
      // Kinds with one possible level (ISO 27001, SOC 2) need no choice; Essential Eight's is its lowest strategy.
      level: e8Levels ? e8Overall(e8Levels)! : levels.length === 1 ? levels[0] : b.level,
      assessedOn: has.assessedOn ? b.assessedOn : null,
      expiresOn: has.expiresOn ? b.expiresOn : null,
      periodEnd: has.periodEnd ? b.periodEnd : null,
      ismRelease: has.ismRelease && b.ismRelease ? parseIsmRelease(b.ismRelease)!.name : null,
      e8Levels,
      assessorName: b.assessorName,
      scope: b.scope,
      evidenceLevel: b.evidenceLevel,
      evidenceRef: b.evidenceRef,
    };
  });

/** { mfa: "ML1" } as stored: { mfa: 1 }. */
function e8Numbers(chosen: Partial<Record<string, string | undefined>>): Record<string, number> {
  return Object.fromEntries(Object.entries(chosen).flatMap(([s, v]) => (v && /^ML[0-3]$/.test(v) ? [[s, Number(v.slice(2))]] : [])));
}
export type BadgeProposal = z.infer<typeof badgeProposalSchema>;
