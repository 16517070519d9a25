/**
 * Assurance rules owned by ASD: an IRAP assessment at or above the intended classification, that
 * assessment no older than 24 months on the signing date (ISM control 1570), and the buyer's
 * Essential Eight target against the lowest of the eight strategy levels.
 */
import { z } from "zod";
import { CLASSIFICATIONS, E8_STRATEGY_LABELS, classificationRank, type Classification } from "~/assurance/vocabulary";
import { addMonths, formatDate } from "~/platform/dates";
import { mappedIrapTitle } from "~/assurance/labels";
import { essentialEight, irapReliedOn, mappedIrap, type IrapFacts } from "../product-facts";
import type { ProposedPurchase } from "../purchase";
import { defineCheck, doesNotMeet, evidenceNote, forEachProduct, listOf, meets, needsEvidence, notApplicable } from "./check";

/** "IRAP-assessed to PROTECTED on 12 Mar 2025 by Example Pty Ltd (evidence: third-party report)" */
function describeIrap(irap: IrapFacts): string {
  const when = irap.assessedOn ? ` on ${formatDate(irap.assessedOn)}` : " (no assessment date recorded)";
  const by = irap.assessorName ? ` by ${irap.assessorName.replace(/\.$/, "")}` : "";
  return `IRAP-assessed to ${irap.level}${when}${by}${evidenceNote(irap.evidenceLevel)}`;
}

const notIrap = (level: string) => `${mappedIrapTitle(level)} is a US authorisation, not an IRAP assessment`;

const irapLevelParams = z.object({ minClassification: z.enum(CLASSIFICATIONS) });

/** When an IRAP assessment is expected at all: from the threshold up to, not including, TOP SECRET. */
function irapExpected(p: ProposedPurchase, min: Classification): "below" | "asd" | "irap" {
  if (classificationRank(p.classification) < classificationRank(min)) return "below";
  return p.classification === "TOP SECRET" ? "asd" : "irap";
}

export const irapLevel = defineCheck({
  scope: "product",
  params: irapLevelParams,
  evaluate({ purchase, product, params }) {
    const intended = `intended classification ${purchase.classification}`;
    const expected = irapExpected(purchase, params.minClassification);
    if (expected === "below") return notApplicable(`${intended} is below ${params.minClassification}: no IRAP assessment needed`);
    if (expected === "asd") {
      return needsEvidence(`${intended}: ASD assesses TOP SECRET services itself, not IRAP; obtain ASD's assessment`);
    }
    if (!product)
      return forEachProduct(`an IRAP assessment at ${purchase.classification} or above, backed by more than a self-declaration`);
    const irap = irapReliedOn(product, purchase.classification);
    if (!irap) {
      const fedramp = mappedIrap(product);
      return needsEvidence(fedramp ? `${notIrap(fedramp.level)}; ${intended} needs one` : `no IRAP assessment recorded; ${intended}`);
    }
    if (classificationRank(irap.level) < classificationRank(purchase.classification)) {
      return doesNotMeet(`${describeIrap(irap)}; ${intended} is higher`);
    }
    return irap.evidenceLevel === "self_declared"
      ? needsEvidence(`${describeIrap(irap)}: ask the provider for the assessment report; ${intended}`)
      : meets(`${describeIrap(irap)}; ${intended}`);
  },
});

export const irapCurrency = defineCheck({
  scope: "product",
  params: irapLevelParams.extend({ maxMonths: z.number().int().positive() }),
  evaluate({ purchase, product, params, signingDate }) {
    if (irapExpected(purchase, params.minClassification) !== "irap") {
      return notApplicable(`intended classification ${purchase.classification}: no IRAP assessment relied on`);
    }
    if (!product)
      return forEachProduct(`the IRAP assessment relied on must be no more than ${params.maxMonths} months old on the signing date`);
    const irap = irapReliedOn(product, purchase.classification);
    if (!irap) {
      const fedramp = mappedIrap(product);
      return notApplicable(fedramp ? `no IRAP assessment to rely on: ${notIrap(fedramp.level)}` : "no IRAP assessment recorded to rely on");
    }
    if (!irap.assessedOn) return needsEvidence(`${describeIrap(irap)}: record the assessment date`);
    const signing = `signing on ${formatDate(signingDate)}`;
    // Valid through the anniversary inclusive: assessed 12 Mar 2023 still counts on 12 Mar 2025.
    const lastDay = addMonths(irap.assessedOn, params.maxMonths);
    return signingDate <= lastDay
      ? meets(`${describeIrap(irap)}; ${signing} is within ${params.maxMonths} months (current to ${formatDate(lastDay)})`)
      : doesNotMeet(
          `${describeIrap(irap)}; ${signing} is more than ${params.maxMonths} months later (reassessment was due by ${formatDate(lastDay)})`,
        );
  },
});

export const essentialEightTarget = defineCheck({
  scope: "product",
  params: z.object({}).passthrough(),
  evaluate({ purchase, product }) {
    if (purchase.targetE8 === "none") return notApplicable("no Essential Eight target set");
    const target = Number(purchase.targetE8.slice(2));
    const wanted = `${purchase.targetE8} target`;
    if (!product) return forEachProduct(`every Essential Eight strategy at ${purchase.targetE8} or above`);
    const e8 = essentialEight(product);
    if (!e8) return needsEvidence(`${wanted}: no Essential Eight assessment recorded`);
    if (e8.missing.length > 0) {
      const names = e8.missing.map((s) => E8_STRATEGY_LABELS[s]);
      return needsEvidence(`${wanted}: no maturity level recorded for ${listOf(names)}`);
    }
    const entries = Object.entries(e8.levels) as [keyof typeof E8_STRATEGY_LABELS, number][];
    const lowest = Math.min(...entries.map(([, level]) => level));
    const atLowest = entries.filter(([, level]) => level === lowest).map(([s]) => E8_STRATEGY_LABELS[s]);
    const weakest = atLowest.length === entries.length ? "all eight strategies" : listOf(atLowest);
    const found = `lowest strategy level ML${lowest} (${weakest})`;
    const assessed = `${e8.assessedOn ? `; assessed ${formatDate(e8.assessedOn)}` : ""}${evidenceNote(e8.evidenceLevel)}`;
    if (lowest < target) return doesNotMeet(`${found} is below the ${wanted}${assessed}`);
    return e8.evidenceLevel === "self_declared"
      ? needsEvidence(`${found} meets the ${wanted}${assessed}: ask for an assessment by a third party`)
      : meets(`${found} meets the ${wanted}${assessed}`);
  },
});
