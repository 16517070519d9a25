/**
 * The editors' "new framework version" form. It starts from the version in force and names its
 * fields `q.<quality>.<field>`, so a version with new qualities needs no new form. Levels and
 * categories are carried over unchanged: the form edits what editors revise when policy moves
 * (wording, minimums, who set them, mandatory status), not the framework's shape.
 */
import { z } from "zod";
import { CLASSIFICATIONS, type Classification } from "~/assurance/vocabulary";
import { isIsoDate, todayIso, type IsoDate } from "~/platform/dates";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import type { FrameworkDocument, FrameworkQuality, MinimumSource } from "./framework";
import type { NewFrameworkVersion } from "./framework.server";

/** The two classifications a minimum may rise at, by their field names. */
export const RAISE_FIELDS = [
  { field: "sensitive", classification: "OFFICIAL: Sensitive" },
  { field: "protected", classification: "PROTECTED" },
] as const satisfies readonly { field: string; classification: Classification }[];

const text = (min: number, max: number, missing: string, tooLong: string) =>
  z.string({ required_error: missing }).trim().min(min, missing).max(max, tooLong);

const score = (what: string) => {
  const message = `Choose ${what} from 1 to 5`;
  return z.number({ required_error: message, invalid_type_error: message }).int(message).min(1, message).max(5, message);
};

function qualitySchema(q: FrameworkQuality) {
  return z.object({
    label: text(3, 100, `Enter a label for ${q.label}`, "Keep the label under 100 characters"),
    question: text(10, 500, `Enter the question for ${q.label}, in at least 10 characters`, "Keep the question under 500 characters"),
    minimum: score(`a minimum for ${q.label}`),
    minimumSource: z.enum(["dta", "proposed"], { errorMap: () => ({ message: `Say who set the minimum for ${q.label}` }) }),
    sensitive: score(`the OFFICIAL: Sensitive minimum for ${q.label}`).optional(),
    protected: score(`the PROTECTED minimum for ${q.label}`).optional(),
    mandatoryFrom: z.enum(CLASSIFICATIONS, { errorMap: () => ({ message: `Choose when ${q.label} is mandatory` }) }).optional(),
  });
}

type QualityValue = z.output<ReturnType<typeof qualitySchema>>;

/** The form's starting values: the document's own, under the field names the form uses. */
export function frameworkFormDefaults(document: FrameworkDocument): Record<string, string> {
  const values: Record<string, string> = {};
  for (const q of document.qualities) {
    const p = `q.${q.key}`;
    values[`${p}.label`] = q.label;
    values[`${p}.question`] = q.question;
    values[`${p}.minimum`] = String(q.minimum);
    values[`${p}.minimumSource`] = q.minimumSource;
    for (const r of RAISE_FIELDS) {
      const raise = q.raisedFrom?.find((x) => x.classification === r.classification);
      values[`${p}.${r.field}`] = raise ? String(raise.minimum) : "";
    }
    values[`${p}.mandatoryFrom`] = q.mandatoryFrom ?? "";
  }
  return values;
}

/**
 * A rise or mandatory status the editor left as it was keeps its source; one the form changed is
 * marked proposed, because the form cannot show where a new figure came from and a figure must
 * never be shown as DTA policy by accident. The base minimum's source is the editor's to state.
 */
function revise(q: FrameworkQuality, v: QualityValue): FrameworkQuality {
  const untouched = (q.raisedFrom ?? []).filter((r) => !RAISE_FIELDS.some((f) => f.classification === r.classification));
  const raises = RAISE_FIELDS.flatMap(({ field, classification }) => {
    const minimum = v[field];
    if (minimum === undefined || minimum <= v.minimum) return [];
    const before = q.raisedFrom?.find((r) => r.classification === classification);
    const source: MinimumSource = before && before.minimum === minimum ? before.source : "proposed";
    return [{ classification, minimum, source }];
  });
  const { raisedFrom: _r, mandatoryFrom: _m, mandatorySource: _s, ...rest } = q;
  const raisedFrom = [...untouched, ...raises];
  return {
    ...rest,
    label: v.label,
    question: v.question,
    minimum: v.minimum,
    minimumSource: v.minimumSource,
    ...(raisedFrom.length ? { raisedFrom } : {}),
    ...(v.mandatoryFrom
      ? {
          mandatoryFrom: v.mandatoryFrom,
          mandatorySource: v.mandatoryFrom === q.mandatoryFrom ? (q.mandatorySource ?? "proposed") : "proposed",
        }
      : {}),
  };
}

/** zod's url() accepts any scheme new URL() parses, javascript: and data: included. */
function isWebAddress(u: string): boolean {
  try {
    return /^https?:$/.test(new URL(u).protocol);
  } catch {
    return false;
  }
}

/** superRefine runs even when a field failed; only a well-formed score can be compared. */
const isScore = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5;

export function parseFrameworkForm(
  form: FormData,
  { base, today = todayIso() }: { base: FrameworkDocument; today?: IsoDate },
): ParsedForm<NewFrameworkVersion> {
  const dateMessage = "Enter the first day in force as year-month-day, for example 2027-01-01";
  const urlMessage = "Enter the source's full address, starting https:// or http://";
  const schema = z
    .object({
      effectiveFrom: z
        .string({ required_error: dateMessage })
        .trim()
        .refine(isIsoDate, dateMessage)
        .refine((d) => d >= today, "The first day in force must be today or later: published versions are never back-dated"),
      summary: text(10, 2000, "Summarise what changed, in at least 10 characters", "Keep the summary under 2,000 characters"),
      sourceTitle: text(3, 300, "Enter the title of the source", "Keep the title under 300 characters"),
      sourceUrl: z.string({ required_error: urlMessage }).trim().url(urlMessage).refine(isWebAddress, "Use an https:// or http:// address"),
      q: z.object(Object.fromEntries(base.qualities.map((q) => [q.key, qualitySchema(q)]))),
    })
    .superRefine((v, ctx) => {
      const values = v.q as Record<string, QualityValue>;
      for (const q of base.qualities) {
        const x = values[q.key];
        if (!x || !isScore(x.minimum)) continue;
        for (const { field, classification } of RAISE_FIELDS) {
          const raised = x[field];
          if (isScore(raised) && raised < x.minimum) {
            ctx.addIssue({
              code: "custom",
              path: ["q", q.key, field],
              message: `The ${classification} minimum for ${x.label} cannot be below its base minimum (${x.minimum})`,
            });
          }
        }
        if (isScore(x.sensitive) && isScore(x.protected) && x.protected < x.sensitive) {
          ctx.addIssue({
            code: "custom",
            path: ["q", q.key, "protected"],
            message: `The PROTECTED minimum for ${x.label} cannot be below its OFFICIAL: Sensitive minimum (${x.sensitive})`,
          });
        }
      }
    })
    .transform((v): NewFrameworkVersion => ({
      effectiveFrom: v.effectiveFrom,
      summary: v.summary,
      sourceTitle: v.sourceTitle,
      sourceUrl: v.sourceUrl,
      document: {
        categories: base.categories,
        qualities: base.qualities.map((q) => revise(q, (v.q as Record<string, QualityValue>)[q.key]!)),
      },
    }));
  return parseForm(form, schema);
}
