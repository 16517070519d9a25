/**
 * The "new version" form for a rule. Its threshold fields are the rule's own params, read from the
 * latest version, so a rule with new parameters needs no new form. The engine is asked to judge a
 * sample purchase with the proposed version, so that parameters it would reject are refused here,
 * not discovered later as "invalid parameters" on every product page.
 */
import { z } from "zod";
import { formatDate, isIsoDate, type IsoDate } from "~/platform/dates";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import type { ProposedPurchase } from "./purchase";
import type { NewVersion } from "./rules.server";
import { evaluatePurchase, type RuleVersion } from "./rules";

export type ParamKind = "number" | "boolean" | "list" | "text";
export interface ParamField {
  name: string;
  kind: ParamKind;
  value: string;
}

export function paramFields(params: Record<string, unknown>): ParamField[] {
  return Object.entries(params).map(([name, v]) => {
    if (typeof v === "number") return { name, kind: "number", value: String(v) };
    if (typeof v === "boolean") return { name, kind: "boolean", value: String(v) };
    if (Array.isArray(v)) return { name, kind: "list", value: v.join(", ") };
    return { name, kind: "text", value: typeof v === "string" ? v : JSON.stringify(v) };
  });
}

const date = (label: string) => {
  const message = `Enter the ${label} as year-month-day, for example 2026-07-01`;
  return z.string({ required_error: message }).trim().refine(isIsoDate, message);
};
const text = (min: number, max: number, missing: string, tooLong: string) =>
  z.string({ required_error: missing }).trim().min(min, missing).max(max, tooLong);

/** One threshold, read as its kind; the form names it `param.<name>`. */
function paramSchema(field: ParamField) {
  const raw = z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim());
  switch (field.kind) {
    case "number":
      return raw.transform((t, ctx) => {
        const n = Number(t.replace(/[,_\s]/g, ""));
        if (t !== "" && Number.isFinite(n) && n >= 0) return n;
        ctx.addIssue({ code: "custom", message: `Enter ${field.name} as a number, for example ${field.value}` });
        return z.NEVER;
      });
    case "boolean":
      return raw.transform((t, ctx) => {
        if (t === "true" || t === "false") return t === "true";
        ctx.addIssue({ code: "custom", message: `Choose true or false for ${field.name}` });
        return z.NEVER;
      });
    case "list":
      return raw.transform((t) =>
        t
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );
    case "text":
      return raw.refine((t) => t !== "", `Enter ${field.name}`);
  }
}

const SAMPLE: Omit<ProposedPurchase, "signingDate"> = {
  classification: "OFFICIAL",
  sensitive: false,
  wholeOfGovernment: false,
  costGstInc: 100_000,
  costExGst: 90_909,
  initialTermMonths: 12,
  extensionMonths: [],
  extensionExercised: false,
  reviewRecorded: false,
  hostingContract: false,
  hostingContractKind: null,
  panel: "none",
  dtaNotified: false,
  ministerialExemption: false,
  hcfExemption: false,
  liability: "capped",
  liabilityJustification: "",
  targetE8: "none",
  considerFirstDone: false,
  fairCriteriaDone: false,
  reuseConsidered: false,
  nonCorporateEntity: true,
  establishingPanel: false,
};

/**
 * The new-version form, its thresholds built from the rule's own params. Once every field reads
 * well, the engine judges a sample purchase with the proposed version: values it would reject as
 * "invalid parameters" are refused here (under "params").
 */
function versionSchema(rule: Pick<RuleVersion, "key" | "name" | "owner">, fields: ParamField[]) {
  return z
    .object({
      effectiveFrom: date("first day in force"),
      effectiveTo: date("last day in force").optional(),
      summary: text(20, 2000, "Summarise the rule in at least 20 characters", "Keep the summary under 2,000 characters"),
      sourceTitle: text(3, 300, "Enter the title of the source", "Keep the title under 300 characters"),
      sourceUrl: z
        .string({ required_error: "Enter the source's full address, starting https://" })
        .trim()
        .url("Enter the source's full address, starting https://")
        .refine((u) => u.startsWith("https://"), "Use an https:// address"),
      param: z
        .object(Object.fromEntries(fields.map((f) => [f.name, paramSchema(f)])))
        .optional()
        .transform((v) => v ?? {}),
    })
    .superRefine((v, ctx) => {
      if (v.effectiveTo && v.effectiveTo < v.effectiveFrom) {
        ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: "The last day in force cannot be before the first day" });
        return;
      }
      const candidate: RuleVersion = { ...rule, version: 1, ...v, effectiveTo: v.effectiveTo ?? null, params: v.param };
      const probe = evaluatePurchase({
        purchase: { ...SAMPLE, signingDate: candidate.effectiveFrom },
        product: null,
        rules: [candidate],
        today: candidate.effectiveFrom,
      })[0];
      if (probe && /invalid parameters/.test(probe.reason)) {
        const reason = probe.reason.replace(/^version \d+ has invalid parameters \(|\): check it against the source$/g, "");
        ctx.addIssue({ code: "custom", path: ["params"], message: `The rules engine cannot use these values: ${reason}` });
      }
    })
    .transform((v): NewVersion => ({
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo ?? null,
      params: v.param,
      summary: v.summary,
      sourceTitle: v.sourceTitle,
      sourceUrl: v.sourceUrl,
    }));
}

export function parseVersionForm({
  form,
  rule,
  fields,
}: {
  form: FormData;
  rule: Pick<RuleVersion, "key" | "name" | "owner">;
  fields: ParamField[];
}): ParsedForm<NewVersion> {
  return parseForm(form, versionSchema(rule, fields));
}

/** Retiring a rule: its last day in force, no earlier than the latest version's first. */
export function parseRetireForm(form: FormData, { earliest }: { earliest: IsoDate }): ParsedForm<{ lastDay: IsoDate }> {
  return parseForm(
    form,
    z.object({
      lastDay: date("last day in force").refine(
        (d) => d >= earliest,
        `The last day cannot be before the latest version starts (${formatDate(earliest)})`,
      ),
    }),
  );
}
