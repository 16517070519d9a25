/**
 * The demo's approaches to market, as the Finance demo agency wrote them: what each asks for, whom
 * it invites, what sellers asked and answered, and (for the decided one) how the panel scored.
 * Invented, like the agencies and products; days are relative to the seed day, times are Canberra's.
 * The invited products were chosen because they meet every rule for the purchase described (its
 * classification above all), so each approach's rule results read as a real buyer's would.
 */
import type { ProposedPurchase } from "~/procurement/purchase";

/** A moment in the timeline: days from the seed day, and the wall-clock time in Canberra. */
export interface When {
  day: number;
  time: string;
}

export interface PlannedCriterion {
  name: string;
  description: string;
  weight: number;
  isPrice: boolean;
}

export interface PlannedResponse {
  product: string;
  at: When;
  priceDollars: number;
  body: string;
  attachments: { label: string; url: string }[];
  /** An earlier version the seller replaced before the close. */
  revisedFrom?: { at: When; priceDollars: number };
}

export interface PlannedQuestion {
  /** The asking provider's product (its provider asks). */
  product: string;
  at: When;
  question: string;
  answer?: { at: When; publishedQuestion: string; answer: string };
}

export interface ApproachPlan {
  title: string;
  requirement: string;
  pricingBasis: string;
  purchase: ProposedPurchase;
  criteria: PlannedCriterion[];
  products: string[];
  created: When;
  sent: When;
  closes: When;
  extended?: { at: When; to: When; reason: string };
  questions: PlannedQuestion[];
  responses: PlannedResponse[];
}

const purchase = (
  p: Partial<ProposedPurchase> & Pick<ProposedPurchase, "classification" | "costGstInc" | "signingDate">,
): ProposedPurchase => ({
  sensitive: false,
  wholeOfGovernment: false,
  costExGst: Math.round((p.costGstInc / 1.1) * 100) / 100,
  initialTermMonths: 36,
  extensionMonths: [12],
  extensionExercised: false,
  reviewRecorded: false,
  hostingContract: false,
  hostingContractKind: null,
  panel: "none",
  dtaNotified: false,
  ministerialExemption: false,
  hcfExemption: false,
  liability: "capped",
  liabilityJustification: "",
  targetE8: "none",
  considerFirstDone: true,
  fairCriteriaDone: true,
  reuseConsidered: true,
  nonCorporateEntity: true,
  establishingPanel: false,
  ...p,
});

const HOW_TO_RESPOND = `## How to respond

- Respond in Cloud Exchange before the closing time; late responses cannot be accepted.
- Give one price for the quantities in the pricing basis: whole of life, GST inclusive, in Australian dollars.
- Address each evaluation criterion in turn, and link to your current service definition, security documentation and terms.
- Send questions through Cloud Exchange. Answers go to every invited seller, without naming who asked.`;

/** (a) Open: sellers are still responding. Closes ten days after the seed day at 2 pm. */
export const OPEN_PLAN = (signingDate: string): ApproachPlan => ({
  title: "Hosting for the Budget Estimates Modelling System (PROTECTED)",
  requirement: `## Background

The Finance and Budget Office runs the Budget Estimates Modelling System (BEMS), which produces the forward estimates for every portfolio through the budget and additional estimates rounds. BEMS is a .NET web application with a modelling engine on Windows Server and a SQL Server database of about 2 TB. It runs on hardware in our own data centre that reaches end of support next June.

## What we need

- Hosting for the BEMS application tier, modelling engine and database, in Australia, for 36 months with one 12-month extension option.
- Capacity for the peak budget weeks (about four times normal load, twice a year) without re-architecting the application.
- SQL Server licensing that we can bring, or that is included in the price: say which.
- Backups kept for 90 days, a recovery point objective of 1 hour and a recovery time objective of 4 hours.
- Migration assistance for a cut-over on a weekend we agree, with a rehearsal first.

A response may cover the whole system on the product invited, or say which parts would run on another of your services (priced in the same response).

## Security requirements

- The system holds **PROTECTED** information (budget-in-confidence estimates before budget night). The service must hold a current IRAP assessment at PROTECTED and be hosted by a provider certified under the Hosting Certification Framework.
- Data, backups and logs stay in Australia; administrative access is by cleared personnel in Australia only.
- Audit logs must be available to our security operations centre within 15 minutes.

${HOW_TO_RESPOND}`,
  pricingBasis: "The whole system as described, for 36 months, plus the 12-month extension option priced separately in the response text.",
  purchase: purchase({ classification: "PROTECTED", costGstInc: 640_000, signingDate }),
  criteria: [
    {
      name: "Meets the requirement",
      description: "How fully the service hosts BEMS as described, peak weeks included.",
      weight: 40,
      isPrice: false,
    },
    {
      name: "Security and assurance",
      description: "IRAP at PROTECTED, its currency and scope, and how administrative access is controlled.",
      weight: 25,
      isPrice: false,
    },
    {
      name: "Migration and support",
      description: "The migration plan, the rehearsal and the support offered during budget weeks.",
      weight: 10,
      isPrice: false,
    },
    { name: "Price", description: "The whole-of-life price for the pricing basis, GST inclusive.", weight: 25, isPrice: true },
  ],
  products: [
    "wattle-grid-dedicated-hosts",
    "halcyon-relational-database",
    "brindabella-managed-sql-server",
    "meridian-stratus-app-service",
  ],
  created: { day: -8, time: "15:10" },
  sent: { day: -5, time: "10:30" },
  closes: { day: 10, time: "14:00" },
  questions: [
    {
      product: "brindabella-managed-sql-server",
      at: { day: -4, time: "11:20" },
      question:
        "We would normally include SQL Server licences in our price. Can we instead price on the basis that Brindabella uses the Office's existing licences with Software Assurance?",
      answer: {
        at: { day: -3, time: "15:45" },
        publishedQuestion: "May sellers price on the basis that the Office brings its own SQL Server licences?",
        answer:
          "Yes. The Office holds SQL Server Enterprise licences with Software Assurance for 16 cores, which can move to a provider's shared or dedicated hosts under licence mobility. Please price both ways if you can: with our licences, and with licences included.",
      },
    },
    {
      product: "meridian-stratus-app-service",
      at: { day: -1, time: "16:20" },
      question: "Is a short outage acceptable during the peak budget weeks for platform maintenance, if notified a week ahead?",
    },
  ],
  responses: [
    {
      product: "halcyon-relational-database",
      at: { day: -1, time: "11:05" },
      priceDollars: 598_400,
      body: `Halcyon proposes Relational Database (SQL Server engine, multi-zone) for the BEMS database, with the application tier and modelling engine on Halcyon virtual machines in the same Australian region, both within our IRAP assessment at PROTECTED.

- **Peak weeks:** read replicas and instance resizing are scheduled through the console, so capacity can be doubled and then quadrupled for budget weeks and returned afterwards.
- **Licensing:** the price uses licences included. With the Office's own licences under mobility the price falls to $531,200.
- **Recovery:** point-in-time restore to any second in the last 35 days, snapshots kept 90 days; RPO 5 minutes, RTO under 2 hours.
- **Migration:** a two-stage migration with a full rehearsal, led by our Canberra-based migration team.

The 12-month extension option is $189,600 at the same rates.`,
      attachments: [
        { label: "Service definition", url: "https://halcyon-compute.example.com/relational-database/service-definition.pdf" },
        { label: "IRAP assessment summary", url: "https://halcyon-compute.example.com/assurance/irap-summary.pdf" },
      ],
    },
  ],
});

/** (b) Decided: closed about forty days before the seed day, scored, awarded. */
export const DECIDED_PLAN = (signingDate: string): ApproachPlan => ({
  title: "Object storage for the financial records archive",
  requirement: `## Background

The Office keeps about 85 TB of financial records (ledgers, payment files, budget papers and their working files) in an on-premises archive that is full and out of support. The records must be kept for up to 15 years under our records authority, and some are under legal hold.

## What we need

- Object storage in Australia for 120 TB in the first year, growing by about 15 TB a year, for 36 months with two 12-month extension options.
- Write-once retention (object lock) set per bucket, and legal holds that records staff can apply and lift.
- Replication between two Australian regions.
- An S3-compatible interface, so our records management system can write to it without change.
- Help to move the existing archive (about 40 million objects) and check every object's integrity after the move.

## Security requirements

- The records are **OFFICIAL: Sensitive**. The service must hold a current IRAP assessment at OFFICIAL: Sensitive or higher and be hosted by a provider certified under the Hosting Certification Framework.
- Data and backups stay in Australia; encryption at rest with keys the Office can rotate.
- Access events must be exportable to our SIEM.

${HOW_TO_RESPOND}`,
  pricingBasis:
    "120 TB in year 1 growing 15 TB a year, replicated between two regions, for 36 months, with migration of the existing archive.",
  purchase: purchase({ classification: "OFFICIAL: Sensitive", costGstInc: 450_000, extensionMonths: [12, 12], signingDate }),
  criteria: [
    {
      name: "Meets the requirement",
      description: "Retention, legal hold, replication and the S3 interface as described.",
      weight: 35,
      isPrice: false,
    },
    {
      name: "Security and assurance",
      description: "IRAP scope and currency, key management, and access logging.",
      weight: 25,
      isPrice: false,
    },
    {
      name: "Migration and support",
      description: "How the existing archive is moved and checked, and the support after it.",
      weight: 10,
      isPrice: false,
    },
    { name: "Price", description: "The whole-of-life price for the pricing basis, GST inclusive.", weight: 30, isPrice: true },
  ],
  products: ["wattle-grid-object-storage", "meridian-stratus-blob-storage", "tasman-ridge-private-cloud"],
  created: { day: -78, time: "16:00" },
  sent: { day: -75, time: "10:00" },
  closes: { day: -44, time: "14:00" },
  extended: {
    at: { day: -60, time: "12:30" },
    to: { day: -40, time: "14:00" },
    reason: "The answer about migrating the existing archive changes what sellers must price, so every seller has four more days.",
  },
  questions: [
    {
      product: "tasman-ridge-private-cloud",
      at: { day: -70, time: "11:15" },
      question:
        "Should the price include moving the 40 million existing objects, or only the storage? Our migration approach depends on whether the Office will run the copy itself.",
      answer: {
        at: { day: -61, time: "15:00" },
        publishedQuestion: "Should the price include migrating the existing archive?",
        answer:
          "Yes. Include the migration of the existing archive (about 85 TB, 40 million objects) and the integrity check of every object after it. The Office's records team will be available for the rehearsal and the cut-over.",
      },
    },
  ],
  responses: [
    {
      product: "meridian-stratus-blob-storage",
      at: { day: -48, time: "16:40" },
      priceDollars: 389_500,
      body: `Meridian Stratus Blob Storage, hot and cool tiers, with geo-redundant replication between our Sydney and Melbourne regions.

- Immutable storage policies (time-based retention and legal hold) at container level.
- S3-compatible access through our storage gateway; native API recommended for new work.
- Migration with our data box service: devices shipped to the Office, with checksums verified on upload.`,
      attachments: [{ label: "Service definition", url: "https://meridian-stratus.example.com/blob-storage/service-definition.pdf" }],
    },
    {
      product: "wattle-grid-object-storage",
      at: { day: -41, time: "09:30" },
      priceDollars: 412_800,
      revisedFrom: { at: { day: -43, time: "10:05" }, priceDollars: 436_900 },
      body: `Wattle Grid Object Storage, replicated between our Canberra and Sydney zones, S3-compatible.

- Object lock in governance and compliance modes, set per bucket, and legal holds that named records staff can apply and lift.
- Keys in our key management service, rotated by the Office; access events streamed to the Office's SIEM.
- Migration by our Canberra team over a dedicated link, with an SHA-256 check of every object and a signed completion report.

Revised before the close: migration now uses our dedicated link rather than shipped devices, which lowers the price.`,
      attachments: [
        { label: "Service definition", url: "https://wattle-grid.example.com/object-storage/service-definition.pdf" },
        { label: "Migration plan", url: "https://wattle-grid.example.com/object-storage/records-archive-migration.pdf" },
      ],
    },
    {
      product: "tasman-ridge-private-cloud",
      at: { day: -41, time: "13:10" },
      priceDollars: 498_000,
      body: `A dedicated storage cluster within Tasman Ridge Private Cloud, S3-compatible, sized for 165 TB with headroom, in our Canberra and Melbourne facilities.

- Retention and legal hold through the cluster's object lock.
- Our engineers run the whole migration, including a full rehearsal and object-by-object verification.
- A named service manager and quarterly service reviews.`,
      attachments: [{ label: "Proposal", url: "https://tasman-ridge.example.com/proposals/records-archive.pdf" }],
    },
  ],
});

/** The panel's scores for the decided approach (0 to 10), by product, in criteria order: the owner's, then the colleague's. */
export const DECIDED_SCORES: Record<string, { owner: [number, string][]; colleague: [number, string][] }> = {
  "wattle-grid-object-storage": {
    owner: [
      [9, "Object lock per bucket and legal holds that our records staff control, exactly as asked."],
      [9, "IRAP at OFFICIAL: Sensitive covers the storage and key services; keys rotated by us."],
      [8, "Migration over a dedicated link with a per-object checksum and a signed report."],
      [9, "Second lowest price, within 6% of the lowest."],
    ],
    colleague: [
      [8, "Meets every requirement; replication is between two zones rather than two distant regions."],
      [9, "Strong: assessment scope includes the key management service and logging."],
      [9, "The most detailed migration plan of the three, with a rehearsal."],
      [9, "Competitive; the revision lowered it by about $24,000."],
    ],
  },
  "meridian-stratus-blob-storage": {
    owner: [
      [8, "Meets the retention and replication needs; S3 access is through a gateway, not native."],
      [8, "Current IRAP assessment; key rotation relies on a separate service."],
      [6, "Shipped devices put the migration on our staff and our loading dock."],
      [10, "Lowest price."],
    ],
    colleague: [
      [8, "Good retention controls; the gateway adds a component to run."],
      [7, "Access logging needs extra configuration to reach our SIEM."],
      [7, "Checksums are verified on upload, but the plan for the 40 million small objects is thin."],
      [10, "Lowest price."],
    ],
  },
  "tasman-ridge-private-cloud": {
    owner: [
      [7, "A dedicated cluster meets the need but capacity grows in planned increments, not on demand."],
      [8, "Current IRAP assessment of the private cloud."],
      [9, "Engineers run the whole migration, with a rehearsal."],
      [8, "Highest price, about 28% above the lowest."],
    ],
    colleague: [
      [8, "Meets the requirement with headroom."],
      [8, "Sound controls; keys are managed by the provider's staff."],
      [8, "Strong migration offer and a named service manager."],
      [8, "Highest price."],
    ],
  },
};

export const DECIDED_DECISION = {
  reason:
    "The highest weighted total (87.75 of 100): it meets every requirement, with write-once retention and legal holds our records staff control, the strongest migration plan, and the second-lowest price.",
  notChosen: {
    "meridian-stratus-blob-storage":
      "The lowest price, but S3 access only through a gateway and a device-based migration that would fall on our own staff; weighted total 83.25.",
    "tasman-ridge-private-cloud":
      "A strong migration offer, but capacity grows only in planned increments and the price was the highest; weighted total 78.75.",
  } as Record<string, string>,
  // Fictional: sample data, not a real AusTender contract notice. Real notices are found on tenders.gov.au.
  austenderId: "CN0000019",
  scored: { owner: { day: -38, time: "15:30" }, colleague: { day: -37, time: "11:00" } },
  declared: { owner: { day: -39, time: "09:10" }, colleague: { day: -39, time: "10:00" } },
  colleagueAdded: { day: -52, time: "09:45" },
  decided: { day: -35, time: "11:00" },
  declaration: "I have no financial or personal interest in any invited provider, and no relationship with their staff.",
};

/** (c) Closed two days before the seed day: responses in, nobody has declared or scored yet. */
export const CLOSED_PLAN = (signingDate: string): ApproachPlan => ({
  title: "Accounts payable automation for Finance shared services",
  requirement: `## Background

Finance shared services pays about 60,000 supplier invoices a year for the Office and two smaller portfolio agencies. Invoices arrive by e-mail, e-invoicing (Peppol) and post, and are keyed by hand into our financial management information system.

## What we need

- Invoice capture from e-mail, PDF and Peppol, with line-level data extraction.
- Two-way and three-way matching against purchase orders and receipts from our FMIS, with exceptions routed to approvers.
- Approval workflows that follow our delegations, on the web and on mobile.
- Payment files in the format our FMIS imports, and a daily reconciliation report.
- For 24 months, with one 12-month extension option, for 25 named users and unlimited approvers.

## Security requirements

- Invoices and supplier bank details are **OFFICIAL** information; bank details are treated as sensitive.
- Data stays in Australia; single sign-on with our identity provider (SAML or OpenID Connect) and multi-factor authentication for every user.
- An audit trail of every change to supplier bank details.

${HOW_TO_RESPOND}`,
  pricingBasis: "25 named users and unlimited approvers, 60,000 invoices a year, for 24 months, with implementation.",
  purchase: purchase({ classification: "OFFICIAL", costGstInc: 180_000, initialTermMonths: 24, signingDate }),
  criteria: [
    {
      name: "Meets the requirement",
      description: "Capture, matching, approvals and payment files as described.",
      weight: 45,
      isPrice: false,
    },
    {
      name: "Security and assurance",
      description: "Controls over supplier bank details, sign-on and the audit trail.",
      weight: 20,
      isPrice: false,
    },
    { name: "Price", description: "The whole-of-life price for the pricing basis, GST inclusive.", weight: 35, isPrice: true },
  ],
  products: ["yarra-lane-accounts-payable", "orchard-ledger-financials"],
  created: { day: -20, time: "14:20" },
  sent: { day: -16, time: "09:30" },
  closes: { day: -2, time: "14:00" },
  questions: [],
  responses: [
    {
      product: "yarra-lane-accounts-payable",
      at: { day: -5, time: "15:10" },
      priceDollars: 148_500,
      body: `Yarra Lane Accounts Payable captures invoices from e-mail, PDF and Peppol, matches them against purchase orders and receipts, and routes exceptions to approvers by delegation.

- Connectors for the common government FMIS platforms; payment files in the formats they import.
- Changes to supplier bank details need two people and are logged.
- Implementation in eight weeks, including two of parallel running.`,
      attachments: [{ label: "Service definition", url: "https://yarra-lane-ledger.example.com/accounts-payable/service-definition.pdf" }],
    },
    {
      product: "orchard-ledger-financials",
      at: { day: -3, time: "10:45" },
      priceDollars: 171_600,
      body: `Orchard Ledger Financials' accounts payable module, configured for invoice capture, matching and approvals, alongside your existing FMIS.

- Optical capture and Peppol receipt included; three-way matching with tolerances set by the Office.
- Mobile approvals; delegations loaded from your HR system.
- A fixed-price implementation over ten weeks.`,
      attachments: [{ label: "Proposal", url: "https://orchard-ledger.example.com/proposals/finance-shared-services.pdf" }],
    },
  ],
});
