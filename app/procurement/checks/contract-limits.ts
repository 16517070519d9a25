/**
 * Contract limits: the value and term caps (ICT Contract Capped Term and Value Policy from
 * 23 Aug 2017, then the Contract Limits and Reviews Policy from 1 Feb 2020), the legacy rule that
 * an extension may not outrun the initial term, the review before an extension, and the exemptions.
 * A cap check reports a breach; the engine turns it into an outcome using the exemption in force.
 */
import { z } from "zod";
import { formatAud } from "~/platform/money";
import { defineCheck, listOf, meets, months, needsEvidence, notApplicable } from "./check";
import { exemptionParams, type ExemptionBasis } from "./exemptions";

const EXEMPTION_WORDS: Record<ExemptionBasis, string> = {
  mandatory_wofg_panel: "a mandatory whole-of-government panel category",
  cpr_2_6: "CPR paragraph 2.6 with the DTA notified",
  ministerial: "a joint ministerial exemption",
};

function exemptionChoices(bases: ExemptionBasis[]): string {
  if (bases.length === 0) return "the policy allows none";
  return `the policy allows ${listOf(
    bases.map((b) => EXEMPTION_WORDS[b]),
    "or",
  )}`;
}

/** "extension option of 12 months is", "extension options of 12 and 24 months are each" */
function optionWords(options: number[]): string {
  return options.length === 1 ? `extension option of ${months(options[0])} is` : `extension options of ${listOf(options)} months are each`;
}

export const contractValueCap = defineCheck({
  scope: "purchase",
  params: z.object({ capExGst: z.number().positive() }),
  evaluate({ purchase, params }) {
    const cost = `whole-of-life cost ${formatAud(purchase.costExGst)} ex GST (with extensions)`;
    const cap = formatAud(params.capExGst, { compact: true });
    return purchase.costExGst <= params.capExGst ? meets(`${cost} is within the ${cap} cap`) : { breach: `${cost} exceeds the ${cap} cap` };
  },
});

const maxMonths = z.object({ maxMonths: z.number().int().positive() });

export const initialTermCap = defineCheck({
  scope: "purchase",
  params: maxMonths,
  evaluate({ purchase, params }) {
    const term = `initial term ${months(purchase.initialTermMonths)}`;
    return purchase.initialTermMonths <= params.maxMonths
      ? meets(`${term} is within the ${params.maxMonths}-month cap`)
      : { breach: `${term} exceeds the ${params.maxMonths}-month cap` };
  },
});

export const extensionCap = defineCheck({
  scope: "purchase",
  params: maxMonths,
  evaluate({ purchase, params }) {
    const options = purchase.extensionMonths;
    if (options.length === 0) return notApplicable("no extension options");
    const over = options.filter((m) => m > params.maxMonths);
    if (over.length === 0) return meets(`${optionWords(options)} within the ${params.maxMonths}-month cap`);
    const noun = over.length === 1 ? "extension option" : "extension options";
    const verb = over.length === 1 ? "exceeds" : "exceed";
    return { breach: `${noun} of ${listOf(over)} months ${verb} the ${params.maxMonths}-month cap` };
  },
});

export const legacyTermRule = defineCheck({
  scope: "purchase",
  params: z.object({}).passthrough(),
  evaluate({ purchase }) {
    const options = purchase.extensionMonths;
    const initial = purchase.initialTermMonths;
    if (options.length === 0) return notApplicable("no extension options");
    const over = options.filter((m) => m > initial);
    if (over.length === 0) return meets(`${optionWords(options)} no longer than the ${initial}-month initial term`);
    const noun = over.length === 1 ? "extension option" : "extension options";
    const verb = over.length === 1 ? "is" : "are";
    return { breach: `${noun} of ${listOf(over)} months ${verb} longer than the ${initial}-month initial term` };
  },
});

export const reviewBeforeExtension = defineCheck({
  scope: "purchase",
  params: z.object({}).passthrough(),
  evaluate({ purchase }) {
    if (!purchase.extensionExercised) return notApplicable("no extension option is being exercised");
    return purchase.reviewRecorded
      ? meets("extension exercised: review of the contractor's performance and deliverables recorded")
      : needsEvidence("extension exercised: record a review of the contractor's performance and deliverables first");
  },
});

export const capExemptions = defineCheck({
  scope: "purchase",
  params: exemptionParams,
  readsCapBreaches: true,
  evaluate({ capBreaches, exemption, params }) {
    if (capBreaches.length === 0) return notApplicable("no contract cap is exceeded, so no exemption is needed");
    const breaches = capBreaches.join("; ");
    switch (exemption.status) {
      case "granted":
        return meets(`${breaches}: ${exemption.basis}`);
      case "pending":
        return needsEvidence(`${breaches}: ${exemption.basis}`);
      case "none":
        return needsEvidence(`${breaches}: no exemption recorded (${exemptionChoices(params.exemptions)})`);
    }
  },
});
