/**
 * A plausible score for each framework quality, worked out from a sample product's listed facts
 * (where its data lives, who supports it, its badges), so that a sovereign PROTECTED platform
 * scores 5 on data sovereignty and an offshore SaaS 2. Agencies then disagree a little around it.
 */
import { minimumFor } from "~/assessments/framework";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { CLASSIFICATIONS, type Classification } from "~/assurance/vocabulary";
import { CLEARANCE_LABELS, type Clearance } from "~/catalogue/vocabulary";
import { addMonths, type IsoDate } from "~/platform/dates";
import { AFTERWORDS, EVIDENCE_REFS, fillTemplate, scoreBand, templatesFor } from "./assessment-justifications";
import type { Random } from "./random";

export interface ProductFacts {
  slug: string;
  name: string;
  serviceModel: string;
  deploymentModel: string | null;
  provider: string;
  headquarters: string;
  australianOwned: boolean;
  sme: boolean;
  dataLocation: string;
  dataCentres: string[];
  supportStaffLocation: string;
  staffClearance: string;
  soc: boolean;
  environments: string[];
  badges: { kind: string; level: string; assessedOn: string | null; ismRelease: string | null }[];
}

const AUSTRALIAN_CITIES = new Set(["Canberra", "Sydney", "Melbourne", "Brisbane", "Adelaide", "Perth", "Hobart", "Darwin"]);

const listed = (items: string[]): string | undefined =>
  items.length === 0 ? undefined : items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/**
 * The IRAP assessment an agency could have read on `asOf`. The listed one may be newer than an
 * older assessment: IRAP runs on a two-year cycle, so count back to the one in force then.
 */
function irapAsOf(f: ProductFacts, asOf: IsoDate): { level: string; year: string; ism: string | undefined; current: boolean } | null {
  const badge = f.badges.find((b) => b.kind === "irap");
  if (!badge?.assessedOn) return null;
  let on = badge.assessedOn;
  while (on > asOf) on = addMonths(on, -24);
  return {
    level: badge.level,
    year: on.slice(0, 4),
    ism: on === badge.assessedOn ? (badge.ismRelease ?? undefined) : undefined,
    current: addMonths(on, 24) >= asOf,
  };
}

/** The values justification templates may use; undefined where the product has no such fact. */
export function factVars(f: ProductFacts, asOf: IsoDate): Record<string, string | undefined> {
  const au = f.dataCentres.filter((c) => AUSTRALIAN_CITIES.has(c));
  const abroad = f.dataCentres.filter((c) => !AUSTRALIAN_CITIES.has(c));
  const irap = irapAsOf(f, asOf);
  const has = (kind: string) => f.badges.some((b) => b.kind === kind);
  return {
    product: f.name,
    provider: f.provider,
    hq: f.headquarters,
    centres: listed(au),
    onshoreCentres: f.dataLocation === "onshore" ? listed(au) : undefined,
    offshore: listed(abroad) ?? (f.supportStaffLocation === "onshore" ? undefined : "overseas"),
    offshoreOnly: au.length === 0 ? listed(abroad) : undefined,
    clearance: f.staffClearance === "none" ? undefined : CLEARANCE_LABELS[f.staffClearance as Clearance],
    irap: irap?.level,
    irapCurrent: irap?.current ? irap.level : undefined,
    irapStale: irap && !irap.current ? irap.level : undefined,
    irapYear: irap?.year,
    ism: irap?.ism,
    e8: f.badges.find((b) => b.kind === "e8")?.level,
    iso: has("iso27001") ? "ISO/IEC 27001" : undefined,
    isoNoIrap: has("iso27001") && !irap ? "ISO/IEC 27001" : undefined,
    soc2: has("soc2") ? "SOC 2 Type II" : undefined,
  };
}

/** The product's score for each quality before agencies' differences. */
export function baseScores(f: ProductFacts, asOf: IsoDate): Record<string, number> {
  const level = (kind: string) => f.badges.find((b) => b.kind === kind)?.level;
  const onshore = f.dataLocation === "onshore";
  const offshore = f.dataLocation === "offshore";
  const infra = f.serviceModel !== "SaaS";
  const global = !f.australianOwned && !f.sme;
  const hyperscale = global && f.soc && f.deploymentModel === "public" && f.environments.includes("PROTECTED");
  const irap = level("irap");
  const irapCurrent = irapAsOf(f, asOf)?.current ?? false;
  const cleared = f.staffClearance === "nv1" || f.staffClearance === "nv2" || f.staffClearance === "pv";
  const strategic = level("hcf") === "strategic";
  const onRequest = f.deploymentModel === "private" || (f.deploymentModel === "community" && !infra);
  const records = /records|archive|foi|board-papers|case-management/.test(f.slug);
  const e8 = Number(level("e8")?.replace("ML", "") ?? -1);
  const auCentres = f.dataCentres.filter((c) => AUSTRALIAN_CITIES.has(c)).length;

  return {
    financial_viability: global ? 5 : f.sme ? 3 : 4,
    price_transparency: onRequest ? 2 : hyperscale ? 5 : infra ? 4 : 3,
    sla_transparency: hyperscale ? 5 : f.soc ? 4 : 3,
    contract_flexibility: onRequest ? 2 : infra && f.deploymentModel === "public" ? 5 : infra ? 4 : 3,
    billing_granularity: infra ? (hyperscale ? 5 : 4) : f.sme ? 2 : 3,
    value_for_money: hyperscale || (f.australianOwned && f.sme) ? 4 : 3,
    content_ownership: onshore ? 5 : offshore ? 3 : 4,
    exit_provisions: offshore ? 3 : onshore || infra ? 4 : 3,
    privacy_principles: onshore && (irap || strategic) ? 5 : onshore ? 4 : offshore ? 2 : irap ? 4 : 3,
    archives_act: records ? 5 : 3,
    foi_act: records ? 5 : infra ? 3 : onshore ? 4 : 3,
    liability: f.australianOwned ? (f.sme ? 3 : 4) : 2,
    subcontractors: offshore ? 2 : global || !f.sme ? 4 : 3,
    data_sovereignty:
      onshore && f.supportStaffLocation === "onshore"
        ? cleared || strategic
          ? 5
          : 4
        : offshore
          ? 2
          : f.environments.includes("PROTECTED")
            ? 4
            : f.supportStaffLocation === "offshore"
              ? 2
              : 3,
    data_portability: infra ? 4 : 3,
    data_deletion: strategic ? 5 : level("hcf") === "assured" || onshore ? 4 : 3,
    backup_recovery: /backup|postgresql|object-storage/.test(f.slug) ? 5 : infra ? 4 : 3,
    encryption: irap === "PROTECTED" ? (onshore ? 5 : 4) : irap ? 4 : 3,
    logging_auditing: f.soc ? (infra ? 5 : 4) : 3,
    identity_access: /identity/.test(f.slug) ? 5 : f.sme && !irap ? 3 : 4,
    vulnerability_management: e8 >= 3 ? 5 : e8 === 2 || hyperscale ? 4 : 3,
    incident_notification: irap === "PROTECTED" || strategic ? 5 : irap || onshore ? 4 : 3,
    personnel_security: cleared ? 5 : f.staffClearance === "baseline" ? 4 : offshore ? 2 : 3,
    assurance_currency: irap ? (irapCurrent ? (irap === "PROTECTED" ? 5 : 4) : 3) : level("iso27001") || level("soc2") ? 3 : 2,
    support_accessibility: onshore && f.soc ? 5 : onshore || f.soc ? 4 : offshore ? 2 : 3,
    availability: hyperscale || (onshore && f.soc && auCentres >= 2) ? 5 : auCentres >= 2 ? 4 : 3,
    change_notice: hyperscale ? 4 : f.sme ? 3 : 4,
    accessibility: infra ? 3 : /forms|grants/.test(f.slug) ? 5 : 4,
    interoperability: /identity/.test(f.slug) ? 5 : infra ? 4 : 3,
    automation: infra ? (hyperscale ? 5 : 4) : f.sme ? 2 : 3,
    sustainability: hyperscale ? 4 : global ? 3 : f.sme ? 2 : 3,
  };
}

/** Mostly what the product is certified for, and what the stated use says. */
export function classificationFor(rng: Random, f: ProductFacts, useCase: string): Classification {
  const irap = f.badges.find((b) => b.kind === "irap")?.level;
  const allowed: Classification[] =
    irap === "PROTECTED" ? ["OFFICIAL", "OFFICIAL: Sensitive", "PROTECTED"] : irap ? ["OFFICIAL", "OFFICIAL: Sensitive"] : ["OFFICIAL"];
  const stated = [...CLASSIFICATIONS].reverse().find((c) => c !== "OFFICIAL" && useCase.includes(c));
  if (stated && allowed.includes(stated)) return stated;
  if (/public data|open data|no personal information|open-source/.test(useCase)) return "OFFICIAL";
  return rng.pick(allowed.length === 3 ? ["OFFICIAL", "OFFICIAL: Sensitive", "OFFICIAL: Sensitive", "PROTECTED"] : allowed);
}

/**
 * Products agencies found strong enough to meet every framework minimum for this classification:
 * without a few, a buyer filtering the catalogue by the framework's own minimums would find
 * nothing, and the demo would show only gaps. Their assessments score every quality.
 */
const MEETS_EVERY_MINIMUM: Record<string, Classification> = {
  "ironbark-sovereign-cloud": "PROTECTED",
  "wattle-grid-compute": "OFFICIAL",
  "wattle-grid-kubernetes-service": "OFFICIAL",
  "kurrajong-board-papers": "OFFICIAL",
};

/** One assessment's scores: the product's base scores, this agency's view of them, and why. */
export function scoresFor(rng: Random, f: ProductFacts, asOf: IsoDate, draft: boolean) {
  const base = baseScores(f, asOf);
  const facts = factVars(f, asOf);
  const strict = rng.chance(0.2);
  const keys = FRAMEWORK_V1.qualities.map((q) => q.key);
  // A draft is scored up to the data qualities; a finished assessment leaves at most four unscored.
  const strong = MEETS_EVERY_MINIMUM[f.slug];
  const skipped = new Set(
    strong && !draft
      ? []
      : draft
        ? keys.slice(keys.indexOf("data_portability"))
        : rng.sample(
            keys.filter((k) => k !== "privacy_principles"),
            rng.int(0, 4),
          ),
  );
  return FRAMEWORK_V1.qualities
    .filter((q) => !skipped.has(q.key))
    .map((q) => {
      // Matters of fact (where data lives, clearances, assessment dates) are not a matter of opinion.
      const steady = q.key === "data_sovereignty" || q.key === "personnel_security" || q.key === "assurance_currency";
      const [down, up] = steady ? [0, 0] : strict ? [0.25, 0.05] : [0.12, 0.12];
      const r = rng.next();
      const varied = Math.max(1, Math.min(5, base[q.key] + (r < down ? -1 : r > 1 - up ? 1 : 0)));
      const score = strong ? Math.max(varied, minimumFor(q, strong).minimum) : varied;
      const vars = {
        ...facts,
        clause: `${rng.int(3, 24)}.${rng.int(1, 9)}`,
        schedule: String(rng.int(2, 9)),
        page: String(rng.int(3, 60)),
        version: String(rng.int(2, 6)),
        months: String(rng.int(6, 30)),
        fixMonths: String(rng.int(3, 12)),
      };
      const fill = (templates: string[]) => rng.pick(templates.map((t) => fillTemplate(t, vars)).filter((t): t is string => t !== null));
      const band = scoreBand(score);
      const justification = [fill(templatesFor(q.key, score)), ...(rng.chance(0.45) ? [fill(AFTERWORDS[band])] : [])].join(" ");
      const evidence = rng.chance(0.3)
        ? EVIDENCE_REFS[q.category].map((t) => fillTemplate(t, vars)).filter((t): t is string => t !== null)
        : [];
      return { qualityKey: q.key, score, justification, evidenceRef: evidence.length ? rng.pick(evidence) : null };
    });
}
