/**
 * How an agency uses a product (product_agencies.relationship), in the words the product page and
 * the FedRAMP import already use: "authorised" means the agency assessed it itself, "reusing" that
 * it relies on another agency's assessment.
 */
export const RELATIONSHIPS = ["authorised", "reusing"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  authorised: "Authorised (we assessed it ourselves)",
  reusing: "Reusing (we rely on another agency's assessment)",
};

export const RELATIONSHIP_SHORT: Record<Relationship, string> = {
  authorised: "Authorised",
  reusing: "Reusing",
};

export function relationshipWord(value: string): string {
  return RELATIONSHIP_SHORT[value as Relationship] ?? value;
}

/** Where the agency's list came from, said plainly so nobody reads sample or US data as real usage. */
export const AGENCY_SOURCE_NOTES: Partial<Record<string, string>> = {
  sample: "This agency and the products listed for it are sample data: correct the list below to match what you use.",
  fedramp: "This list was mapped from US FedRAMP agency authorisations, not Australian use: correct it below.",
  import: "This list came from a catalogue import: correct it below if it is out of date.",
};

/** Why a person cannot use the dashboard: a signed-in person who is not agency staff, or staff with no agency yet. */
export type AgencyRefusal = "not-staff" | "no-agency";

export function agencyAccess(user: {
  roles: readonly string[];
  agencyId: number | null;
}): { ok: true; agencyId: number } | { ok: false; reason: AgencyRefusal } {
  // Only staff recognised by a confirmed government address: an administrator's role passes
  // hasRole everywhere, but an agency's list is for the people who work there.
  if (!user.roles.includes("agency_staff")) return { ok: false, reason: "not-staff" };
  if (user.agencyId === null) return { ok: false, reason: "no-agency" };
  return { ok: true, agencyId: user.agencyId };
}
