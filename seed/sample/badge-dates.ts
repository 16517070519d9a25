/**
 * Badge dates chosen backwards from the currency state the sample wants to show, so that every
 * state appears whatever day the seed runs. The margins (due 10-80 days out, current 100+, overdue
 * 5+ days past) absorb the up-to-3-day shift of month-end clamping in addMonths.
 */
import { addDays, addMonths, type IsoDate } from "~/platform/dates";
import type { EvidenceLevel } from "~/assurance/vocabulary";
import type { Random } from "./random";

export type TargetState = "current" | "due" | "overdue" | "hidden";

/** Mostly current, with due and overdue early in each cycle so that even rare kinds show all three. */
const CYCLE: TargetState[] = ["current", "due", "overdue", "current", "current", "current", "current", "due", "current", "overdue"];
/** A Level 1 CAIQ can also be old enough to be hidden (over 3 years). */
const CAIQ_CYCLE: TargetState[] = ["current", "due", "overdue", "hidden", "current", "current", "due", "current", "overdue"];

export class StateCycler {
  private counts = new Map<string, number>();
  next(key: string): TargetState {
    const n = this.counts.get(key) ?? 0;
    this.counts.set(key, n + 1);
    const cycle = key === "csa_star:level1_caiq" ? CAIQ_CYCLE : CYCLE;
    return cycle[n % cycle.length];
  }
}

/** The anchor date (assessment, issue or period end) that lands a badge of `months` validity in `state`. */
export function anchorFor(state: TargetState, months: number, today: IsoDate, rng: Random): IsoDate {
  if (state === "hidden") return addDays(addMonths(today, -36), -rng.int(30, 240));
  const span = Math.round(months * 30.4);
  const daysToExpiry = state === "current" ? rng.int(100, span - 20) : state === "due" ? rng.int(10, 80) : -rng.int(5, Math.min(400, span));
  return addMonths(addDays(today, daysToExpiry), -months);
}

const ISM_MONTHS = ["March", "June", "September", "December"];

/** The ISM release an assessor would have used: the last quarterly release two months before. */
export function ismReleaseBefore(assessedOn: IsoDate): string {
  const basis = addDays(assessedOn, -60);
  const year = Number(basis.slice(0, 4));
  const month = Number(basis.slice(5, 7));
  const quarter = Math.floor(month / 3); // 0 for Jan-Feb: the previous December
  return quarter === 0 ? `ISM December ${year - 1}` : `ISM ${ISM_MONTHS[quarter - 1]} ${year}`;
}

export interface EvidenceWeights {
  self_declared: number;
  document: number;
  third_party: number;
}

/**
 * Evidence for one badge. "verified" only ever appears on a listing the operator has verified, and
 * never on a self-assessment (there is no independent report to verify).
 */
export function chooseEvidence(opts: {
  rng: Random;
  weights: EvidenceWeights;
  listingVerified: boolean;
  selfAssessed?: boolean;
  kind: string;
  providerSlug: string;
  year: string;
  assessor: string | null;
}): { evidenceLevel: EvidenceLevel; evidenceRef: string | null } {
  const { rng, weights } = opts;
  let level: EvidenceLevel;
  if (opts.listingVerified && !opts.selfAssessed && rng.chance(0.65)) level = "verified";
  else {
    const roll = rng.next() * (weights.self_declared + weights.document + weights.third_party);
    level = roll < weights.self_declared ? "self_declared" : roll < weights.self_declared + weights.document ? "document" : "third_party";
  }
  if (level === "self_declared") return { evidenceLevel: level, evidenceRef: null };
  const url = `https://trust.example.com/${opts.providerSlug}/${opts.kind.replace("_", "-")}-${opts.year}.pdf`;
  if (level === "document")
    return {
      evidenceLevel: level,
      evidenceRef: rng.chance(0.6) ? url : `${DOCUMENT_NAMES[opts.kind] ?? "Assurance summary"} ${opts.year} (PDF)`,
    };
  const report = `${DOCUMENT_NAMES[opts.kind] ?? "Assessment report"} ${opts.year}${opts.assessor ? `, ${opts.assessor}` : ""}`;
  return { evidenceLevel: level, evidenceRef: rng.chance(0.5) ? url : report };
}

const DOCUMENT_NAMES: Record<string, string> = {
  irap: "IRAP assessment report",
  hcf: "HCF certificate",
  e8: "Essential Eight assessment",
  iso27001: "ISO/IEC 27001 certificate",
  soc2: "SOC 2 Type II report",
  csa_star: "CSA STAR registry entry",
  pci_dss: "PCI DSS attestation of compliance",
};
