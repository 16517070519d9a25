/**
 * A product's responsibility model: its service model's defaults with the product's own
 * refinements laid over them. Pure, so the product page, the compare table, the evidence pack and
 * the duties checklist all read the same split.
 */
import { SERVICE_MODELS, type ServiceModel } from "~/catalogue/vocabulary";
import { CONTROL_AREAS, CONTROL_AREA_INFO, isControlArea, isParty, type ControlArea, type Party } from "./areas";
import { defaultMatrix } from "./defaults";

export interface Override {
  area: string;
  party: string;
  note: string;
}

export interface ResponsibilityRow {
  area: ControlArea;
  label: string;
  party: Party;
  note: string;
  defaultParty: Party;
  /** The product's listing sets this area itself (even if to the default party). */
  refined: boolean;
  /** The party differs from what the service model would give: the mark a reader looks for. */
  differsFromDefault: boolean;
}

/**
 * An unknown service model is read as IaaS: the split where the agency holds the most, so that a
 * bad record never makes an agency under-count its own duties.
 */
export function serviceModelOrFallback(value: string): ServiceModel {
  return (SERVICE_MODELS as readonly string[]).includes(value) ? (value as ServiceModel) : "IaaS";
}

export function mergeResponsibility({
  serviceModel,
  overrides,
}: {
  serviceModel: ServiceModel;
  overrides: Override[];
}): ResponsibilityRow[] {
  const defaults = defaultMatrix(serviceModel);
  const byArea = new Map<ControlArea, { party: Party; note: string }>();
  for (const o of overrides) {
    // Rows naming an area or party this code does not know are ignored rather than shown as blanks.
    if (isControlArea(o.area) && isParty(o.party)) byArea.set(o.area, { party: o.party, note: o.note.trim() });
  }
  return CONTROL_AREAS.map((area) => {
    const d = defaults[area];
    const o = byArea.get(area);
    const party = o?.party ?? d.party;
    // A refinement that keeps the default party may leave its note blank and keep the default one;
    // one that moves the area must not borrow a note written for another party.
    const note = o?.note ? o.note : party === d.party ? d.note : "";
    return {
      area,
      label: CONTROL_AREA_INFO[area].label,
      party,
      note,
      defaultParty: d.party,
      refined: o !== undefined,
      differsFromDefault: party !== d.party,
    };
  });
}

export interface Duty {
  area: ControlArea;
  label: string;
  party: Extract<Party, "agency" | "shared">;
  note: string;
  duty: string;
}

/** The agency's own duties: every area it holds alone, then every area it shares. */
export function agencyDuties(rows: ResponsibilityRow[]): Duty[] {
  const pick = (party: "agency" | "shared") =>
    rows
      .filter((r) => r.party === party)
      .map((r) => ({ area: r.area, label: r.label, party, note: r.note, duty: CONTROL_AREA_INFO[r.area].agencyDuty }));
  return [...pick("agency"), ...pick("shared")];
}

export interface CompareRow {
  area: ControlArea;
  label: string;
  cells: { productId: number; party: Party; note: string; differsFromDefault: boolean }[];
  /** The products do not all give this area to the same party. */
  differs: boolean;
}

/** Areas down the side, products across: the shape of a side-by-side comparison. */
export function compareResponsibility(models: { productId: number; rows: ResponsibilityRow[] }[]): CompareRow[] {
  return CONTROL_AREAS.map((area) => {
    const cells = models.map((m) => {
      const row = m.rows.find((r) => r.area === area);
      if (!row) throw new Error(`Responsibility model for product ${m.productId} lacks area ${area}`);
      return { productId: m.productId, party: row.party, note: row.note, differsFromDefault: row.differsFromDefault };
    });
    return {
      area,
      label: CONTROL_AREA_INFO[area].label,
      cells,
      differs: new Set(cells.map((c) => c.party)).size > 1,
    };
  });
}

/** "an IaaS product", "a SaaS product": IaaS is read "eye-as". */
export function withArticle(serviceModel: string): string {
  return `${/^[AEIOU]/i.test(serviceModel) ? "an" : "a"} ${serviceModel}`;
}
