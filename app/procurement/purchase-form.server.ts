/**
 * Parses the purchase form into a `ProposedPurchase`, or into one plain message per field keeping
 * what was typed; and re-checks a stored purchase before it is judged.
 */
import { z } from "zod";
import { CLASSIFICATIONS } from "~/assurance/vocabulary";
import { isIsoDate, type IsoDate } from "~/platform/dates";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import { parseAud } from "~/platform/money";
import {
  E8_TARGETS,
  HOSTING_CONTRACT_KINDS,
  LIABILITY_TERMS,
  PANELS,
  PURCHASE_FIELDS,
  type FormInput,
  type HostingContractKind,
  type ProposedPurchase,
} from "./purchase";

const TRUE_WORDS = new Set(["true", "on", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "off", "no", "0"]);

/**
 * Checkbox semantics: an absent field is the default. nonCorporateEntity defaults to true, so the
 * form must send "false" explicitly (radio buttons, or a hidden input before the checkbox).
 */
function flag(defaultValue: boolean) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const word = (v ?? "").trim().toLowerCase();
      if (word === "") return defaultValue;
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Choose yes or no" });
      return z.NEVER;
    });
}

function choice<T extends readonly [string, ...string[]]>(values: T, message: string, fallback?: T[number]) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const value = (v ?? "").trim();
      if (value === "" && fallback !== undefined) return fallback;
      if ((values as readonly string[]).includes(value)) return value as T[number];
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    });
}

/** No Australian Government ICT contract comes near this; a larger figure is a typing slip. */
const MAX_COST = 100_000_000_000;
/** Room for a considered paragraph or two: the policy asks for a justification, not an attachment. */
export const MAX_JUSTIFICATION = 4_000;

function dollars(message: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? "").trim();
      const amount = parseAud(text);
      if (amount === null && /^\$?[\d,\s]{16,}(\.\d+)?$/.test(text)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Enter a cost of $100,000,000,000 or less" });
        return z.NEVER;
      }
      if (amount === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      if (amount > MAX_COST) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Enter a cost of $100,000,000,000 or less" });
        return z.NEVER;
      }
      return amount;
    });
}

const MAX_MONTHS = 600;

function months(text: string): number | null {
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_MONTHS ? n : null;
}

const formFields = z.object({
  classification: choice(CLASSIFICATIONS, "Choose the classification of the data"),
  sensitive: flag(false),
  wholeOfGovernment: flag(false),
  costGstInc: dollars("Enter the whole-of-life cost in dollars, GST inclusive, for example 250,000"),
  costExGst: dollars("Enter the whole-of-life cost in dollars, excluding GST, for example 227,273"),
  initialTermMonths: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const n = months((v ?? "").trim());
      if (n === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Enter the initial term in whole months, for example 36" });
        return z.NEVER;
      }
      return n;
    }),
  extensionMonths: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parts = (v ?? "")
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "");
      const parsed = parts.map(months);
      if (parsed.some((n) => n === null)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: "Enter each extension option in whole months, separated by commas, for example 12, 12 (leave blank if there are none)",
        });
        return z.NEVER;
      }
      return parsed as number[];
    }),
  extensionExercised: flag(false),
  reviewRecorded: flag(false),
  hostingContract: flag(false),
  hostingContractKind: z.string().optional(),
  hcfExemption: flag(false),
  panel: choice(PANELS, "Choose how you are buying: a mandatory panel category, CPR paragraph 2.6, or neither", "none"),
  dtaNotified: flag(false),
  ministerialExemption: flag(false),
  liability: choice(LIABILITY_TERMS, "Choose whether the supplier's liability is capped or unlimited"),
  liabilityJustification: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? "").trim();
      if (text.length > MAX_JUSTIFICATION) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Keep the justification to ${MAX_JUSTIFICATION.toLocaleString("en-AU")} characters or fewer (this one has ${text.length.toLocaleString("en-AU")})`,
        });
        return z.NEVER;
      }
      return text;
    }),
  targetE8: choice(E8_TARGETS, "Choose an Essential Eight target, or no target", "none"),
  considerFirstDone: flag(false),
  fairCriteriaDone: flag(false),
  reuseConsidered: flag(false),
  nonCorporateEntity: flag(true),
  establishingPanel: flag(false),
});

/** A stored purchase (database JSON or session), checked again before it is judged. */
export const proposedPurchaseSchema = z.object({
  classification: z.enum(CLASSIFICATIONS),
  sensitive: z.boolean(),
  wholeOfGovernment: z.boolean(),
  costGstInc: z.number().nonnegative().max(MAX_COST),
  costExGst: z.number().nonnegative().max(MAX_COST),
  initialTermMonths: z.number().int().min(1).max(MAX_MONTHS),
  extensionMonths: z.array(z.number().int().min(1).max(MAX_MONTHS)),
  extensionExercised: z.boolean(),
  reviewRecorded: z.boolean(),
  signingDate: z.string().refine(isIsoDate, "Not a calendar date"),
  hostingContract: z.boolean(),
  hostingContractKind: z.enum(HOSTING_CONTRACT_KINDS).nullable(),
  panel: z.enum(PANELS),
  dtaNotified: z.boolean(),
  ministerialExemption: z.boolean(),
  hcfExemption: z.boolean(),
  liability: z.enum(LIABILITY_TERMS),
  liabilityJustification: z.string().max(MAX_JUSTIFICATION),
  targetE8: z.enum(E8_TARGETS),
  considerFirstDone: z.boolean(),
  fairCriteriaDone: z.boolean(),
  reuseConsidered: z.boolean(),
  nonCorporateEntity: z.boolean(),
  establishingPanel: z.boolean(),
  costEstimate: z
    .object({
      productSlug: z.string().min(1).max(200),
      productName: z.string().min(1).max(300),
      priceListFrom: z.string().refine(isIsoDate, "Not a calendar date"),
      quantities: z.record(z.number().nonnegative().finite()),
      madeOn: z.string().refine(isIsoDate, "Not a calendar date"),
    })
    .optional()
    // A damaged record of where the cost came from loses that note, not the buyer's purchase.
    .catch(undefined),
  // The input type is `unknown` only because .catch() accepts anything for the estimate record.
}) satisfies z.ZodType<ProposedPurchase, z.ZodTypeDef, unknown>;

/**
 * The cost stays "from an estimate" only while the figures it made are kept: a typed cost, or a
 * changed term or extension option (which the estimate priced), replaces it.
 */
export function keepEstimate(previous: ProposedPurchase | null, next: ProposedPurchase): ProposedPurchase {
  const { costEstimate: _dropped, ...typed } = next;
  const estimate = previous?.costEstimate;
  const same =
    !!previous &&
    previous.costGstInc === next.costGstInc &&
    previous.costExGst === next.costExGst &&
    previous.initialTermMonths === next.initialTermMonths &&
    previous.extensionMonths.join(",") === next.extensionMonths.join(",");
  return estimate && same ? { ...typed, costEstimate: estimate } : typed;
}

/**
 * One value per field, as the schema reads them: extension inputs are joined; for anything else
 * the last value wins (a hidden "false", then the checkbox's "true").
 */
function singleValued(input: FormData | FormInput): FormData {
  const out = new FormData();
  const get = (name: string): string[] =>
    input instanceof FormData
      ? input.getAll(name).map(String)
      : ([] as (string | undefined)[]).concat(input[name] ?? []).filter((v): v is string => v !== undefined);
  for (const field of PURCHASE_FIELDS) {
    const raw = get(field);
    if (raw.length === 0) continue;
    out.set(field, field === "extensionMonths" ? raw.filter((r) => r.trim() !== "").join(", ") : raw[raw.length - 1]);
  }
  return out;
}

const SIGNING_DATE = "Enter the signing date as year-month-day, for example 2025-07-01";

/** A blank signing date means "not yet known" and is judged as if signed on `today` when that is given. */
function purchaseFormSchema(today: IsoDate | undefined) {
  return formFields
    .extend({
      signingDate: z
        .string()
        .optional()
        .transform((v, ctx) => {
          const date = (v ?? "").trim() || today || "";
          if (!isIsoDate(date)) {
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: SIGNING_DATE });
            return z.NEVER;
          }
          return date;
        }),
    })
    .superRefine((p, ctx) => {
      if (p.costExGst > p.costGstInc) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["costExGst"],
          message: "The cost excluding GST cannot be more than the cost including GST",
        });
      }
      const kind = (p.hostingContractKind ?? "").trim();
      if (p.hostingContract && !(HOSTING_CONTRACT_KINDS as readonly string[]).includes(kind)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["hostingContractKind"],
          message: "Choose whether this is a new hosting contract or an extension of one",
        });
      }
    })
    .transform((p): ProposedPurchase => ({
      ...p,
      hostingContractKind: p.hostingContract ? ((p.hostingContractKind ?? "").trim() as HostingContractKind) : null,
    }));
}

/** Parses the purchase form (a submitted form, or the values that reproduce a stored purchase). */
export function parsePurchaseForm(input: FormData | FormInput, { today }: { today?: IsoDate } = {}): ParsedForm<ProposedPurchase> {
  return parseForm(singleValued(input), purchaseFormSchema(today));
}
