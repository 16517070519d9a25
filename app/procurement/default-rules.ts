/**
 * The rule set Cloud Exchange starts with, shared by the seed and the tests. Dates and thresholds
 * follow docs/domain.md; each version cites the public page it came from. Where a policy
 * names no start date for a machine check, the summary says which date we apply and why.
 */
import type { RuleKey } from "./rules";
import type { RuleVersion } from "./rule-version";

const DTA = "Digital Transformation Agency";
const ASD = "Australian Signals Directorate";
const HOME_AFFAIRS = "Department of Home Affairs";
const FINANCE = "Department of Finance";

export type DefaultVersion = Omit<RuleVersion, "key" | "name" | "owner">;

export interface DefaultRule {
  key: RuleKey;
  name: string;
  owner: string;
  versions: DefaultVersion[];
}

const CAPPED_TERM_AND_VALUE = {
  effectiveFrom: "2017-08-23",
  effectiveTo: "2020-01-31",
  sourceTitle: "ICT Contract Capped Term and Value Policy",
  sourceUrl:
    "https://www.dta.gov.au/help-and-advice/ict-procurement/digital-sourcing-framework-ict-procurement/digital-sourcing-policies/limits-length-and-value-ict-contracts",
} as const;

const CONTRACT_LIMITS = {
  effectiveFrom: "2020-02-01",
  effectiveTo: null,
  sourceTitle: "Digital Sourcing Contract Limits and Reviews Policy",
  sourceUrl: "https://architecture.digital.gov.au/digital-sourcing-contract-limits-and-reviews-policy",
} as const;

const HCF_HISTORY = "Written by the DTA; owned by the Department of Home Affairs since 1 May 2023.";

const IRAP_FROM = {
  effectiveFrom: "2020-07-27",
  effectiveTo: null,
} as const;
const IRAP_FROM_NOTE = "Applied to contracts signed from 27 Jul 2020, the day ASD voided its Certified Cloud Services List.";

export const DEFAULT_RULES: DefaultRule[] = [
  {
    key: "consider_first",
    name: "Consider First self-assessment",
    owner: DTA,
    versions: [
      {
        version: 1,
        effectiveFrom: "2019-07-01",
        effectiveTo: null,
        params: { thresholdGstInc: 80_000 },
        summary:
          "A non-corporate Commonwealth entity completes the Consider First self-assessment before the investment decision for any digital investment with a whole-of-life cost of $80,000 or more (GST inclusive).",
        sourceTitle: "Digital Sourcing Consider First Policy",
        sourceUrl: "https://architecture.digital.gov.au/digital-sourcing-consider-first-policy",
      },
    ],
  },
  {
    key: "fair_criteria",
    name: "Fair Criteria Checklist",
    owner: DTA,
    versions: [
      {
        version: 1,
        effectiveFrom: "2019-07-01",
        effectiveTo: null,
        params: { thresholdGstInc: 80_000 },
        summary:
          "For a digital procurement of $80,000 or more (GST inclusive), complete the Fair Criteria Checklist before drafting requirements; criteria must not demand previous government experience or favour a seller's size. Not for establishing a panel, buying from a mandatory whole-of-government panel category, or procurements under CPR paragraph 2.6.",
        sourceTitle: "Digital Sourcing Fair Criteria Policy",
        sourceUrl: "https://architecture.digital.gov.au/digital-sourcing-fair-criteria-policy",
      },
    ],
  },
  {
    key: "contract_value_cap",
    name: "Contract value cap",
    owner: DTA,
    versions: [
      {
        version: 1,
        ...CAPPED_TERM_AND_VALUE,
        params: { capExGst: 100_000_000 },
        summary:
          "An ICT contract signed from 23 Aug 2017 must not be worth more than $100 million (ex GST) over its whole life, extensions included.",
      },
      {
        version: 2,
        ...CONTRACT_LIMITS,
        params: { capExGst: 100_000_000 },
        summary:
          "A digital contract or work order signed from 1 Feb 2020 must not exceed $100 million (ex GST whole-of-life cost), including all extensions.",
      },
    ],
  },
  {
    key: "initial_term_cap",
    name: "Initial term cap",
    owner: DTA,
    versions: [
      {
        version: 1,
        ...CAPPED_TERM_AND_VALUE,
        params: { maxMonths: 36 },
        summary: "An ICT contract signed from 23 Aug 2017 has an initial term of no more than 3 years.",
      },
      {
        version: 2,
        ...CONTRACT_LIMITS,
        params: { maxMonths: 36 },
        summary: "A digital contract or work order signed from 1 Feb 2020 has an initial term of no more than 3 years.",
      },
    ],
  },
  {
    key: "extension_cap",
    name: "Extension option cap",
    owner: DTA,
    versions: [
      {
        version: 1,
        ...CONTRACT_LIMITS,
        params: { maxMonths: 36 },
        summary:
          "Each extension option of a digital contract or work order signed from 1 Feb 2020 is no longer than 3 years. (Before then, an extension could be no longer than the initial term.)",
      },
    ],
  },
  {
    key: "legacy_term_rule",
    name: "Extensions no longer than the initial term",
    owner: DTA,
    versions: [
      {
        version: 1,
        ...CAPPED_TERM_AND_VALUE,
        params: {},
        summary:
          "For an ICT contract signed from 23 Aug 2017 to 31 Jan 2020, each extension is no longer than the initial term. Replaced on 1 Feb 2020 by the 3-year extension cap.",
      },
    ],
  },
  {
    key: "review_before_extension",
    name: "Review before extension",
    owner: DTA,
    versions: [
      {
        version: 1,
        ...CONTRACT_LIMITS,
        params: {},
        summary: "An extension option is exercised only after a review of the contractor's performance and deliverables.",
      },
    ],
  },
  {
    key: "cap_exemptions",
    name: "Exemptions to the contract caps",
    owner: DTA,
    versions: [
      {
        version: 1,
        ...CAPPED_TERM_AND_VALUE,
        params: { exemptions: ["ministerial"] },
        summary: "An exception to the 2017 caps needed the joint approval of the responsible ministers.",
      },
      {
        version: 2,
        ...CONTRACT_LIMITS,
        params: { exemptions: ["mandatory_wofg_panel", "cpr_2_6", "ministerial"] },
        summary:
          "The caps do not apply to purchases from mandatory categories of a digital whole-of-government panel, or to procurements under CPR paragraph 2.6 once the DTA is notified; otherwise the portfolio minister and the minister responsible for the DTA can grant a joint exemption.",
      },
    ],
  },
  {
    key: "certified_hosting",
    name: "Certified hosting",
    owner: HOME_AFFAIRS,
    versions: [
      {
        version: 1,
        effectiveFrom: "2021-06-04",
        effectiveTo: null,
        params: { certifiedLevels: ["strategic", "assured"] },
        summary: `Sensitive government data, whole-of-government systems and systems classified PROTECTED are hosted with a Certified Strategic or Certified Assured provider, required from 4 Jun 2021. ${HCF_HISTORY}`,
        sourceTitle: "Hosting Certification Framework",
        sourceUrl: "https://www.hostingcertification.gov.au/",
      },
    ],
  },
  {
    key: "hosting_contracts",
    name: "Hosting contracts",
    owner: HOME_AFFAIRS,
    versions: [
      {
        version: 1,
        effectiveFrom: "2022-06-30",
        effectiveTo: null,
        params: {
          certifiedLevels: ["strategic", "assured"],
          awaitingMaxExtensionMonths: 12,
          awaitingMaxOptions: 1,
          awaitingMaxOptionMonths: 12,
        },
        summary: `New hosting contracts, and extensions of existing ones, from 30 Jun 2022 are with a certified provider. A provider awaiting certification may be extended by at most 1 year plus a 1-year option; otherwise an exemption is needed. ${HCF_HISTORY}`,
        sourceTitle: "Hosting Certification Framework: Government Customers",
        sourceUrl: "https://www.hostingcertification.gov.au/government-customers",
      },
    ],
  },
  {
    key: "irap_level",
    name: "IRAP assessment level",
    owner: ASD,
    versions: [
      {
        version: 1,
        ...IRAP_FROM,
        params: { minClassification: "OFFICIAL: Sensitive" },
        summary: `For data at OFFICIAL: Sensitive or above, rely on an IRAP assessment at or above the intended classification; TOP SECRET services are assessed by ASD itself, not IRAP. ${IRAP_FROM_NOTE}`,
        sourceTitle: "Information Security Manual (ISM)",
        sourceUrl: "https://www.cyber.gov.au/resources-business-and-government/essential-cyber-security/ism",
      },
    ],
  },
  {
    key: "irap_currency",
    name: "IRAP assessment currency",
    owner: ASD,
    versions: [
      {
        version: 1,
        ...IRAP_FROM,
        params: { minClassification: "OFFICIAL: Sensitive", maxMonths: 24 },
        summary: `Cloud services undergo an IRAP assessment at least every 24 months (ISM-1570): the assessment relied on is no more than 24 months old on the signing date. ${IRAP_FROM_NOTE}`,
        sourceTitle: "ISM: Guidelines for Procurement and Outsourcing (ISM-1570)",
        sourceUrl:
          "https://www.cyber.gov.au/resources-business-and-government/essential-cyber-security/ism/cyber-security-guidelines/guidelines-procurement-and-outsourcing",
      },
    ],
  },
  {
    key: "essential_eight_target",
    name: "Essential Eight target",
    owner: ASD,
    versions: [
      {
        version: 1,
        effectiveFrom: "2017-06-01",
        effectiveTo: null,
        params: {},
        summary:
          "Where the buyer sets a target maturity level, each of the eight mitigation strategies reaches it: the overall level is the lowest of the eight. The maturity model was first published in June 2017.",
        sourceTitle: "Essential Eight Maturity Model",
        sourceUrl:
          "https://www.cyber.gov.au/resources-business-and-government/essential-cyber-security/essential-eight/essential-eight-maturity-model",
      },
    ],
  },
  {
    key: "liability",
    name: "Supplier liability",
    owner: FINANCE,
    versions: [
      {
        version: 1,
        effectiveFrom: "2006-08-14",
        effectiveTo: null,
        params: {},
        summary:
          "An ICT supplier's liability is capped at an appropriate level unless a risk assessment shows a compelling reason for unlimited liability. (The linked page is the Australian Government Solicitor's summary of the circular.)",
        sourceTitle: "Finance Circular 2006/03: Limited liability in ICT contracts",
        sourceUrl: "https://www.ags.gov.au/publications/express-law/el42.htm",
      },
    ],
  },
  {
    key: "reuse",
    name: "Digital and ICT reuse",
    owner: DTA,
    versions: [
      {
        version: 1,
        effectiveFrom: "2022-07-01",
        effectiveTo: null,
        params: { thresholdGstInc: 10_000_000 },
        summary:
          "A digital or ICT proposal with a whole-of-life cost of $10 million or more considers reusing existing government capabilities and records the options. The policy applies from 2022-23 Budget proposals, so Cloud Exchange applies it to purchases signed from 1 Jul 2022, and reads the threshold as GST inclusive.",
        sourceTitle: "Digital and ICT Reuse Policy",
        sourceUrl: "https://architecture.digital.gov.au/digital-and-ict-reuse-policy",
      },
    ],
  },
];

/** The default rule set as the engine takes it: one row per version. */
export function defaultRuleVersions(): RuleVersion[] {
  return DEFAULT_RULES.flatMap(({ key, name, owner, versions }) =>
    versions.map((v) => ({ key, name, owner, ...v, params: { ...v.params } })),
  );
}
