/**
 * What every field of the awarded outcomes means (/api/outcomes, its CSV and its Atom feed), for
 * /data-dictionary. Kept beside dictionary.ts rather than in it so that the CSV writer reads its
 * header from the same list the page documents.
 */
import type { FieldDoc } from "./csv-columns";

const CHECKSUM = "0f3a9c…e41b (64 hex digits)";

/** GET /api/outcomes: every awarded approach to market, newest decision first. */
export const API_OUTCOMES_FIELDS: FieldDoc[] = [
  { name: "data[]", type: "list", meaning: "Every approach to market that ended in an award, newest decision first.", example: "[…]" },
  {
    name: "data[].approach.id",
    type: "whole number",
    meaning: "The approach's number in Cloud Exchange; it never changes.",
    example: "12",
  },
  {
    name: "data[].approach.title",
    type: "text",
    meaning: "The approach's title, as the agency wrote it when it invited sellers.",
    example: "Object storage for the financial records archive",
  },
  { name: "data[].agency.name", type: "text", meaning: "The buying agency.", example: "Finance and Budget Office (sample)" },
  { name: "data[].product.slug", type: "text", meaning: "The chosen product's identifier.", example: "wattle-grid-object-storage" },
  { name: "data[].product.name", type: "text", meaning: "The chosen product's name.", example: "Wattle Grid Object Storage" },
  {
    name: "data[].product.links.self",
    type: "URL",
    meaning: "The product in the API.",
    example: "https://…/api/products/wattle-grid-object-storage",
  },
  {
    name: "data[].product.links.html",
    type: "URL",
    meaning: "The product's page.",
    example: "https://…/products/wattle-grid-object-storage",
  },
  { name: "data[].provider.name", type: "text", meaning: "The provider of the chosen product.", example: "Wattle Grid Systems" },
  { name: "data[].provider.slug", type: "text", meaning: "The provider's identifier.", example: "wattle-grid" },
  {
    name: "data[].contractValueGstInc",
    type: "number of dollars or null",
    meaning: "The contract's whole-of-life value, GST inclusive, as the agency recorded it with the decision.",
    example: "412800",
  },
  {
    name: "data[].decidedOn",
    type: "date (YYYY-MM-DD)",
    meaning: "The day the decision was recorded, in Canberra.",
    example: "2026-10-31",
  },
  {
    name: "data[].decidedAt",
    type: "date and time (ISO 8601, UTC)",
    meaning: "The moment the decision was recorded.",
    example: "2026-10-30T23:30:00.000Z",
  },
  {
    name: "data[].austenderId",
    type: "text or null",
    meaning: "The AusTender contract notice ID, when the agency gave it; null until it is known.",
    example: "CN4000001",
  },
  {
    name: "data[].checksum",
    type: "text (SHA-256, hex)",
    meaning:
      "The SHA-256 of the frozen decision record (its canonical JSON). The record itself is not published, but it never changes, so the agency can show that the record it holds is the one this outcome came from.",
    example: CHECKSUM,
  },
  {
    name: "data[].sample",
    type: "true | false",
    meaning: "true: fictional demonstration data from the sample seed, not a real purchase.",
    example: "false",
  },
  { name: "meta.total", type: "whole number", meaning: "Outcomes listed.", example: "1" },
  { name: "meta.generatedOn", type: "date (YYYY-MM-DD)", meaning: "The day the answer was made.", example: "2026-12-03" },
];

/** GET /api/outcomes.csv: one row per awarded approach, newest decision first. */
export const OUTCOMES_CSV_COLUMNS: FieldDoc[] = [
  { name: "approach_id", type: "whole number", meaning: "The approach's number in Cloud Exchange.", example: "12" },
  { name: "approach_title", type: "text", meaning: "The approach's title.", example: "Object storage for the financial records archive" },
  { name: "agency", type: "text", meaning: "The buying agency.", example: "Finance and Budget Office (sample)" },
  { name: "product_slug", type: "text", meaning: "The chosen product's identifier.", example: "wattle-grid-object-storage" },
  { name: "product_name", type: "text", meaning: "The chosen product's name.", example: "Wattle Grid Object Storage" },
  { name: "product_url", type: "URL", meaning: "The product's page.", example: "https://…/products/wattle-grid-object-storage" },
  { name: "provider_name", type: "text", meaning: "The provider of the chosen product.", example: "Wattle Grid Systems" },
  { name: "provider_slug", type: "text", meaning: "The provider's identifier.", example: "wattle-grid" },
  {
    name: "contract_value_gst_inc",
    type: "number of dollars or empty",
    meaning: "The contract's whole-of-life value, GST inclusive.",
    example: "412800",
  },
  { name: "decided_on", type: "date (YYYY-MM-DD)", meaning: "The day the decision was recorded, in Canberra.", example: "2026-10-31" },
  {
    name: "decided_at",
    type: "date and time (ISO 8601, UTC)",
    meaning: "The moment the decision was recorded.",
    example: "2026-10-30T23:30:00.000Z",
  },
  { name: "austender_id", type: "text or empty", meaning: "The AusTender contract notice ID, when known.", example: "CN4000001" },
  { name: "checksum", type: "text (SHA-256, hex)", meaning: "The SHA-256 of the frozen decision record.", example: CHECKSUM },
  { name: "sample", type: "yes | no", meaning: "yes: fictional demonstration data from the sample seed.", example: "no" },
];

/** The Atom feed: what each entry carries. */
export const OUTCOMES_ATOM_FIELDS: FieldDoc[] = [
  {
    name: "entry/id",
    type: "URI",
    meaning: "Stable for each award: the outcomes address with the approach's number, so a reader shows each award once.",
    example: "https://…/api/outcomes#approach-12",
  },
  {
    name: "entry/title",
    type: "text",
    meaning: "The agency, the chosen product and the approach's title; sample outcomes end with (sample).",
    example:
      "Finance and Budget Office (sample) chose Wattle Grid Object Storage: Object storage for the financial records archive (sample)",
  },
  {
    name: "entry/updated",
    type: "date and time (RFC 3339)",
    meaning: "When the decision was recorded; it never changes.",
    example: "2026-10-30T23:30:00.000Z",
  },
  { name: "entry/link", type: "URL", meaning: "The chosen product's page.", example: "https://…/products/wattle-grid-object-storage" },
  {
    name: "entry/summary",
    type: "text",
    meaning: "The same facts in a sentence: provider, contract value, decision date, AusTender ID when known, and the record's checksum.",
    example: "Finance and Budget Office (sample) awarded …",
  },
];
