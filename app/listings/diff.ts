/** A field-by-field comparison of a listing before and after a proposed change, for the approval queue. */
import { levelLabel } from "~/assurance/labels";
import {
  BADGE_KIND_LABELS,
  BADGE_KINDS,
  E8_STRATEGIES,
  E8_STRATEGY_LABELS,
  EVIDENCE_LABELS,
  type BadgeKind,
  type EvidenceLevel,
} from "~/assurance/vocabulary";
import { CONTROL_AREA_INFO, isControlArea, isParty, PARTY_LABELS } from "~/responsibility/areas";
import { DOCUMENT_KINDS } from "~/pricing/documents";
import type { PriceItem } from "~/pricing/price-items";
import { itemInWords } from "~/pricing/price-words";
import { FIELD_LABELS } from "./fields";

/** A run of words in a word-level diff; unchanged runs have no `change`. */
export interface WordPart {
  text: string;
  change?: "added" | "removed";
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** A web address or document reference, shown as a link when it is an http(s) address. */
  link?: boolean;
  /** Prose compared word by word (word-diff.server.ts): the old text with its removals, the new with its additions. */
  words?: { before: WordPart[]; after: WordPart[] };
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
const E8_PREFIX = "e8.";
const ITEM_PREFIX = "item.";
const LINK_FIELDS = new Set(["evidenceRef", "website", ...DOCUMENT_KINDS.map((k) => `${k}Url`)]);

const LABELS: Record<string, string> = {
  ...FIELD_LABELS,
  communityRulesRequired: "Customers must sign community rules",
  ...Object.fromEntries(Object.entries(CONTROL_AREA_INFO).map(([area, info]) => [`${AREA_PREFIX}${area}`, info.label])),
  ...Object.fromEntries(E8_STRATEGIES.map((s) => [`${E8_PREFIX}${s}`, `Essential Eight: ${E8_STRATEGY_LABELS[s].toLowerCase()}`])),
};

/**
 * A badge's stored codes in words ("IRAP assessment", "Level 2 Attestation", "Third-party report"),
 * and its Essential Eight strategies as a field each, so an approver reads which strategy moves.
 */
function badgeInWords(record: Record<string, unknown>): Record<string, unknown> {
  const kind = record.kind;
  if (typeof kind !== "string" || !(BADGE_KINDS as readonly string[]).includes(kind)) return record;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (field === "kind") out.kind = BADGE_KIND_LABELS[kind as BadgeKind];
    else if (field === "level" && typeof value === "string") out.level = levelLabel(kind, value);
    else if (field === "evidenceLevel" && typeof value === "string") out.evidenceLevel = EVIDENCE_LABELS[value as EvidenceLevel] ?? value;
    else if (field === "e8Levels") {
      const levels = (value ?? {}) as Record<string, unknown>;
      for (const s of E8_STRATEGIES) out[`${E8_PREFIX}${s}`] = typeof levels[s] === "number" ? levelLabel("e8", `ML${levels[s]}`) : null;
    } else out[field] = value;
  }
  return out;
}

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

/**
 * A price list stores its items as a list; each item becomes a field of its own, keyed by the item's
 * key and read as one line ("first 1,000: $0.05; then $0.04 per vCPU-hour ex GST; …"), so the
 * approver sees which items are new, gone or repriced.
 */
function expandItems(record: Record<string, unknown>, names: Map<string, string>): Record<string, unknown> {
  if (!Array.isArray(record.items)) return record;
  const { items, ...rest } = record;
  const out: Record<string, unknown> = { ...rest };
  for (const item of items as PriceItem[]) {
    if (typeof item !== "object" || item === null || typeof item.key !== "string" || !Array.isArray(item.tiers)) continue;
    names.set(`${ITEM_PREFIX}${item.key}`, `Price: ${item.name}`);
    out[`${ITEM_PREFIX}${item.key}`] = `${item.name}: ${itemInWords(item)}`;
  }
  return out;
}

/** Fields whose shown value differs, in the order of `after` then any fields only in `before`. */
export function diffListing(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): FieldChange[] {
  const itemNames = new Map<string, string>();
  const old = badgeInWords(expandAreas(expandItems(before ?? {}, itemNames)));
  const next = badgeInWords(expandAreas(expandItems(after, itemNames)));
  // A responsibility proposal lists only what it moves (areas, and the community rules when they
  // change); everything it leaves out keeps its current value, so only its own fields are compared.
  const partial = Array.isArray(after.entries);
  const keys = [...new Set([...Object.keys(next), ...(partial ? [] : Object.keys(old))])];
  const out: FieldChange[] = [];
  for (const field of keys) {
    const a = displayValue(old[field]);
    const b = displayValue(next[field]);
    if (a !== b)
      out.push({
        field,
        label: itemNames.get(field) ?? LABELS[field] ?? field,
        before: a,
        after: b,
        ...(LINK_FIELDS.has(field) ? { link: true } : {}),
      });
  }
  return out;
}
