/**
 * What every field of the open data means, for /data-dictionary. The CSV columns document
 * themselves (csv-columns.ts); the JSON fields are listed here, and a test walks real API answers
 * to check that none is missing. "*" stands for any key, "[]" for each item of a list.
 */
import type { FieldDoc } from "./csv-columns";
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from "./query";

const DATE = "date (YYYY-MM-DD)";
const STATE = "current | due | overdue | no_expiry";

export const API_PARAMETERS: FieldDoc[] = [
  {
    name: "category",
    type: "category slug, repeatable",
    meaning: "Products in any of these categories.",
    example: "category=collaboration",
  },
  { name: "model", type: "IaaS | PaaS | SaaS, repeatable", meaning: "Products with any of these service models.", example: "model=SaaS" },
  {
    name: "irap",
    type: "OFFICIAL: Sensitive | PROTECTED | SECRET",
    meaning: "IRAP-assessed to this level or higher.",
    example: "irap=PROTECTED",
  },
  {
    name: "irapStatus",
    type: "current | due | overdue | none, repeatable",
    meaning: "Currency of the highest IRAP assessment.",
    example: "irapStatus=current",
  },
  {
    name: "hcf",
    type: "strategic | assured | uncertified | none, repeatable",
    meaning: "Hosting Certification Framework status.",
    example: "hcf=strategic",
  },
  { name: "e8", type: "ML0 | ML1 | ML2 | ML3", meaning: "Essential Eight overall maturity at this level or higher.", example: "e8=ML2" },
  {
    name: "cert",
    type: "iso27001 | soc2 | csa_star, repeatable",
    meaning: "Holds every one of these certifications, not lapsed.",
    example: "cert=iso27001&cert=soc2",
  },
  { name: "onshore", type: "1", meaning: "The provider holds data in Australia only.", example: "onshore=1" },
  { name: "sme", type: "1", meaning: "The provider is a small or medium enterprise.", example: "sme=1" },
  {
    name: "source",
    type: "australian | fedramp (repeatable)",
    meaning: "Where listings come from: Australian listings, or mapped from the US FedRAMP Marketplace.",
    example: "source=australian",
  },
  {
    name: "prices",
    type: "1",
    meaning: "Products with an approved price list in force today (leaving out those whose price is on request).",
    example: "prices=1",
  },
  {
    name: "fits",
    type: "1",
    meaning:
      "CSV only: products that meet every product rule for the proposed purchase described in your browser session (as on the product list). The API refuses it, because its answers are public and cached.",
    example: "fits=1",
  },
  {
    name: "profile",
    type: "1",
    meaning:
      "CSV only: products whose latest agency assessments meet every minimum of your requirements profile (or, until you save one, the framework's minimums for your purchase's classification), as on the product list. The API refuses it, because its answers are public and cached.",
    example: "profile=1",
  },
  {
    name: "sort",
    type: "name | newest | rating",
    meaning:
      "Order: by name (default), newest assessment, or highest rated. The product list's estimated-cost order (sort=estimate) depends on your purchase's estimate, so open data refuses it.",
    example: "sort=newest",
  },
  { name: "page", type: "whole number from 1", meaning: "Which page of results (JSON only; the CSV holds every page).", example: "page=2" },
  {
    name: "pageSize",
    type: `whole number from 1 to ${MAX_PAGE_SIZE}`,
    meaning: `Results per page (JSON only); ${DEFAULT_PAGE_SIZE} unless given.`,
    example: "pageSize=100",
  },
];

const BADGE_SUMMARY: FieldDoc[] = [
  {
    name: "data[].assurance.*",
    type: "object or null",
    meaning:
      "One entry per badge kind: irap (the highest level assessed), hcf, e8, iso27001, soc2, csaStar and pciDss (each the most recent). null when the product has none.",
    example: '{ "level": "PROTECTED", … }',
  },
  {
    name: "data[].assurance.*.level",
    type: "text",
    meaning:
      "The level: a classification for IRAP, strategic/assured/uncertified for HCF, ML0–ML3 for Essential Eight, a CSA STAR level code.",
    example: "PROTECTED",
  },
  {
    name: "data[].assurance.*.assessedOn",
    type: `${DATE} or null`,
    meaning: "Assessment or certificate date; for SOC 2, the end of the report period.",
    example: "2025-03-12",
  },
  {
    name: "data[].assurance.*.expiresOn",
    type: `${DATE} or null`,
    meaning: "Last day the badge counts as current; null where the framework sets no expiry.",
    example: "2027-03-12",
  },
  {
    name: "data[].assurance.*.state",
    type: STATE,
    meaning: "Currency on the day of the answer; due means expiry within 90 days.",
    example: "current",
  },
];

/** The agencies' assessments of a product, aggregated: never who assessed nor why (see /framework). */
function assessmentSummary(item: string, at = `${item}.assessments`): FieldDoc[] {
  return [
    {
      name: `${at}.assessedBy`,
      type: "whole number",
      meaning: "How many agencies published an assessment of the product under the common assessment framework.",
      example: "3",
    },
    {
      name: `${at}.reliedOnBy`,
      type: "whole number",
      meaning: "How many other agencies recorded that they rely on one of those assessments.",
      example: "7",
    },
    {
      name: `${at}.frameworkVersion`,
      type: "whole number or null",
      meaning: "The framework version in force, which the aggregate is laid out and judged by; null before any is published.",
      example: "1",
    },
  ];
}

function assessmentDetail(at: string): FieldDoc[] {
  const q = `${at}.qualities[]`;
  return [
    ...assessmentSummary("", at),
    { name: `${at}.assessments`, type: "whole number", meaning: "Published assessments of the product.", example: "4" },
    {
      name: `${at}.assessedWithVersions`,
      type: "list of whole numbers",
      meaning: "The framework versions those assessments used, lowest first.",
      example: "[1]",
    },
    { name: `${at}.newestAssessedOn`, type: `${DATE} or null`, meaning: "When the newest assessment was finished.", example: "2026-05-14" },
    {
      name: q,
      type: "list",
      meaning: "Each quality at least one agency scored, in the framework's order.",
      example: "[…]",
    },
    { name: `${q}.key`, type: "text", meaning: "The quality's identifier in the framework.", example: "data_sovereignty" },
    { name: `${q}.label`, type: "text", meaning: "The quality's name.", example: "Data sovereignty" },
    {
      name: `${q}.latestScore`,
      type: "whole number 1–5 or null",
      meaning: "The newest score from an assessment under 24 months old (or, if every one is older, the newest).",
      example: "4",
    },
    { name: `${q}.latestAssessedOn`, type: `${DATE} or null`, meaning: "When that assessment was finished.", example: "2026-05-14" },
    {
      name: `${q}.latestDated`,
      type: "true | false",
      meaning: "The latest score comes from an assessment over 24 months old.",
      example: "false",
    },
    { name: `${q}.min`, type: "whole number 1–5", meaning: "The lowest score any assessment gave.", example: "3" },
    { name: `${q}.max`, type: "whole number 1–5", meaning: "The highest score any assessment gave.", example: "5" },
    { name: `${q}.assessments`, type: "whole number", meaning: "How many assessments scored this quality.", example: "3" },
    {
      name: `${q}.distribution`,
      type: "list of 5 whole numbers",
      meaning: "How many assessments gave 1, 2, 3, 4 and 5.",
      example: "[0, 0, 1, 1, 1]",
    },
  ];
}

const MONEY = "number of Australian dollars, ex GST";
const UNITS =
  "vcpu_hour | instance_hour | instance_month | gb_month | tb_month | gb_transferred | million_requests | user_month | user_year | device_month | licence_year | day_of_service | fixed_month | fixed_year | one_off";

/** A price list as open data, wherever one appears (in force, upcoming, /api/prices). */
function priceListFields(at: string, what: string): FieldDoc[] {
  const i = `${at}.items[]`;
  return [
    {
      name: `${at}.effectiveFrom`,
      type: DATE,
      meaning: `The day ${what} applies from. A list is never edited: a new one applies from its own date, and the one in force on a day is the newest starting on or before it.`,
      example: "2026-03-01",
    },
    {
      name: `${at}.source`,
      type: "sample | provider | import",
      meaning:
        "Where the list came from: provider lists were proposed by the provider and approved by an editor; sample lists are fictional demonstration data.",
      example: "provider",
    },
    { name: `${at}.items[]`, type: "list", meaning: "What is charged for, each a price item, in the provider's order.", example: "[…]" },
    {
      name: `${i}.key`,
      type: "text",
      meaning: "The item's identifier, stable from one list to the next, so an item can be followed through the history.",
      example: "compute-general",
    },
    { name: `${i}.name`, type: "text", meaning: "What is charged for, in the provider's words.", example: "General purpose compute" },
    { name: `${i}.unit`, type: UNITS, meaning: "The unit charged by.", example: "vcpu_hour" },
    { name: `${i}.unitLabel`, type: "text", meaning: "The unit in words.", example: "per vCPU-hour" },
    {
      name: `${i}.gst`,
      type: "taxable | gst_free",
      meaning: "GST treatment: taxable items attract GST at 10% on top of the prices given, which are all ex GST.",
      example: "taxable",
    },
    {
      name: `${i}.billingPeriod`,
      type: "monthly | quarterly | annually | upfront",
      meaning: "How often the item is billed.",
      example: "monthly",
    },
    {
      name: `${i}.minimumTermMonths`,
      type: "whole number or null",
      meaning: "The shortest term the item can be bought for, in months; null when there is none.",
      example: "12",
    },
    {
      name: `${i}.minimumCommitment`,
      type: `${MONEY}, or null`,
      meaning: "The least the buyer commits to spend on the item over the minimum term; null when there is none.",
      example: "60000",
    },
    {
      name: `${i}.tiers[]`,
      type: "list",
      meaning:
        "Volume tiers, by quantity per month (per billing unit), lowest first; the first starts at 0. Graduated: each tier's price applies to the units within it.",
      example: '[{ "fromQuantity": 0, "unitPriceExGst": 0.0845 }]',
    },
    { name: `${i}.tiers[].fromQuantity`, type: "number from 0", meaning: "The quantity this tier starts at.", example: "5000" },
    {
      name: `${i}.tiers[].unitPriceExGst`,
      type: MONEY,
      meaning: "The price of each unit within the tier; may have up to six decimals (fractions of a cent).",
      example: "0.0786",
    },
  ];
}

export const API_LIST_FIELDS: FieldDoc[] = [
  { name: "data[]", type: "list", meaning: "The products on this page, in the order asked for.", example: "[…]" },
  {
    name: "data[].slug",
    type: "text",
    meaning: "Permanent identifier; use it with /api/products/{slug}.",
    example: "secure-records-cloud",
  },
  { name: "data[].name", type: "text", meaning: "Product name.", example: "Secure Records Cloud" },
  { name: "data[].summary", type: "text", meaning: "One-line description.", example: "Records management for agencies" },
  { name: "data[].provider.name", type: "text", meaning: "Provider name.", example: "Southern Cross Data" },
  { name: "data[].provider.slug", type: "text", meaning: "Provider identifier, as in /providers/{slug}.", example: "southern-cross-data" },
  { name: "data[].serviceModel", type: "IaaS | PaaS | SaaS", meaning: "Cloud service model.", example: "SaaS" },
  {
    name: "data[].categories[]",
    type: "list of category slugs",
    meaning: "Categories the product is listed in.",
    example: '["collaboration"]',
  },
  { name: "data[].listedOn", type: DATE, meaning: "Day the product was listed on Cloud Exchange.", example: "2025-11-02" },
  {
    name: "data[].verified",
    type: "true | false",
    meaning: "true: the operator checked the listing's badges against evidence; false: as supplied by the provider.",
    example: "true",
  },
  {
    name: "data[].source",
    type: "australian | fedramp",
    meaning:
      "australian: an Australian listing (including fictional sample data); fedramp: mapped from the US FedRAMP Marketplace, whose provider facts are not stated.",
    example: "australian",
  },
  {
    name: "data[].sme",
    type: "true | false | null",
    meaning: "The provider is a small or medium enterprise; null when not stated (listings mapped from FedRAMP).",
    example: "false",
  },
  {
    name: "data[].dataLocation",
    type: "onshore | offshore | both | null",
    meaning: "Where the provider may hold customer data; onshore is Australia only; null when not stated (listings mapped from FedRAMP).",
    example: "onshore",
  },
  {
    name: "data[].assurance.fedramp",
    type: "object or null",
    meaning:
      "A listing mapped from FedRAMP: its authorisation as the Australian level it is shown as (level, assessedOn, expiresOn, state). Never an IRAP assessment, which is data[].assurance.irap.",
    example: '{"level": "PROTECTED", "assessedOn": "2024-05-01", "expiresOn": "2026-05-01", "state": "current"}',
  },
  ...BADGE_SUMMARY,
  {
    name: "data[].rating.average",
    type: "number (1–5, one decimal) or null",
    meaning: "Average overall rating of published reviews; null when there are none.",
    example: "4.2",
  },
  { name: "data[].rating.count", type: "whole number", meaning: "Number of published reviews.", example: "7" },
  ...assessmentSummary("data[]"),
  {
    name: "data[].prices.hasPublishedPrices",
    type: "true | false",
    meaning: 'Whether the product has an approved price list in force today; false reads as "Price on request".',
    example: "true",
  },
  {
    name: "data[].prices.from",
    type: "object or null",
    meaning:
      "The cheapest paid unit price of any item and tier in force today, with its unit; null without prices (or when every price is free).",
    example: '{ "unitPriceExGst": 0.0786, "unit": "vcpu_hour", "unitLabel": "per vCPU-hour" }',
  },
  { name: "data[].prices.from.unitPriceExGst", type: MONEY, meaning: "That unit price.", example: "0.0786" },
  { name: "data[].prices.from.unit", type: UNITS, meaning: "The unit it is charged by.", example: "vcpu_hour" },
  { name: "data[].prices.from.unitLabel", type: "text", meaning: "The unit in words.", example: "per vCPU-hour" },
  {
    name: "data[].prices.effectiveFrom",
    type: `${DATE} or null`,
    meaning: "The day the list in force took effect; null without prices. Every price is at /api/products/{slug} and /api/prices.",
    example: "2026-03-01",
  },
  { name: "data[].links.self", type: "URL", meaning: "This product in the API.", example: "https://…/api/products/secure-records-cloud" },
  { name: "data[].links.html", type: "URL", meaning: "This product's page.", example: "https://…/products/secure-records-cloud" },
  { name: "meta.total", type: "whole number", meaning: "Products matching the filters, over all pages.", example: "51" },
  { name: "meta.page", type: "whole number", meaning: "This page's number.", example: "1" },
  { name: "meta.pageSize", type: "whole number", meaning: "Results per page.", example: "20" },
  { name: "meta.totalPages", type: "whole number", meaning: "Number of pages.", example: "3" },
  { name: "meta.dataVersion", type: "whole number", meaning: "Goes up whenever the catalogue changes.", example: "412" },
  { name: "meta.generatedOn", type: DATE, meaning: "The day currency states were worked out for.", example: "2026-11-23" },
  { name: "links.self", type: "URL", meaning: "This page.", example: "https://…/api/products?model=SaaS" },
  { name: "links.first", type: "URL", meaning: "The first page.", example: "https://…/api/products?model=SaaS" },
  { name: "links.last", type: "URL", meaning: "The last page.", example: "https://…/api/products?model=SaaS&page=3" },
  {
    name: "links.next",
    type: "URL or null",
    meaning: "The next page; null on the last.",
    example: "https://…/api/products?model=SaaS&page=2",
  },
  { name: "links.prev", type: "URL or null", meaning: "The previous page; null on the first.", example: "null" },
];

const related = (list: string): FieldDoc[] => [
  { name: `data.${list}[].slug`, type: "text", meaning: "The related product's identifier.", example: "sovereign-iaas" },
  { name: `data.${list}[].name`, type: "text", meaning: "Its name.", example: "Sovereign IaaS" },
  { name: `data.${list}[].provider`, type: "text", meaning: "Its provider's name.", example: "Southern Cross Data" },
  { name: `data.${list}[].serviceModel`, type: "IaaS | PaaS | SaaS", meaning: "Its service model.", example: "IaaS" },
  { name: `data.${list}[].links.self`, type: "URL", meaning: "It in the API.", example: "https://…/api/products/sovereign-iaas" },
  { name: `data.${list}[].links.html`, type: "URL", meaning: "Its page.", example: "https://…/products/sovereign-iaas" },
];

export const API_PRODUCT_FIELDS: FieldDoc[] = [
  { name: "data.slug", type: "text", meaning: "Permanent identifier.", example: "secure-records-cloud" },
  { name: "data.name", type: "text", meaning: "Product name.", example: "Secure Records Cloud" },
  { name: "data.summary", type: "text", meaning: "One-line description.", example: "Records management for agencies" },
  { name: "data.description", type: "text", meaning: "Full description, as supplied.", example: "…" },
  { name: "data.serviceModel", type: "IaaS | PaaS | SaaS", meaning: "Cloud service model.", example: "SaaS" },
  {
    name: "data.deploymentModel",
    type: "text or null",
    meaning: "Deployment model, e.g. public or community cloud.",
    example: "Public cloud",
  },
  { name: "data.website", type: "URL or null", meaning: "The product's own website.", example: "https://example.com" },
  {
    name: "data.verification",
    type: "verified | supplied",
    meaning: "verified: checked by the operator; supplied: as supplied by the provider.",
    example: "verified",
  },
  {
    name: "data.verifiedAt",
    type: "timestamp or null",
    meaning: "When the operator verified the listing.",
    example: "2026-02-01T00:00:00.000Z",
  },
  {
    name: "data.communityRulesRequired",
    type: "true | false",
    meaning: "Customers must sign the provider's community rules before onboarding.",
    example: "false",
  },
  {
    name: "data.source",
    type: "sample | import | fedramp | provider",
    meaning: "Where the listing came from. sample is fictional demonstration data; fedramp is mapped from the US FedRAMP Marketplace.",
    example: "sample",
  },
  {
    name: "data.mappedFields[]",
    type: "list of text",
    meaning: "Fields whose Australian values were mapped from another jurisdiction's data.",
    example: '["irap"]',
  },
  { name: "data.listedOn", type: DATE, meaning: "Day the product was listed.", example: "2025-11-02" },
  { name: "data.updatedAt", type: "timestamp", meaning: "When the listing last changed.", example: "2026-11-20T03:14:00.000Z" },
  { name: "data.provider.slug", type: "text", meaning: "Provider identifier.", example: "southern-cross-data" },
  { name: "data.provider.name", type: "text", meaning: "Provider name.", example: "Southern Cross Data" },
  { name: "data.provider.website", type: "URL or null", meaning: "Provider website.", example: "https://example.com" },
  { name: "data.provider.headquarters", type: "text or null", meaning: "Where the provider is headquartered.", example: "Canberra" },
  { name: "data.provider.australianOwned", type: "true | false", meaning: "Australian owned and controlled.", example: "true" },
  {
    name: "data.provider.factsStated",
    type: "true | false",
    meaning: "false for a provider mapped from the US FedRAMP Marketplace: it stated none of the provider facts, which are then null.",
    example: "true",
  },
  {
    name: "data.provider.ownershipNote",
    type: "text",
    meaning: "Who ultimately owns and controls the provider, in its words.",
    example: "Privately held in Australia",
  },
  {
    name: "data.provider.dataLocation",
    type: "onshore | offshore | both | null",
    meaning: "Where customer data may be held. Every provider fact is null when data.provider.factsStated is false.",
    example: "onshore",
  },
  { name: "data.provider.dataCentres[]", type: "list of text", meaning: "Data centre locations.", example: '["Canberra", "Sydney"]' },
  {
    name: "data.provider.supportStaffLocation",
    type: "onshore | offshore | both",
    meaning: "Where support staff with access to customer data work.",
    example: "onshore",
  },
  {
    name: "data.provider.staffClearance",
    type: "none | baseline | nv1 | nv2 | pv",
    meaning: "Highest security clearance those staff hold.",
    example: "nv1",
  },
  {
    name: "data.provider.securityOperationsCentre",
    type: "true | false",
    meaning: "Runs a 24/7 security operations centre.",
    example: "true",
  },
  { name: "data.provider.communityRules", type: "true | false", meaning: "Has community rules customers must sign.", example: "false" },
  {
    name: "data.provider.environments[]",
    type: "list of classifications",
    meaning: "Separate environments per data level.",
    example: '["OFFICIAL", "PROTECTED"]',
  },
  { name: "data.provider.sme", type: "true | false", meaning: "Small or medium enterprise.", example: "false" },
  { name: "data.provider.indigenousBusiness", type: "true | false", meaning: "Indigenous business.", example: "false" },
  {
    name: "data.provider.source",
    type: "sample | import | fedramp | provider",
    meaning: "Where the provider record came from.",
    example: "sample",
  },
  { name: "data.provider.links.html", type: "URL", meaning: "The provider's page.", example: "https://…/providers/southern-cross-data" },
  {
    name: "data.categories[].slug",
    type: "text",
    meaning: "Category identifier (a value of the category filter).",
    example: "collaboration",
  },
  { name: "data.categories[].name", type: "text", meaning: "Category name.", example: "Collaboration" },
  { name: "data.agencies[].name", type: "text", meaning: "An agency using the product.", example: "Department of Finance" },
  {
    name: "data.agencies[].relationship",
    type: "authorised | reusing",
    meaning: "authorised: the agency assessed it; reusing: it relies on another agency's assessment.",
    example: "authorised",
  },
  {
    name: "data.agencies[].source",
    type: "sample | import | fedramp | provider",
    meaning: "Where the record came from (fedramp agencies are US agencies).",
    example: "sample",
  },
  {
    name: "data.badges[].kind",
    type: "irap | hcf | e8 | iso27001 | soc2 | csa_star | pci_dss",
    meaning: "Kind of assurance; see /badges.",
    example: "irap",
  },
  { name: "data.badges[].name", type: "text", meaning: "Name of the kind.", example: "IRAP assessment" },
  { name: "data.badges[].level", type: "text", meaning: "Level code, as in the filters.", example: "PROTECTED" },
  { name: "data.badges[].levelLabel", type: "text", meaning: "The level in words.", example: "PROTECTED" },
  {
    name: "data.badges[].assessedOn",
    type: `${DATE} or null`,
    meaning: "Assessment, certificate or attestation date.",
    example: "2025-03-12",
  },
  { name: "data.badges[].periodEnd", type: `${DATE} or null`, meaning: "SOC 2 only: end of the report period.", example: "2025-12-31" },
  {
    name: "data.badges[].certificateExpiresOn",
    type: `${DATE} or null`,
    meaning: "The expiry printed on a certificate (ISO/IEC 27001, CSA STAR Certification).",
    example: "2027-08-01",
  },
  {
    name: "data.badges[].expiresOn",
    type: `${DATE} or null`,
    meaning: "Last day the badge counts as current under its framework's rule; null where none is set.",
    example: "2027-03-12",
  },
  { name: "data.badges[].state", type: STATE, meaning: "Currency on the day of the answer.", example: "current" },
  {
    name: "data.badges[].daysToExpiry",
    type: "whole number or null",
    meaning: "Days from today to expiry; negative once overdue.",
    example: "474",
  },
  { name: "data.badges[].statusLabel", type: "text", meaning: "The currency in words.", example: "Current until 12 Mar 2027" },
  {
    name: "data.badges[].assessor",
    type: "text or null",
    meaning: 'Assessor firm, auditor or certification body, or "Self-assessed".',
    example: "Example IRAP Assessors",
  },
  { name: "data.badges[].scope", type: "text", meaning: "What the assessment covered.", example: "Production environment" },
  { name: "data.badges[].ismRelease", type: "text or null", meaning: "IRAP only: the ISM release used.", example: "ISM September 2024" },
  {
    name: "data.badges[].e8Levels",
    type: "object or null",
    meaning: "Essential Eight only: maturity per strategy.",
    example: '{ "mfa": 2, … }',
  },
  {
    name: "data.badges[].e8Levels.*",
    type: "whole number 0–3",
    meaning: "Maturity level of one strategy (keys as listed on /badges).",
    example: "2",
  },
  {
    name: "data.badges[].evidenceLevel",
    type: "self_declared | document | third_party | verified",
    meaning: "How far the badge is evidenced, weakest first.",
    example: "third_party",
  },
  {
    name: "data.badges[].mapped",
    type: "true | false",
    meaning: "The level or date was mapped from non-Australian data (e.g. FedRAMP).",
    example: "false",
  },
  ...related("builtOn"),
  ...related("builtUpon"),
  { name: "data.rating.average", type: "number or null", meaning: "Average overall rating of published reviews.", example: "4.2" },
  { name: "data.rating.count", type: "whole number", meaning: "Number of published reviews.", example: "7" },
  ...assessmentDetail("data.assessments"),
  {
    name: "data.prices.inForce",
    type: "object or null",
    meaning: 'The approved price list in force today; null when there is none ("Price on request").',
    example: '{ "effectiveFrom": "2026-03-01", … }',
  },
  ...priceListFields("data.prices.inForce", "the list"),
  {
    name: "data.prices.upcoming[]",
    type: "list",
    meaning: "Approved lists that take effect after today, soonest first; empty when none is announced.",
    example: "[]",
  },
  ...priceListFields("data.prices.upcoming[]", "the upcoming list"),
  {
    name: "data.prices.history[]",
    type: "list",
    meaning: "Every approved list, oldest first, including the one in force and any upcoming: the product's price history.",
    example: '[{ "effectiveFrom": "2025-09-01", "approvedAt": "2025-08-20T03:12:00.000Z" }]',
  },
  { name: "data.prices.history[].effectiveFrom", type: DATE, meaning: "The day that list took (or takes) effect.", example: "2025-09-01" },
  {
    name: "data.prices.history[].approvedAt",
    type: "timestamp or null",
    meaning: "When an editor approved it; null for lists loaded without an approval record.",
    example: "2025-08-20T03:12:00.000Z",
  },
  ...serviceDocumentFields(),
  { name: "data.links.self", type: "URL", meaning: "This product in the API.", example: "https://…/api/products/secure-records-cloud" },
  { name: "data.links.html", type: "URL", meaning: "This product's page.", example: "https://…/products/secure-records-cloud" },
];

function serviceDocumentFields(): FieldDoc[] {
  const at = "data.serviceDocuments";
  const docs: [string, string][] = [
    ["definition", "service definition: what the service is and does"],
    ["pricing", "pricing document"],
    ["terms", "terms and conditions"],
    ["sla", "service level agreement"],
  ];
  return [
    {
      name: at,
      type: "object or null",
      meaning: "The documents a buyer reads before buying, and what the SLA promises; null when the provider has given none.",
      example: '{ "definition": { … }, … }',
    },
    ...docs.flatMap(([key, what]): FieldDoc[] => [
      {
        name: `${at}.${key}`,
        type: "object or null",
        meaning: `The ${what}; null when there is no link.`,
        example: '{ "url": "https://…", "date": "2026-02-14" }',
      },
      {
        name: `${at}.${key}.url`,
        type: "URL (http or https)",
        meaning: `Where the provider publishes the ${what.split(":")[0]}.`,
        example: `https://example.com/${key}.pdf`,
      },
      {
        name: `${at}.${key}.date`,
        type: `${DATE} or null`,
        meaning: "The document's date (its version), as the provider gives it.",
        example: "2026-02-14",
      },
    ]),
    {
      name: `${at}.slaAvailability`,
      type: "number (percent) or null",
      meaning: "The availability the SLA promises, as a percentage; null when not stated.",
      example: "99.9",
    },
    {
      name: `${at}.supportHours`,
      type: "text or null",
      meaning: "When support is available, in the provider's words.",
      example: "8am–6pm AEST business days",
    },
    {
      name: `${at}.source`,
      type: "sample | provider | import",
      meaning: "Where the documents came from: provider documents were approved by an editor; sample ones are fictional.",
      example: "provider",
    },
  ];
}

/** GET /api/prices: every product's price list in force today. */
export const API_PRICES_FIELDS: FieldDoc[] = [
  { name: "data[]", type: "list", meaning: "Every product with a price list in force today, by name.", example: "[…]" },
  { name: "data[].product.slug", type: "text", meaning: "The product's identifier.", example: "wattle-grid-compute" },
  { name: "data[].product.name", type: "text", meaning: "Product name.", example: "Wattle Grid Compute" },
  { name: "data[].product.provider.name", type: "text", meaning: "Provider name.", example: "Wattle Grid Systems" },
  { name: "data[].product.provider.slug", type: "text", meaning: "Provider identifier.", example: "wattle-grid" },
  {
    name: "data[].product.links.self",
    type: "URL",
    meaning: "The product in the API, with its upcoming lists, price history and service documents.",
    example: "https://…/api/products/wattle-grid-compute",
  },
  { name: "data[].product.links.html", type: "URL", meaning: "The product's page.", example: "https://…/products/wattle-grid-compute" },
  ...priceListFields("data[]", "the list"),
  { name: "meta.total", type: "whole number", meaning: "Products listed.", example: "116" },
  { name: "meta.generatedOn", type: DATE, meaning: "The day the lists in force were worked out for.", example: "2026-11-23" },
];

/** GET /api/prices.csv: one row per product, price item and tier in force today. */
export const PRICES_CSV_COLUMNS: FieldDoc[] = [
  { name: "product_slug", type: "text", meaning: "The product's identifier.", example: "wattle-grid-compute" },
  { name: "product_name", type: "text", meaning: "Product name.", example: "Wattle Grid Compute" },
  { name: "effective_from", type: "date (YYYY-MM-DD)", meaning: "The day the list in force took effect.", example: "2026-03-01" },
  {
    name: "source",
    type: "sample | provider | import",
    meaning: "Where the list came from; sample prices are fictional.",
    example: "provider",
  },
  { name: "item_key", type: "text", meaning: "The price item's identifier, stable from one list to the next.", example: "compute-general" },
  { name: "item_name", type: "text", meaning: "What is charged for.", example: "General purpose compute" },
  { name: "unit", type: UNITS, meaning: "The unit charged by.", example: "vcpu_hour" },
  {
    name: "gst",
    type: "taxable | gst_free",
    meaning: "GST treatment; taxable items attract GST at 10% on top of the price.",
    example: "taxable",
  },
  {
    name: "billing_period",
    type: "monthly | quarterly | annually | upfront",
    meaning: "How often the item is billed.",
    example: "monthly",
  },
  { name: "minimum_term_months", type: "whole number or empty", meaning: "The shortest term the item can be bought for.", example: "12" },
  {
    name: "minimum_commitment_ex_gst",
    type: "number of dollars or empty",
    meaning: "The least the buyer commits to spend on the item over the minimum term, ex GST.",
    example: "60000",
  },
  {
    name: "tier_from_quantity",
    type: "number from 0",
    meaning: "The quantity per month this tier starts at; an item without volume tiers has one row, from 0.",
    example: "5000",
  },
  { name: "unit_price_ex_gst", type: "number of dollars", meaning: "The price of each unit within the tier, ex GST.", example: "0.0786" },
];

/** GET /api/assessments: every assessed product's aggregates. */
export const API_ASSESSMENTS_FIELDS: FieldDoc[] = [
  { name: "data[]", type: "list", meaning: "Every product at least one agency has assessed, by name.", example: "[…]" },
  { name: "data[].product.slug", type: "text", meaning: "The product's identifier.", example: "secure-records-cloud" },
  { name: "data[].product.name", type: "text", meaning: "Product name.", example: "Secure Records Cloud" },
  {
    name: "data[].product.links.self",
    type: "URL",
    meaning: "The product in the API.",
    example: "https://…/api/products/secure-records-cloud",
  },
  {
    name: "data[].product.links.html",
    type: "URL",
    meaning: "The product's assessments page.",
    example: "https://…/products/secure-records-cloud/assessments",
  },
  ...assessmentDetail("data[]"),
  { name: "meta.total", type: "whole number", meaning: "Products listed.", example: "24" },
  {
    name: "meta.frameworkVersion",
    type: "whole number or null",
    meaning: "The framework version in force; see /framework.",
    example: "1",
  },
  { name: "meta.generatedOn", type: DATE, meaning: "The day dated assessments were judged on.", example: "2026-11-23" },
];

/** GET /api/assessments.csv: one row per product and quality. */
export const ASSESSMENTS_CSV_COLUMNS: FieldDoc[] = [
  { name: "product_slug", type: "text", meaning: "The product's identifier.", example: "secure-records-cloud" },
  { name: "product_name", type: "text", meaning: "Product name.", example: "Secure Records Cloud" },
  {
    name: "framework_version",
    type: "whole number",
    meaning: "The framework version the row is judged by (the one in force).",
    example: "1",
  },
  { name: "quality_key", type: "text", meaning: "The quality's identifier in the framework.", example: "data_sovereignty" },
  { name: "quality_label", type: "text", meaning: "The quality's name.", example: "Data sovereignty" },
  { name: "agencies_assessed", type: "whole number", meaning: "How many agencies published an assessment of the product.", example: "3" },
  {
    name: "latest_score",
    type: "whole number 1–5",
    meaning: "The newest score from an assessment under 24 months old (or, if every one is older, the newest).",
    example: "4",
  },
  { name: "latest_assessed_on", type: "date (YYYY-MM-DD)", meaning: "When that assessment was finished.", example: "2026-05-14" },
  { name: "min_score", type: "whole number 1–5", meaning: "The lowest score any assessment gave this quality.", example: "3" },
  { name: "max_score", type: "whole number 1–5", meaning: "The highest score any assessment gave this quality.", example: "5" },
  { name: "assessments", type: "whole number", meaning: "How many assessments scored this quality.", example: "3" },
];
