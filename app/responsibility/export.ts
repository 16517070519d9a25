/**
 * The responsibility model as CSV columns, for a shortlist export: one column per control area
 * ("Agency: note"), so a spreadsheet can sort or filter on who holds an area.
 */
import { CONTROL_AREAS, CONTROL_AREA_INFO, PARTY_LABELS, type ControlArea, type Party } from "./areas";

export interface ResponsibilitySnapshot {
  serviceModel: string;
  communityRulesRequired: boolean;
  areas: { area: ControlArea; label: string; party: Party; note: string; defaultParty: Party; differsFromDefault: boolean }[];
}

export function responsibilityCsvHeader(): string[] {
  return [...CONTROL_AREAS.map((a) => `Who secures: ${CONTROL_AREA_INFO[a].label}`), "Community rules to sign"];
}

/** Blank cells for a product with no model (a snapshot taken before models existed). */
export function responsibilityCsvCells(snapshot: ResponsibilitySnapshot | null | undefined): string[] {
  if (!snapshot) return responsibilityCsvHeader().map(() => "");
  const byArea = new Map(snapshot.areas.map((a) => [a.area, a]));
  return [
    ...CONTROL_AREAS.map((area) => {
      const a = byArea.get(area);
      if (!a) return "";
      const differs = a.differsFromDefault ? ` (differs from ${snapshot.serviceModel} default)` : "";
      return `${PARTY_LABELS[a.party]}${differs}${a.note ? `: ${a.note}` : ""}`;
    }),
    snapshot.communityRulesRequired ? "Required" : "Not required",
  ];
}
