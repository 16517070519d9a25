/**
 * The "new version" form for a rule. Its threshold fields are the rule's own params, read from the
 * latest version, so a rule with new parameters needs no new form. The engine is asked to judge a
 * sample purchase with the proposed version, so that parameters it would reject are refused here,
 * not discovered later as "invalid parameters" on every product page.
 */
import { z } from "zod";
import { isIsoDate, type IsoDate } from "~/platform/dates";
import type { ProposedPurchase } from "./purchase";
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

const date = (label: string) => z.string().trim().refine(isIsoDate, `Enter the ${label} as year-month-day, for example 2026-07-01`);

const baseSchema = z
  .object({
    effectiveFrom: date("first day in force"),
    effectiveTo: z.union([z.literal(""), date("last day in force")]),
    summary: z.string().trim().min(20, "Summarise the rule in at least 20 characters").max(2000, "Keep the summary under 2,000 characters"),
    sourceTitle: z.string().trim().min(3, "Enter the title of the source").max(300, "Keep the title under 300 characters"),
    sourceUrl: z
      .string()
      .trim()
      .url("Enter the source's full address, starting https://")
      .refine((u) => u.startsWith("https://"), "Use an https:// address"),
  })
  .refine((v) => v.effectiveTo === "" || v.effectiveTo >= v.effectiveFrom, {
    path: ["effectiveTo"],
    message: "The last day in force cannot be before the first day",
  });

function paramValue(field: ParamField, raw: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = raw.trim();
  switch (field.kind) {
    case "number": {
      const n = Number(text.replace(/[,_\s]/g, ""));
      return text !== "" && Number.isFinite(n) && n >= 0
        ? { ok: true, value: n }
        : { ok: false, message: `Enter ${field.name} as a number, for example ${field.value}` };
    }
    case "boolean":
      return text === "true" || text === "false"
        ? { ok: true, value: text === "true" }
        : { ok: false, message: `Choose true or false for ${field.name}` };
    case "list":
      return {
        ok: true,
        value: text
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case "text":
      return text ? { ok: true, value: text } : { ok: false, message: `Enter ${field.name}` };
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

export type VersionForm =
  | {
      ok: true;
      version: {
        effectiveFrom: IsoDate;
        effectiveTo: IsoDate | null;
        params: Record<string, unknown>;
        summary: string;
        sourceTitle: string;
        sourceUrl: string;
      };
    }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

export function parseVersionForm({
  form,
  rule,
  fields,
}: {
  form: FormData;
  rule: Pick<RuleVersion, "key" | "name" | "owner">;
  fields: ParamField[];
}): VersionForm {
  const values: Record<string, string> = {};
  for (const name of ["effectiveFrom", "effectiveTo", "summary", "sourceTitle", "sourceUrl"]) values[name] = String(form.get(name) ?? "");
  for (const f of fields) values[`param.${f.name}`] = String(form.get(`param.${f.name}`) ?? "");
  const errors: Record<string, string> = {};
  const base = baseSchema.safeParse(values);
  if (!base.success) for (const issue of base.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const params: Record<string, unknown> = {};
  for (const f of fields) {
    const parsed = paramValue(f, values[`param.${f.name}`]);
    if (parsed.ok) params[f.name] = parsed.value;
    else errors[`param.${f.name}`] = parsed.message;
  }
  if (!base.success || Object.keys(errors).length > 0) return { ok: false, errors, values };

  const candidate: RuleVersion = { ...rule, version: 1, ...base.data, effectiveTo: base.data.effectiveTo || null, params };
  const probe = evaluatePurchase({
    purchase: { ...SAMPLE, signingDate: candidate.effectiveFrom },
    product: null,
    rules: [candidate],
    today: candidate.effectiveFrom,
  })[0];
  if (probe && /invalid parameters/.test(probe.reason)) {
    const message = `The rules engine cannot use these values: ${probe.reason.replace(/^version \d+ has invalid parameters \(|\): check it against the source$/g, "")}`;
    return { ok: false, errors: { params: message }, values };
  }
  const { effectiveFrom, effectiveTo, summary, sourceTitle, sourceUrl } = candidate;
  return { ok: true, version: { effectiveFrom, effectiveTo, params, summary, sourceTitle, sourceUrl } };
}
