/**
 * The columns of /products/export.csv. Each column carries its own documentation, so the data
 * dictionary page is drawn from the same list the export writes and the two cannot drift apart.
 */
import type { CsvValue } from "~/platform/csv";
import type { OpenDataRecord } from "./record";
import { NO_PRICES, type PriceSummaryJson } from "./json-shapes";

export interface FieldDoc {
  name: string;
  type: string;
  meaning: string;
  example: string;
}

export interface CsvColumn extends FieldDoc {
  /** `p`: the product's price summary on the day of the export (open-data/prices.server.ts). */
  value: (r: OpenDataRecord, p: PriceSummaryJson) => CsvValue;
}

const DATE = "date (YYYY-MM-DD) or empty";
const STATE = "current | due | overdue | none";

export const CSV_COLUMNS: CsvColumn[] = [
  {
    name: "slug",
    type: "text",
    meaning: "The product's permanent identifier, as in its address and in /api/products/{slug}.",
    example: "secure-records-cloud",
    value: (r) => r.entry.slug,
  },
  { name: "name", type: "text", meaning: "Product name.", example: "Secure Records Cloud", value: (r) => r.entry.name },
  { name: "provider", type: "text", meaning: "The provider's name.", example: "Southern Cross Data", value: (r) => r.entry.providerName },
  {
    name: "service_model",
    type: "IaaS | PaaS | SaaS",
    meaning: "Cloud service model.",
    example: "SaaS",
    value: (r) => r.entry.serviceModel,
  },
  {
    name: "categories",
    type: 'list of category slugs separated by "; "',
    meaning: "Categories the product is listed in (the values of the category filter).",
    example: "records-management; collaboration",
    value: (r) => r.entry.categories.join("; "),
  },
  {
    name: "irap_level",
    type: "OFFICIAL: Sensitive | PROTECTED | SECRET or empty",
    meaning:
      "Highest classification an Australian IRAP assessment covers. Empty when the product has none; a FedRAMP authorisation is never counted here (see fedramp_level).",
    example: "PROTECTED",
    value: (r) => r.irap?.level,
  },
  { name: "irap_assessed", type: DATE, meaning: "Date of that IRAP assessment.", example: "2025-03-12", value: (r) => r.irap?.assessedOn },
  {
    name: "irap_expiry",
    type: DATE,
    meaning: "Last day the assessment counts as current: 24 months after it (ISM control 1570).",
    example: "2027-03-12",
    value: (r) => r.irap?.expiresOn,
  },
  {
    name: "irap_state",
    type: STATE,
    meaning: "Currency of the IRAP assessment on the day of the export: due means expiry within 90 days; none means no assessment.",
    example: "current",
    value: (r) => r.irap?.state ?? "none",
  },
  {
    name: "fedramp_level",
    type: "OFFICIAL: Sensitive | PROTECTED or empty",
    meaning:
      "For a listing mapped from the US FedRAMP Marketplace: the Australian level its FedRAMP authorisation is shown as (Moderate as OFFICIAL: Sensitive, High as PROTECTED). Not an IRAP assessment.",
    example: "PROTECTED",
    value: (r) => r.fedramp?.level,
  },
  {
    name: "listing_source",
    type: "australian | fedramp",
    meaning:
      "australian: an Australian listing (including fictional sample data); fedramp: mapped from the US FedRAMP Marketplace, whose provider facts are not stated.",
    example: "australian",
    value: (r) => r.entry.source,
  },
  {
    name: "hcf_level",
    type: "strategic | assured | uncertified or empty",
    meaning: "Hosting Certification Framework status of the most recent certificate.",
    example: "strategic",
    value: (r) => r.hcf?.level,
  },
  {
    name: "e8_level",
    type: "ML0 | ML1 | ML2 | ML3 or empty",
    meaning: "Overall Essential Eight maturity level (the lowest of the eight strategies) of the most recent assessment.",
    example: "ML2",
    value: (r) => r.e8?.level,
  },
  {
    name: "iso27001_expiry",
    type: DATE,
    meaning: "Expiry of the most recent ISO/IEC 27001 certificate.",
    example: "2027-08-01",
    value: (r) => r.iso27001?.expiresOn,
  },
  {
    name: "soc2_expiry",
    type: DATE,
    meaning: "Day the most recent SOC 2 Type II report goes stale: 12 months after its period end.",
    example: "2026-06-30",
    value: (r) => r.soc2?.expiresOn,
  },
  {
    name: "csa_star_level",
    type: "level1_caiq | level2_attestation | level2_certification or empty",
    meaning: "CSA STAR level of the most recent entry.",
    example: "level2_certification",
    value: (r) => r.csaStar?.level,
  },
  {
    name: "csa_star_expiry",
    type: DATE,
    meaning: "Last day that CSA STAR entry counts as current.",
    example: "2027-02-14",
    value: (r) => r.csaStar?.expiresOn,
  },
  {
    name: "data_location",
    type: "onshore | offshore | both or empty",
    meaning:
      "Where the provider may hold customer data: onshore means Australia only. Empty when not stated (listings mapped from FedRAMP).",
    example: "onshore",
    value: (r) => r.dataLocation,
  },
  {
    name: "sme",
    type: "yes | no or empty",
    meaning: "Whether the provider is a small or medium enterprise. Empty when not stated (listings mapped from FedRAMP).",
    example: "no",
    value: (r) => (r.entry.source === "fedramp" ? null : r.entry.sme),
  },
  {
    name: "verified",
    type: "yes | no",
    meaning: "yes: Cloud Exchange checked the listing's badges against evidence; no: as supplied by the provider.",
    example: "yes",
    value: (r) => r.entry.verified,
  },
  {
    name: "has_published_prices",
    type: "yes | no",
    meaning: "yes: an approved price list is in force on the day of the export; no: the price is on request.",
    example: "yes",
    value: (_r, p) => p.hasPublishedPrices,
  },
  {
    name: "from_price_ex_gst",
    type: "number (dollars, ex GST) or empty",
    meaning:
      "The lowest paid unit price of the list's first priced item (what the catalogue's \"From\" says), in dollars excluding GST. Empty without published prices, or when every item is free. Full lists: /api/prices.csv.",
    example: "0.0415",
    value: (_r, p) => p.from?.unitPriceExGst,
  },
  {
    name: "from_price_unit",
    type: "unit code or empty (see /api/prices.csv's unit)",
    meaning: "What that price is charged by, for example vcpu_hour (per vCPU-hour) or user_month (per user per month).",
    example: "vcpu_hour",
    value: (_r, p) => p.from?.unit,
  },
  {
    name: "price_list_effective_from",
    type: DATE,
    meaning: "The day the price list in force started to apply. Empty without published prices.",
    example: "2025-07-01",
    value: (_r, p) => p.effectiveFrom,
  },
  {
    name: "listing_url",
    type: "URL",
    meaning: "The product's page on Cloud Exchange.",
    example: "https://cloudexchange.example/products/secure-records-cloud",
    value: (r) => r.listingUrl,
  },
];

export const CSV_HEADER = CSV_COLUMNS.map((c) => c.name);

export function csvValues(record: OpenDataRecord, prices: PriceSummaryJson = NO_PRICES): CsvValue[] {
  return CSV_COLUMNS.map((c) => c.value(record, prices));
}
