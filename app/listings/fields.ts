/**
 * What a provider representative may propose: the fields, their labels and the values they may
 * take. Facts the marketplace owns (slugs, source, verification, mapped fields, listing dates) are
 * never proposable, and a badge's evidence level stops short of "verified": only an editor can
 * grant that on approval. The zod schemas that check a proposal are in fields.server.ts, run only
 * by actions, so the pages that show these labels do not ship zod.
 */
import { CSA_STAR_LEVELS, E8_LEVELS, EVIDENCE_LEVELS, HCF_LEVELS, IRAP_LEVELS } from "~/assurance/vocabulary";
import { DOCUMENT_FIELD_LABELS } from "~/pricing/documents";

/** "prices" is a whole proposed price list (app/pricing); "documents" the product's service documents. */
export const LISTING_ENTITIES = ["provider", "product", "badge", "responsibility", "prices", "documents"] as const;
export type ListingEntity = (typeof LISTING_ENTITIES)[number];

export const PROVIDER_FIELDS = [
  "summary",
  "website",
  "headquarters",
  "ownershipNote",
  "dataLocation",
  "supportStaffLocation",
  "staffClearance",
  "securityOperationsCentre",
  "australianOwned",
  "sme",
  "indigenousBusiness",
] as const;
export const BADGE_FIELDS = [
  "kind",
  "level",
  "assessedOn",
  "expiresOn",
  "periodEnd",
  "ismRelease",
  "e8Levels",
  "assessorName",
  "scope",
  "evidenceLevel",
  "evidenceRef",
] as const;

export const FIELD_LABELS: Record<string, string> = {
  summary: "Summary",
  website: "Website",
  headquarters: "Headquarters",
  ownershipNote: "Ownership and control",
  dataLocation: "Where data is held",
  supportStaffLocation: "Where support staff are",
  staffClearance: "Support staff clearance",
  securityOperationsCentre: "24x7 security operations centre",
  australianOwned: "Australian owned",
  sme: "Small or medium enterprise",
  indigenousBusiness: "Indigenous business",
  name: "Name",
  description: "Description",
  categories: "Categories",
  kind: "Badge",
  level: "Level",
  assessedOn: "Assessed or issued on",
  expiresOn: "Expires on",
  periodEnd: "Report period end",
  ismRelease: "ISM release",
  e8Levels: "Essential Eight strategies",
  assessorName: "Assessor",
  scope: "Scope",
  evidenceLevel: "Evidence level",
  evidenceRef: "Evidence",
  overrides: "Responsibility refinements",
  effectiveFrom: "Prices start on",
  note: "Note on the prices",
  ...DOCUMENT_FIELD_LABELS,
};

/** What a provider may claim about its own evidence; "verified" is the marketplace's word. */
export const PROPOSABLE_EVIDENCE_LEVELS = EVIDENCE_LEVELS.filter((l) => l !== "verified");

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** A document reference (e.g. "IRAP-2026-014.pdf") or an https link to the evidence. */
export function isEvidenceRef(value: string): boolean {
  if (/^[a-z]+:/i.test(value)) return isHttpsUrl(value);
  return /^[A-Za-z0-9][A-Za-z0-9 ._/#()-]{2,199}$/.test(value);
}

/** Levels a kind accepts, as the catalogue stores them. */
export function levelsFor(kind: string): readonly string[] | null {
  switch (kind) {
    case "irap":
      return IRAP_LEVELS;
    case "hcf":
      return HCF_LEVELS;
    case "e8":
      return E8_LEVELS;
    case "csa_star":
      return CSA_STAR_LEVELS;
    case "iso27001":
      return ["certified"];
    case "soc2":
      return ["type2"];
    case "pci_dss":
      return ["Level 1 service provider", "Level 2 service provider"];
    default:
      return null;
  }
}
