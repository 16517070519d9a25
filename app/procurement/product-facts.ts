/**
 * What the rules need to know about a product: its badges, as plain serialisable data. A loader
 * builds this from the badges table (one row per badge) so that the engine never touches the
 * database, and the same facts can be sent to the browser for /compare.
 */
import {
  CLASSIFICATIONS,
  E8_STRATEGIES,
  classificationRank,
  type Classification,
  type E8Strategy,
  type HcfLevel,
} from "~/assurance/vocabulary";
import type { IsoDate } from "~/platform/dates";

export interface BadgeFacts {
  kind: string;
  level: string;
  assessedOn: IsoDate | null;
  expiresOn: IsoDate | null;
  periodEnd: IsoDate | null;
  /** Essential Eight only: maturity (0-3) per strategy. */
  e8Levels: Record<string, number> | null;
  evidenceLevel: string;
  assessorName: string | null;
  /** Mapped from another jurisdiction's data (a FedRAMP authorisation): never an Australian assessment. */
  mapped: boolean;
}

export interface ProductFacts {
  name: string;
  badges: BadgeFacts[];
  /**
   * The provider has applied for HCF certification and is waiting on the outcome. The schema has
   * no column for this yet, so loaders pass false until one exists.
   */
  awaitingHcfCertification: boolean;
}

function latest<T extends { assessedOn: IsoDate | null }>(items: T[]): T | null {
  return [...items].sort((a, b) => (b.assessedOn ?? "").localeCompare(a.assessedOn ?? ""))[0] ?? null;
}

function isClassification(level: string): level is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(level);
}

/**
 * The badges a rule can rely on: mapped data (a FedRAMP authorisation shown as its Australian
 * equivalent) is never an Australian assessment, so no rule counts it.
 */
function australian(product: ProductFacts): BadgeFacts[] {
  return product.badges.filter((b) => !b.mapped);
}

export interface HcfStatus {
  level: HcfLevel;
  certifiedOn: IsoDate | null;
  evidenceLevel: string;
}

/** The provider's current HCF status: the most recent HCF badge, or null when none is recorded. */
export function hcfStatus(product: ProductFacts): HcfStatus | null {
  const badge = latest(australian(product).filter((b) => b.kind === "hcf"));
  if (!badge || !["strategic", "assured", "uncertified"].includes(badge.level)) return null;
  return { level: badge.level as HcfLevel, certifiedOn: badge.assessedOn, evidenceLevel: badge.evidenceLevel };
}

export interface IrapFacts {
  level: Classification;
  assessedOn: IsoDate | null;
  assessorName: string | null;
  evidenceLevel: string;
}

/**
 * The IRAP assessment a buyer would rely on for data at `classification`: the most recent one at
 * or above that level, else the highest-level one (most recent first), so a shortfall is named.
 */
export function irapReliedOn(product: ProductFacts, classification: Classification): IrapFacts | null {
  const assessments = australian(product)
    .filter((b) => b.kind === "irap" && isClassification(b.level))
    .map((b) => ({
      level: b.level as Classification,
      assessedOn: b.assessedOn,
      assessorName: b.assessorName,
      evidenceLevel: b.evidenceLevel,
    }));
  const sufficient = assessments.filter((a) => classificationRank(a.level) >= classificationRank(classification));
  if (sufficient.length > 0) return latest(sufficient);
  const highest = Math.max(-1, ...assessments.map((a) => classificationRank(a.level)));
  return latest(assessments.filter((a) => classificationRank(a.level) === highest));
}

export interface E8Facts {
  levels: Partial<Record<E8Strategy, number>>;
  missing: E8Strategy[];
  assessedOn: IsoDate | null;
  assessorName: string | null;
  evidenceLevel: string;
}

/** The highest FedRAMP authorisation imported for the product, shown as its Australian equivalent; null if none. */
export function mappedIrap(product: ProductFacts): { level: Classification } | null {
  const levels = product.badges
    .filter((b) => b.kind === "irap" && b.mapped && isClassification(b.level))
    .map((b) => b.level as Classification);
  if (levels.length === 0) return null;
  return { level: levels.reduce((a, b) => (classificationRank(b) > classificationRank(a) ? b : a)) };
}

/** The most recent Essential Eight assessment, with strategies that have no recorded level. */
export function essentialEight(product: ProductFacts): E8Facts | null {
  const badge = latest(australian(product).filter((b) => b.kind === "e8"));
  if (!badge) return null;
  const recorded = badge.e8Levels ?? {};
  const levels: Partial<Record<E8Strategy, number>> = {};
  const missing: E8Strategy[] = [];
  for (const strategy of E8_STRATEGIES) {
    const level = recorded[strategy];
    if (typeof level === "number" && Number.isInteger(level) && level >= 0 && level <= 3) levels[strategy] = level;
    else missing.push(strategy);
  }
  return { levels, missing, assessedOn: badge.assessedOn, assessorName: badge.assessorName, evidenceLevel: badge.evidenceLevel };
}
