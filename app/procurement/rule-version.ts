/**
 * Rules are data: each version of a rule carries its thresholds, citation and the dates it was in
 * force, mirroring a procurement_rule_versions row joined to its procurement_rules row. A contract
 * is judged by the version in force on the day it is signed.
 */
import { formatDate, type IsoDate } from "~/platform/dates";

export interface RuleVersion {
  key: string;
  name: string;
  /** The body that owns the rule now (history goes in the summary). */
  owner: string;
  version: number;
  effectiveFrom: IsoDate;
  /** Last day in force, inclusive; null while still in force. */
  effectiveTo: IsoDate | null;
  params: Record<string, unknown>;
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
}

export function isInForce(v: Pick<RuleVersion, "effectiveFrom" | "effectiveTo">, date: IsoDate): boolean {
  return v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo);
}

/** The version in force on `date`; if an editor left two overlapping, the higher version wins. */
export function versionInForce<V extends RuleVersion>(versions: V[], date: IsoDate): V | null {
  const inForce = versions.filter((v) => isInForce(v, date));
  return inForce.sort((a, b) => b.version - a.version)[0] ?? null;
}

/** "from 1 Feb 2020", "23 Aug 2017 to 31 Jan 2020". */
export function describeWindow(v: Pick<RuleVersion, "effectiveFrom" | "effectiveTo">): string {
  return v.effectiveTo === null ? `from ${formatDate(v.effectiveFrom)}` : `${formatDate(v.effectiveFrom)} to ${formatDate(v.effectiveTo)}`;
}

/** Versions grouped by rule key, each group oldest first. */
export function groupByKey<V extends RuleVersion>(versions: V[]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const v of versions) {
    const group = groups.get(v.key) ?? [];
    group.push(v);
    groups.set(v.key, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version);
  return groups;
}
