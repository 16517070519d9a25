/**
 * Assurance rules owned by ASD: an IRAP assessment at or above the intended classification, that
 * assessment no older than 24 months on the signing date (ISM control 1570), and the buyer's
 * Essential Eight target against the lowest of the eight strategy levels.
 */
import { z } from "zod";
import {
  CLASSIFICATIONS,
  E8_STRATEGY_LABELS,
  EVIDENCE_LABELS,
  classificationRank,
  type Classification,
  type EvidenceLevel,
} from "~/assurance/vocabulary";
import { addMonths, formatDate } from "~/platform/dates";
import { essentialEight, irapReliedOn, type IrapFacts } from "../product-facts";
import type { ProposedPurchase } from "../purchase";
import { defineCheck, doesNotMeet, listOf, meets, needsEvidence, notApplicable, NO_PRODUCT } from "./check";

/** Weaker evidence is named in the reason so that a buyer knows how far to trust it. */
function evidenceNote(level: string): string {
  if (level === "third_party" || level === "verified") return "";
  const label = EVIDENCE_LABELS[level as EvidenceLevel] ?? level;
  return ` (${label.toLowerCase()})`;
}

/** "IRAP-assessed to PROTECTED on 12 Mar 2025 by Example Pty Ltd" */
function describeIrap(irap: IrapFacts): string {
  const when = irap.assessedOn ? ` on ${formatDate(irap.assessedOn)}` : " (no assessment date recorded)";
  const by = irap.assessorName ? ` by ${irap.assessorName}` : "";
  return `IRAP-assessed to ${irap.level}${when}${by}${evidenceNote(irap.evidenceLevel)}`;
}

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
    if (!product) return notApplicable(NO_PRODUCT);
    const irap = irapReliedOn(product, purchase.classification);
    if (!irap) return needsEvidence(`no IRAP assessment recorded; ${intended}`);
    return classificationRank(irap.level) >= classificationRank(purchase.classification)
      ? meets(`${describeIrap(irap)}; ${intended}`)
      : doesNotMeet(`${describeIrap(irap)}; ${intended} is higher`);
  },
});

export const irapCurrency = defineCheck({
  scope: "product",
  params: irapLevelParams.extend({ maxMonths: z.number().int().positive() }),
  evaluate({ purchase, product, params, signingDate }) {
    if (irapExpected(purchase, params.minClassification) !== "irap") {
      return notApplicable(`intended classification ${purchase.classification}: no IRAP assessment relied on`);
    }
    if (!product) return notApplicable(NO_PRODUCT);
    const irap = irapReliedOn(product, purchase.classification);
    if (!irap) return notApplicable("no IRAP assessment recorded to rely on");
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
    if (!product) return notApplicable(NO_PRODUCT);
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
    return lowest >= target ? meets(`${found} meets the ${wanted}${assessed}`) : doesNotMeet(`${found} is below the ${wanted}${assessed}`);
  },
});
