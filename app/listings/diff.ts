/** A field-by-field comparison of a listing before and after a proposed change, for the approval queue. */
import { CONTROL_AREA_INFO, isControlArea, isParty, PARTY_LABELS } from "~/responsibility/areas";
import { FIELD_LABELS } from "./fields";

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Plain words for a stored value: lists joined, booleans as Yes/No, empties as a dash. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length ? value.map(displayValue).join(", ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const AREA_PREFIX = "area.";

const LABELS: Record<string, string> = {
  ...FIELD_LABELS,
  communityRulesRequired: "Customers must sign community rules",
  ...Object.fromEntries(Object.entries(CONTROL_AREA_INFO).map(([area, info]) => [`${AREA_PREFIX}${area}`, info.label])),
};

/**
 * A responsibility model stores its areas as a list of { area, party, note }; each area becomes a
 * field of its own ("Shared: the provider patches…"), so the approver reads which areas move and how.
 */
function expandAreas(record: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(record.entries)) return record;
  const { entries, ...rest } = record;
  const out: Record<string, unknown> = {};
  for (const e of entries as unknown[]) {
    if (typeof e !== "object" || e === null) continue;
    const { area, party, note } = e as Record<string, unknown>;
    if (typeof area !== "string" || !isControlArea(area)) continue;
    const who = typeof party === "string" && isParty(party) ? PARTY_LABELS[party] : String(party ?? "");
    out[`${AREA_PREFIX}${area}`] = typeof note === "string" && note !== "" ? `${who}: ${note}` : who;
  }
  return { ...out, ...rest };
}

/** Fields whose shown value differs, in the order of `after` then any fields only in `before`. */
export function diffListing(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): FieldChange[] {
  const old = expandAreas(before ?? {});
  const next = expandAreas(after);
  // A responsibility proposal lists only what it moves (areas, and the community rules when they
  // change); everything it leaves out keeps its current value, so only its own fields are compared.
  const partial = Array.isArray(after.entries);
  const keys = [...new Set([...Object.keys(next), ...(partial ? [] : Object.keys(old))])];
  const out: FieldChange[] = [];
  for (const field of keys) {
    const a = displayValue(old[field]);
    const b = displayValue(next[field]);
    if (a !== b) out.push({ field, label: LABELS[field] ?? field, before: a, after: b });
  }
  return out;
}
