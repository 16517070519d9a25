/**
 * What the sample assessments cover: which products, how many agencies assessed each and for what
 * use, plus the few extra agency-staff accounts beyond the sample reviewers. Invented, like the
 * agencies and products.
 */
import { FINANCE_AGENCY } from "./agencies";

/** Agency staff who assess but have not reviewed; like the reviewers, they cannot sign in. */
export const ASSESSOR_DOMAIN = "assessors.sample.gov.au";
export const EXTRA_ASSESSORS = [
  { local: "hannah.okafor", name: "Hannah Okafor", agency: "Commonwealth Procurement Services (sample)" },
  { local: "ravi.iyer", name: "Ravi Iyer", agency: "Australian Census and Survey Office (sample)" },
  { local: "chloe.dubois", name: "Chloe Dubois", agency: "National Emergency Coordination Agency (sample)" },
  { local: "ben.whitfield", name: "Ben Whitfield", agency: "Australian Transport Safety Regulator (sample)" },
  { local: "lucy.tanaka", name: "Lucy Tanaka", agency: "Department of Regional Infrastructure (sample)" },
] as const;

export const DEMO_STAFF_EMAIL = "staff@finance.gov.au";
export { FINANCE_AGENCY };

/** The product every demo shows: assessed by three agencies (one assessment dated), relied on by more. */
export const SHOWCASE_PRODUCT = "wattle-grid-compute";

/** What the demo staff account wrote: two published assessments and a draft in progress. */
export const DEMO_STAFF_ASSESSMENTS = {
  published: ["wattle-grid-managed-postgresql", "kurrajong-grants-manager"],
  draft: "yarra-lane-budget-planner",
} as const;

/** One use case per assessing agency, so each product's assessments describe different uses. */
export const ASSESSMENT_PLAN: { slug: string; useCases: string[] }[] = [
  {
    slug: "wattle-grid-compute",
    useCases: [
      "Hosting our case management system's application tier at PROTECTED, replacing two on-premises racks in Canberra.",
      "Lift-and-shift of 40 Windows servers for a grants payment system during a data centre exit.",
      "Analytics compute for de-identified health data; batch jobs run overnight on about 60 virtual machines.",
    ],
  },
  {
    slug: "halcyon-elastic-compute",
    useCases: [
      "Development and test environments for our digital delivery teams, torn down every night.",
      "Burst capacity for an annual online lodgement peak; around 2,000 instances for six weeks.",
      "Public website and content management system hosting behind a web application firewall.",
    ],
  },
  {
    slug: "kurrajong-grants-manager",
    useCases: [
      "End-to-end administration of three competitive grant rounds, from application to acquittal.",
      "Replacing a spreadsheet-based grants process for small community grants across regional Australia.",
      "Managing research grants with external assessors who sign in with their own accounts.",
    ],
  },
  {
    slug: "polaris-peak-workspace",
    useCases: [
      "E-mail, calendar and documents for 1,800 staff, replacing an on-premises mail platform.",
      "Collaboration with industry partners on a public consultation; no personal information held.",
      "Pilot of the document and storage modules for a policy team of 40.",
    ],
  },
  {
    slug: "wattle-grid-managed-postgresql",
    useCases: [
      "Database for our budget estimates application, holding OFFICIAL: Sensitive financial data.",
      "Replacing self-managed PostgreSQL clusters behind a public-facing registry.",
    ],
  },
  {
    slug: "wattle-grid-object-storage",
    useCases: [
      "Immutable storage for digitised records awaiting transfer to the national archives.",
      "Backup target for on-premises systems, replicated between Canberra and Sydney.",
    ],
  },
  {
    slug: "meridian-stratus-app-service",
    useCases: [
      "Hosting a citizen-facing eligibility checker and its APIs.",
      "Internal line-of-business web applications migrated from an ageing application server farm.",
    ],
  },
  {
    slug: "nimbus-forge-app-platform",
    useCases: [
      "Prototypes and alpha services for a digital service design team; public data only.",
      "Hosting a small open-data API that publishes statistical releases.",
    ],
  },
  {
    slug: "coorong-records-manager",
    useCases: [
      "Agency-wide records management for 900 staff, with automatic classification.",
      "Replacing a legacy EDRMS and applying our records authority to 15 years of files.",
    ],
  },
  {
    slug: "gidgee-identity-governance",
    useCases: [
      "Quarterly access reviews and segregation of duties for finance and HR systems.",
      "Joiner, mover and leaver automation for 6,000 staff and contractors.",
    ],
  },
  {
    slug: "brindabella-desktop-cloud",
    useCases: [
      "Virtual desktops for staff in regional offices and at home, at PROTECTED.",
      "Secure desktops for contractors working on a classified project.",
    ],
  },
  {
    slug: "ironbark-sovereign-cloud",
    useCases: [
      "Hosting an investigations system that holds PROTECTED information.",
      "Disaster recovery site for PROTECTED line-of-business systems.",
    ],
  },
  {
    slug: "yarra-lane-accounts-payable",
    useCases: [
      "Invoice capture and three-way matching for a finance team of 25.",
      "Accounts payable for a small agency, replacing manual processing.",
    ],
  },
  {
    slug: "saltbush-forms-platform",
    useCases: [
      "Public online forms for licence applications, with card payments.",
      "Internal request forms that feed our case management system.",
    ],
  },
  { slug: "wattle-grid-kubernetes-service", useCases: ["Container platform for twelve microservices behind our public portal."] },
  {
    slug: "molonglo-cross-domain-network",
    useCases: ["Gateway between our PROTECTED environment and the internet for a national security program."],
  },
  { slug: "halcyon-data-warehouse", useCases: ["Data warehouse for program evaluation using de-identified survey data."] },
  { slug: "kestrel-ci-pipelines", useCases: ["Build and test pipelines for open-source code the agency publishes."] },
  { slug: "fjordline-dashboards", useCases: ["Dashboards over published open data for a ministerial briefing team."] },
  { slug: "lantern-harbour-backup-vault", useCases: ["Offsite backup copies for a small agency's file shares."] },
  { slug: "silverpine-email-archive", useCases: ["Journaled e-mail archiving with eDiscovery for FOI and legal holds."] },
  { slug: "tasman-ridge-secure-messaging", useCases: ["Secure messaging for duty officers and liaison staff during emergency responses."] },
  { slug: "banksia-case-management", useCases: ["Case management for a compliance and enforcement team of about 200 staff."] },
  { slug: "coorong-foi-tracker", useCases: ["Managing about 1,200 FOI requests a year within statutory timeframes."] },
  { slug: "cobalt-arc-endpoint-detection", useCases: ["Endpoint detection and response on 3,500 laptops and servers."] },
  {
    slug: "yarra-lane-budget-planner",
    useCases: ["Budget planning and estimates for portfolio agencies; replacing spreadsheets passed around by e-mail."],
  },
  { slug: "kurrajong-board-papers", useCases: ["Board and committee papers for an executive board and three subcommittees."] },
  { slug: "mulga-managed-wan", useCases: ["Linking 14 regional offices to our cloud regions over a managed WAN."] },
];

export const RELIANCE_NOTES = [
  "Our use is the same as the assessing agency's; our CISO accepted the assessment for a 12-month pilot.",
  "Relied on for an OFFICIAL deployment; we will reassess before moving to OFFICIAL: Sensitive data.",
  "We read the evidence behind each score and agree; the IRAP report was the same version we hold.",
  "Used in our procurement decision to shortlist the service; our own security assessment is under way.",
  "Relied on for a smaller deployment (under 50 users); the scores apply to our use.",
  "Our privacy officer reviewed the privacy and sovereignty scores and accepted them.",
];

/** Qualities where agencies' contracts and deployments differ enough to score them differently. */
export const RESCORABLE = [
  "price_transparency",
  "contract_flexibility",
  "value_for_money",
  "exit_provisions",
  "privacy_principles",
  "liability",
  "data_deletion",
  "encryption",
  "identity_access",
  "incident_notification",
  "support_accessibility",
  "availability",
];

/** Why a relying agency scored a quality differently from the author. */
export const RESCORE_REASONS: Record<"lower" | "higher", string[]> = {
  lower: [
    "Our contract has the standard terms, without the clause the assessing agency negotiated.",
    "At our larger deployment the evidence did not hold up as well; we score it one lower.",
    "We hold more sensitive data, and for it this evidence is not quite enough.",
  ],
  higher: [
    "The provider has improved this since the assessment; we saw the new evidence during onboarding.",
    "We negotiated a stronger clause in our own contract.",
  ],
};

export const REJECTION_REASON =
  "Several justifications name the provider's staff and quote from a commercial-in-confidence quote. Please remove them and resubmit.";
