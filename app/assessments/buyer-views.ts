/**
 * What the product page and compare receive about assessments, already in words (the servers
 * that build them: product-section.server.ts and compare-rows.server.ts). Types only, so the
 * components that show them import nothing from the server.
 */

export interface ProductAssessmentsView {
  slug: string;
  assessedBy: number;
  reliedOnBy: number;
  /** Agency staff who may assess this product get the way to. */
  canAssess: boolean;
  /** Which minimums the product is judged against, in words. */
  judgedBy: string;
  allStale: boolean;
  shortfalls: {
    key: string;
    label: string;
    minimum: number;
    latest: string;
    latestScore: number | null;
    spread: string;
    state: string;
    text: string;
  }[];
  moreShortfalls: number;
  meeting: number;
  withMinimum: number;
  /** The section's sentences, worded on the server so the page ships markup, not wording. */
  sentences: string[];
  /** After the shortfalls: how many more, and how many meet. */
  closing: string | null;
}

export interface CompareAssessmentCell {
  /** The cell in words: the score against the minimum and whether it meets. */
  text: string;
  /** What a buyer decides on: meets, gap or not assessed (not the score itself). */
  state: string;
}

export interface CompareAssessments {
  judgedBy: string;
  /** "Assessed by / relied on by", one cell per product in the order asked for. */
  reach: CompareAssessmentCell[];
  gapRows: { key: string; label: string; cells: CompareAssessmentCell[] }[];
  /** Per product, the qualities not in gapRows in one sentence. */
  rest: CompareAssessmentCell[];
}

/**
 * A product's assessments as an evidence pack froze them: the aggregate judged against the buyer's
 * requirements then, and (for government users) the published assessments with their agencies and
 * which of them the buyer's agency relies on. Values only, so later assessments change nothing.
 */
export interface FrozenAssessments {
  frameworkVersion: number;
  assessedBy: number;
  reliedOnBy: number;
  qualities: {
    key: string;
    label: string;
    mandatory: boolean;
    minimum: number | null;
    /** "gap", "unassessed", "meets" or "no_minimum". */
    state: string;
    latest: number | null;
    latestOn: string | null;
    stale: boolean;
    min: number | null;
    max: number | null;
    assessments: number;
  }[];
  /** Empty for a buyer who is not a government user: they see the aggregates only. */
  published: {
    id: number;
    agency: string;
    assessedOn: string | null;
    frameworkVersion: number;
    dataClassification: string;
    deploymentSize: string;
    reliedOnBy: number;
    reliedOnByYourAgency: boolean;
    byYourAgency: boolean;
  }[];
  /** Whether the taker could see the assessments themselves (a government user). */
  shownInFull: boolean;
}

export interface FrozenRequirements {
  classification: string;
  /** False: the framework's own minimums for the classification, not a profile the buyer saved. */
  saved: boolean;
  frameworkVersion: number;
  minimums: Record<string, number>;
}
