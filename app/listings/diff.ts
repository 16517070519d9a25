/** A field-by-field comparison of a listing before and after a proposed change, for the approval queue. */
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

/** Fields whose shown value differs, in the order of `after` then any fields only in `before`. */
export function diffListing(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): FieldChange[] {
  const old = before ?? {};
  const keys = [...new Set([...Object.keys(after), ...Object.keys(old)])];
  const out: FieldChange[] = [];
  for (const field of keys) {
    const a = displayValue(old[field]);
    const b = displayValue(after[field]);
    if (a !== b) out.push({ field, label: FIELD_LABELS[field] ?? field, before: a, after: b });
  }
  return out;
}
