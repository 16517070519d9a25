/**
 * The provider facts buyers filter on (docs/domain.md) as term and value, worded once for the
 * provider page, the evidence pack and its PDF. Facts nobody stated (a listing mapped from FedRAMP)
 * read "Not stated", never as a negative answer.
 */
import { CLEARANCE_LABELS, DATA_LOCATION_LABELS, type Clearance, type DataLocation } from "./vocabulary";
import type { ListingProvider } from "./listing";
import { NOT_STATED, providerFactsStated } from "./provenance";

export type ProviderFactsView = Omit<ListingProvider, "name" | "slug">;

export interface FactRow {
  term: string;
  value: string;
}

const TERMS = [
  "Ownership and control",
  "Data held",
  "Support staff",
  "Security operations",
  "Community rules",
  "Environments per data level",
  "Business",
];

export function providerFactRows(p: ProviderFactsView): FactRow[] {
  if (!providerFactsStated(p.source)) return TERMS.map((term) => ({ term, value: NOT_STATED }));
  const support =
    p.supportStaffLocation === "onshore" ? "In Australia" : p.supportStaffLocation === "both" ? "In Australia and overseas" : "Overseas";
  const clearance = `${CLEARANCE_LABELS[p.staffClearance as Clearance] ?? p.staffClearance}${p.staffClearance !== "none" ? " clearance" : ""}`;
  return [
    {
      term: "Ownership and control",
      value: `${p.australianOwned ? "Australian owned and controlled" : "Not Australian owned"}${p.ownershipNote ? `. ${p.ownershipNote}` : ""}`,
    },
    ...(p.headquarters ? [{ term: "Headquarters", value: p.headquarters }] : []),
    {
      term: "Data held",
      value: `${DATA_LOCATION_LABELS[p.dataLocation as DataLocation] ?? p.dataLocation}${p.dataCentres.length ? ` (${p.dataCentres.join(", ")})` : ""}`,
    },
    { term: "Support staff", value: `${support}, ${clearance}` },
    {
      term: "Security operations",
      value: p.securityOperationsCentre ? "24/7 security operations centre" : "No 24/7 security operations centre",
    },
    { term: "Community rules", value: p.communityRules ? "Customers sign community rules (e.g. an information security policy)" : "None" },
    { term: "Environments per data level", value: p.environments.length ? p.environments.join(", ") : "One shared environment" },
    {
      term: "Business",
      value: [p.sme ? "Small or medium enterprise" : "Large enterprise", p.indigenousBusiness ? "Indigenous business" : null]
        .filter(Boolean)
        .join(", "),
    },
  ];
}
