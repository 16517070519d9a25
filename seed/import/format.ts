/**
 * The catalogue import format, "cloud-exchange-catalogue/1" (docs/import-format.md), as zod
 * schemas. Pure: checks one file on its own; references to rows already in the database are
 * resolved by catalogue-import.server.ts.
 */
import { z } from "zod";
import { isIsoDate } from "~/platform/dates";
import { e8Overall } from "~/assurance/essential-eight";
import {
  BADGE_KIND_LABELS,
  BADGE_KINDS,
  CLASSIFICATIONS,
  CSA_STAR_LEVELS,
  E8_LEVELS,
  E8_STRATEGIES,
  EVIDENCE_LEVELS,
  HCF_LEVELS,
  IRAP_LEVELS,
  type BadgeKind,
} from "~/assurance/vocabulary";
import { CLEARANCES, DATA_LOCATIONS, SERVICE_MODELS } from "~/catalogue/vocabulary";

export const CATALOGUE_FORMAT = "cloud-exchange-catalogue/1";

// Not in app/assurance/vocabulary.ts yet; product_agencies.relationship documents these two.
const AGENCY_RELATIONSHIPS = ["authorised", "reusing"] as const;
const ASSESSOR_KINDS = BADGE_KINDS.filter((k) => k !== "hcf");

const text = z.string().trim();
const name = text.min(1, "must not be empty");
const isoDate = z.string().refine(isIsoDate, "is not a calendar date (YYYY-MM-DD)");
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "is not a slug (lower-case letters and digits joined by hyphens)");
const webAddress = text.url("is not a web address").refine((u) => /^https?:\/\//i.test(u), "is not an http or https address");

const assessorSchema = z
  .object({
    externalId: name,
    name,
    kinds: z.array(z.enum(ASSESSOR_KINDS as [BadgeKind, ...BadgeKind[]])).default([]),
    description: text.default(""),
  })
  .strict();

const providerSchema = z
  .object({
    externalId: name,
    name,
    summary: text.default(""),
    website: webAddress.nullish(),
    headquarters: text.nullish(),
    australianOwned: z.boolean().default(false),
    ownershipNote: text.default(""),
    dataLocation: z.enum(DATA_LOCATIONS).default("offshore"),
    dataCentres: z.array(name).default([]),
    supportStaffLocation: z.enum(DATA_LOCATIONS).default("offshore"),
    staffClearance: z.enum(CLEARANCES).default("none"),
    securityOperationsCentre: z.boolean().default(false),
    communityRules: z.boolean().default(false),
    environments: z.array(z.enum(CLASSIFICATIONS)).default([]),
    sme: z.boolean().default(false),
    indigenousBusiness: z.boolean().default(false),
  })
  .strict();

/** Levels each badge kind may carry; kinds not listed take free text (e.g. SOC 2 "Type II"). */
const LEVELS: Partial<Record<BadgeKind, readonly string[]>> = {
  irap: IRAP_LEVELS,
  hcf: HCF_LEVELS,
  e8: E8_LEVELS,
  csa_star: CSA_STAR_LEVELS,
};

const badgeSchema = z
  .object({
    kind: z.enum(BADGE_KINDS),
    /** Essential Eight may leave it out: the overall level is the lowest of e8Levels. */
    level: name.optional(),
    assessedOn: isoDate.nullish(),
    expiresOn: isoDate.nullish(),
    periodEnd: isoDate.nullish(),
    /** Matched against the assessor register by external id or name; free text otherwise. */
    assessor: text.min(1, "must not be empty").nullish(),
    scope: text.default(""),
    ismRelease: text.min(1, "must not be empty").nullish(),
    e8Levels: z.record(z.string(), z.number().int().min(0).max(3)).nullish(),
    evidenceLevel: z.enum(EVIDENCE_LEVELS).default("self_declared"),
    evidenceRef: text.min(1, "must not be empty").nullish(),
    mapped: z.boolean().default(false),
  })
  .strict()
  .superRefine((badge, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (badge.level === undefined && badge.kind !== "e8") issue("level", "is required");
    const levels = LEVELS[badge.kind];
    if (levels && badge.level !== undefined && !levels.includes(badge.level)) {
      issue("level", `is not a level of ${BADGE_KIND_LABELS[badge.kind]} (${levels.join(", ")})`);
    }
    const needsPeriodEnd = badge.kind === "soc2";
    const needsAssessedOn = !needsPeriodEnd && !(badge.kind === "hcf" && badge.level === "uncertified");
    if (needsAssessedOn && !badge.assessedOn) issue("assessedOn", `is required for ${BADGE_KIND_LABELS[badge.kind]}`);
    if (needsPeriodEnd && !badge.periodEnd) issue("periodEnd", `is required for ${BADGE_KIND_LABELS.soc2}`);
    if (badge.expiresOn && badge.assessedOn && badge.expiresOn <= badge.assessedOn) {
      issue("expiresOn", `is not after assessedOn (${badge.assessedOn})`);
    }
    if (badge.ismRelease && badge.kind !== "irap") issue("ismRelease", `applies to ${BADGE_KIND_LABELS.irap} only`);
    if (badge.kind !== "e8") {
      if (badge.e8Levels) issue("e8Levels", `applies to ${BADGE_KIND_LABELS.e8} only`);
      return;
    }
    if (!badge.e8Levels) return issue("e8Levels", "is required for Essential Eight (a level 0-3 per strategy)");
    const strategies: readonly string[] = E8_STRATEGIES;
    for (const key of Object.keys(badge.e8Levels)) {
      if (!strategies.includes(key)) {
        ctx.addIssue({ code: "custom", path: ["e8Levels", key], message: "is not an Essential Eight strategy" });
      }
    }
    const missing = E8_STRATEGIES.filter((s) => badge.e8Levels![s] === undefined);
    if (missing.length) return issue("e8Levels", `is missing ${missing.join(", ")}`);
    // The overall maturity is the lowest of the eight (Essential Eight Maturity Model).
    const overall = e8Overall(badge.e8Levels);
    if (badge.level !== undefined && badge.level !== overall)
      issue("level", `does not match e8Levels, whose lowest strategy gives ${overall}`);
  })
  // Stored derived, so the overall level and the strategies cannot disagree.
  .transform((badge) => ({ ...badge, level: (badge.kind === "e8" ? e8Overall(badge.e8Levels) : null) ?? badge.level ?? "" }));

const productSchema = z
  .object({
    externalId: name,
    /** The provider's externalId, in this file or already in the database. */
    provider: name,
    name,
    summary: text.default(""),
    description: text.default(""),
    serviceModel: z.enum(SERVICE_MODELS),
    deploymentModel: text.min(1, "must not be empty").nullish(),
    website: webAddress.nullish(),
    communityRulesRequired: z.boolean().default(false),
    listedOn: isoDate.nullish(),
    /** A slug or name; or { slug, name } to say which slug a category gets if it is created. */
    categories: z.array(z.union([name, z.object({ slug, name }).strict()])).default([]),
    badges: z.array(badgeSchema).default([]),
    agencies: z.array(z.object({ name, relationship: z.enum(AGENCY_RELATIONSHIPS).default("authorised") }).strict()).default([]),
    builtOn: z.array(name).default([]),
    mappedFields: z.array(name).default([]),
  })
  .strict();

export const catalogueSchema = z
  .object({
    format: z.literal(CATALOGUE_FORMAT),
    assessors: z.array(assessorSchema).default([]),
    providers: z.array(providerSchema).default([]),
    products: z.array(productSchema).default([]),
  })
  .strict();

/** What a producer writes (defaults optional), e.g. the FedRAMP mapping. */
export type CatalogueInput = z.input<typeof catalogueSchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueProvider = Catalogue["providers"][number];
export type CatalogueProduct = Catalogue["products"][number];
export type CatalogueBadge = CatalogueProduct["badges"][number];
