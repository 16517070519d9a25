/**
 * Justification templates for sample assessment scores, by quality and score band, so a 2 reads
 * like a 2. `{name}` placeholders are filled from the product's facts and a few seeded numbers;
 * a template whose placeholder has no value for a product (no IRAP report, no Australian data
 * centre) is skipped, so every band keeps at least one template that needs only {product},
 * {provider} and the numbers. All invented, like the products they describe.
 */
export type ScoreBand = "low" | "mid" | "high";
/** `top`, where given, is for a 5 alone and `high` then reads as a 4. */
type Templates = Record<ScoreBand, string[]> & { top?: string[] };

export const scoreBand = (score: number): ScoreBand => (score <= 2 ? "low" : score === 3 ? "mid" : "high");

export function templatesFor(quality: string, score: number): string[] {
  const t = JUSTIFICATIONS[quality];
  return score === 5 && t.top ? t.top : t[scoreBand(score)];
}

export const JUSTIFICATIONS: Record<string, Templates> = {
  financial_viability: {
    low: ["{provider} supplied only unaudited management accounts; no parent guarantee was offered for a three-year term."],
    mid: [
      "Audited accounts for the last two years show a small operating loss; the provider relies on a growth investor for runway.",
      "{provider} is an SME with audited statements, stable but thin: we asked for a performance guarantee and got a bank letter instead.",
    ],
    high: [
      "Audited statements for three years, profitable, and a parent company guarantee from {hq} is offered in the head agreement.",
      "Audited accounts show stable revenue and no debt covenants at risk; our finance area rated the provider low risk.",
    ],
  },
  price_transparency: {
    low: [
      "Prices are on request only; the quote we received did not itemise storage, support or egress.",
      "No published price list: {provider} quotes each agency separately, so we could not compare before engaging.",
    ],
    mid: [
      "Unit prices are published for compute and storage, but support tiers and professional services are quoted separately.",
      "The rate card covers licences, not the implementation or the premium support tier we needed.",
    ],
    high: [
      "Every unit is on the public price list and the cost calculator matched our first three invoices within 2%.",
      "Full published price list with 60 days' notice of price changes; we modelled the whole contract before signing.",
    ],
  },
  sla_transparency: {
    low: ["The service definition states an availability target but not how it is measured or what happens when it is missed."],
    mid: [
      "Targets and measurement are published (monthly availability, excluding maintenance windows) but there are no service credits.",
      "Availability is measured per region and reported monthly; remedies are limited to a 'review meeting'.",
    ],
    high: [
      "99.95% monthly target, measured per {product} instance, with service credits of 10-30% of monthly fees. Published in schedule {schedule}.",
      "Targets, measurement method and credits are published, and the status page keeps 24 months of incident history.",
    ],
  },
  contract_flexibility: {
    low: ["Three-year minimum term with no downsizing; early exit pays out the remaining licence fees."],
    mid: [
      "Annual commitment, with the option to reduce seats by up to 15% at each anniversary.",
      "Licences are annual but can be increased monthly; decreases only at renewal.",
    ],
    high: [
      "Pay as you go with no minimum spend; reserved capacity is optional and can be exchanged.",
      "Monthly terms and we can scale down without penalty; the head agreement allows termination for convenience on 30 days' notice.",
    ],
  },
  billing_granularity: {
    low: ["One monthly invoice per subscription; we cannot split costs between programs without manual apportionment."],
    mid: ["Invoices show usage by module and month, which is enough for chargeback to our two divisions but not per project."],
    high: [
      "Usage by resource with cost-allocation tags, exported daily to our finance data warehouse.",
      "Real-time cost explorer with budgets and alerts by tag; our cost centres see their own spend.",
    ],
  },
  value_for_money: {
    low: ["Total cost over four years came out about 35% above two comparable services in our market approach."],
    mid: [
      "Whole-of-life cost was within 5% of the other two shortlisted services; no strong advantage either way.",
      "At the market for licences; implementation costs were higher than we expected for a configurable product.",
    ],
    high: [
      "About 20% below the next best offer over the term, with onboarding workshops included at no charge.",
      "Cheaper than our on-premises equivalent once hardware refresh and data centre costs were counted.",
    ],
  },
  content_ownership: {
    low: ["The standard terms give the provider a licence to use customer content to improve its services; not negotiable."],
    mid: ["We own our data, but the terms are silent on derived data such as usage analytics and trained models."],
    high: [
      "Clause {clause} confirms the agency owns all content and derived data; the provider may not use it without written consent.",
      "Agency owns all data; {provider} uses only de-identified telemetry about service health, which we accepted.",
    ],
  },
  exit_provisions: {
    low: ["The terms say data will be 'made available on request' with no format, timeframe or deletion commitment."],
    mid: [
      "Data can be exported in standard formats (CSV, JSON) at any time, but there is no contracted transition period.",
      "Exports are standard formats; deletion after exit is promised but no certificate is provided.",
    ],
    high: [
      "90-day transition period, export in open formats and a deletion certificate. The exit plan was tested in our pilot.",
      "Schedule {schedule} sets out exit assistance at published day rates and a sanitisation certificate within 30 days.",
    ],
  },
  privacy_principles: {
    low: [
      "Privacy commitments sit in a global policy, not the contract, and APP 8 cross-border disclosure to {offshore} is not addressed.",
      "The provider states it complies with the Privacy Act but would not contract to it or to breach notification timeframes.",
    ],
    mid: [
      "The contract covers APPs 1, 6 and 11, but not APP 8: support staff overseas may access personal information.",
      "Privacy is contracted for collection, use and security; access and correction requests go through a manual process.",
    ],
    high: [
      "All 13 APPs are contracted, but breach notification follows the provider's global 72-hour process and there are no audit rights.",
      "Contracted for every APP; our privacy impact assessment found no residual high risks, though we cannot audit the provider.",
    ],
    top: [
      "All 13 APPs are contracted, with notification of eligible data breaches within 24 hours and audit rights for the agency.",
      "Contracted for every APP, with NDB scheme timeframes and annual audit rights. Personal information stays in {onshoreCentres}.",
      "The data processing addendum binds {provider} to the APPs and the NDB scheme, with the right for us to audit annually.",
    ],
  },
  archives_act: {
    low: ["Records can only be exported manually; there is no way to apply our disposal authority in the service."],
    mid: [
      "Retention periods can be set per container, but disposal is manual and leaves no disposal record.",
      "We can retain records for the periods our records authority requires; disposal has to be actioned by an administrator.",
    ],
    high: [
      "Retention and disposal classes from our records authority are applied automatically, with disposal certificates.",
      "Integrates with our EDRMS so records are captured with metadata and disposed of under the general records authorities.",
    ],
  },
  foi_act: {
    low: ["Finding everything for an FOI request needs a support ticket and the provider quoted 10 business days."],
    mid: ["Agency administrators can search content, but export for an FOI request is manual, item by item."],
    high: [
      "Our FOI team searches and exports directly, with legal holds and an audit trail of what was produced.",
      "eDiscovery with holds and export; a test request across 18 months of data took under an hour.",
    ],
  },
  liability: {
    low: [
      "Liability is capped at three months' fees with no carve-out for data breaches; the provider would not negotiate.",
      "Standard terms exclude consequential loss entirely and cap everything else at fees paid; far below our risk.",
    ],
    mid: ["Cap equals annual fees, with a separate higher cap for privacy breaches; acceptable for the data we hold here."],
    high: [
      "Cap proportionate to the risk (five times annual fees) and uncapped for breaches of confidentiality and privacy.",
      "Liability terms follow the Commonwealth Contracting Suite with an agreed cap of {schedule} million dollars.",
    ],
  },
  subcontractors: {
    low: ["Subprocessors are disclosed only on request under NDA; no commitment to tell us of changes."],
    mid: ["A subprocessor list is published on the trust site, but changes are posted without notifying customers."],
    high: [
      "Published subprocessor list with 30 days' notice of changes and the right to object and terminate.",
      "All subcontractors handling our data are listed in schedule {schedule}; changes need our written approval.",
    ],
  },
  data_sovereignty: {
    low: [
      "Data is held in {offshoreOnly}; there is no Australian region for {product} and no commitment to one.",
      "{product} has a region in {centres}, but the contract allows failover and support access from {offshore} without notice.",
      "No onshore hosting: {provider} runs {product} from {offshoreOnly} only, and would not commit to an Australian region.",
      "Data location is not contracted: {provider} may move {product} data between its global regions for capacity.",
    ],
    mid: [
      "Primary data is stored in {centres}, but support engineers in {offshore} can access it under the follow-the-sun model.",
      "Stored in Australia, but the contract does not rule out support access from overseas; we rely on the provider's policy.",
    ],
    high: [
      "Contract schedule {schedule} commits to Australian data centres in {centres}; support staff access from {offshore} is logged and approved per ticket.",
      "Stored and backed up in Australia under contract; any offshore support access needs our approval for each ticket.",
      "Data and backups stay in {onshoreCentres} under contract; support is onshore by practice, though the contract does not require it.",
    ],
    top: [
      "Stored, backed up and supported from {onshoreCentres} only, contracted. Staff with access are Australian citizens cleared to {clearance}.",
      "Data, backups and support stay in {onshoreCentres}; the contract prohibits offshore access, including by the provider's own staff.",
      "Schedule {schedule} contracts onshore storage, backup and support only; the provider is certified under the HCF.",
    ],
  },
  data_portability: {
    low: ["Export is in a proprietary archive format that only the provider's own tools can read."],
    mid: ["Most records export as CSV, but attachments and workflow history need a professional services job."],
    high: [
      "Everything exports in open formats (CSV, JSON, PDF/A) through the API, and we automated a nightly export.",
      "Standard APIs and images, so workloads move with open tooling; we exported a full copy during the pilot.",
    ],
  },
  data_deletion: {
    low: ["Data is deleted only when the contract ends, and the provider will not say how long backups are kept."],
    mid: ["Retention can be configured, but deletion requests are manual and not evidenced."],
    high: [
      "Retention settings plus deletion on request within 30 days, confirmed in writing.",
      "Deletion on request with certificates of sanitisation; media are destroyed onshore under HCF controls.",
    ],
  },
  backup_recovery: {
    low: ["Backups are taken but not contracted; the provider would not commit to a recovery point objective."],
    mid: ["Daily backups with a 24-hour recovery point; restores are by support request, so recovery time is uncertain."],
    high: [
      "Backups are immutable, kept in a second site, and we run our own restores; our quarterly test restored in 40 minutes.",
      "Point-in-time recovery to the second for 35 days; restore tested twice during the pilot.",
    ],
  },
  encryption: {
    low: ["Data is encrypted in transit only; at-rest encryption is an optional extra for this tier."],
    mid: ["Encrypted in transit and at rest, but only with provider-managed keys and no detail on algorithms."],
    high: [
      "TLS 1.3 and AES-256 with provider-managed keys rotated yearly; customer keys are on the roadmap.",
      "ASD-approved cryptography throughout, per the {irapYear} IRAP report, with keys managed by the provider in an HSM.",
    ],
    top: [
      "AES-256 at rest and TLS 1.2+ in transit, ASD-approved; keys held in our own HSM-backed key vault.",
      "ASD-approved cryptography throughout, per the {irapYear} IRAP report; customer-managed keys are available and we use them.",
    ],
  },
  logging_auditing: {
    low: ["Audit logs are only available from the provider on request, and kept for 90 days."],
    mid: ["Administrators can view audit logs in the console for 12 months, but there is no export or API."],
    high: [
      "Full audit logs stream to our SIEM in near real time and we keep them for seven years.",
      "Audit events for every admin and user action export by API; we pull them hourly into our logging platform.",
    ],
  },
  identity_access: {
    low: ["Local accounts only; MFA is SMS-based and SSO is on the enterprise tier we did not buy."],
    mid: ["SSO with our identity provider works, but roles are coarse: admin, editor or viewer."],
    high: [
      "SAML and OIDC SSO with our IdP, phishing-resistant MFA enforced, fine-grained roles and quarterly access reviews.",
      "SSO, MFA and custom roles; privileged actions need just-in-time elevation.",
    ],
  },
  vulnerability_management: {
    low: ["Patching is ad hoc; the provider could not show timeframes for critical vulnerabilities."],
    mid: ["Monthly patch cycle, which misses the ISM's 48-hour timeframe for vulnerabilities with known exploits."],
    high: [
      "Patches within ISM timeframes, Essential Eight {e8} assessed, and an independent penetration test every year.",
      "Critical patches within 48 hours, shown in the {irapYear} IRAP report; a public vulnerability disclosure program is run.",
      "Patching within ISM timeframes, evidenced in the {soc2} report; annual independent penetration test.",
      "Critical patches within 48 hours and others within two weeks, shown in the provider's monthly patch reports.",
    ],
  },
  incident_notification: {
    low: ["Incidents are notified on a 'best efforts' basis with no timeframe in the contract."],
    mid: ["Notification within 72 hours, which is slower than our incident response plan needs."],
    high: [
      "Notification within 24 hours with indicators of compromise, a joint response and a post-incident report.",
      "Contracted notification within 4 hours for confirmed incidents, with a named security contact in Australia.",
    ],
  },
  personnel_security: {
    low: ["Staff undergo background checks only; we could not confirm where those with access to our data are based."],
    mid: ["National police checks for all staff; privileged administrators are not cleared."],
    high: [
      "Baseline clearance for everyone with administrative access, and access is removed within a day of leaving.",
      "Privileged administrators hold Baseline clearances; other support staff have police checks only.",
    ],
    top: [
      "Privileged staff hold {clearance} clearances, matched to our data; the list of cleared staff is reviewed quarterly.",
      "Everyone with access to our data is cleared to {clearance} and the provider reports joiners and leavers to us monthly.",
      "Clearances of staff with access match the classification of our data, and the provider revalidates them yearly.",
    ],
  },
  assurance_currency: {
    low: ["Only a self-assessed security questionnaire; no independent assessment of the service."],
    mid: [
      "The IRAP assessment ({irapStale}) is older than 24 months and a new one has not started.",
      "{isoNoIrap} certified, but there is no IRAP assessment, so we assessed the ISM controls ourselves.",
      "Independent certifications are current, but none of them assesses the service against the ISM.",
    ],
    high: [
      "Current {irapCurrent} IRAP report plus {soc2}; the scope matched our deployment except the optional analytics module.",
      "A current IRAP assessment at {irapCurrent}, but its scope leaves out two services we plan to use.",
      "Independent assessments are current but cover only part of what we will use.",
    ],
    top: [
      "IRAP assessment at {irapCurrent} against {ism} is current and covers the components we use.",
      "Current {irapCurrent} IRAP assessment whose scope covers every component in our design.",
      "Independent assessments are current and their scope covers the components we will use.",
    ],
  },
  support_accessibility: {
    low: [
      "E-mail support only, from {offshore}, in business hours there; severity 1 responses took most of a day.",
      "E-mail support only, business hours, and our severity 1 ticket during the pilot took 19 hours to answer.",
    ],
    mid: ["Phone and e-mail support in Australian business hours; severe issues after hours wait until morning."],
    high: [
      "24/7 phone line for severity 1 issues; after hours it is answered from {offshore}.",
      "24/7 support for severe issues, with a 30-minute response target; routine tickets in business hours.",
    ],
    top: [
      "24/7 support with a named technical account manager based in {centres}; severity 1 answered within 15 minutes.",
      "24/7 phone line for severity 1 issues, staffed onshore; our escalation contacts are named in the contract.",
    ],
  },
  availability: {
    low: ["Single data centre; the provider states a target but there is no failover site."],
    mid: ["Runs across several availability zones in one region; no tested failover to a second region."],
    high: [
      "Active-active across {centres}; the provider showed us its last failover test report.",
      "Multiple zones with tested failover and a published history of 99.97% availability over 12 months.",
    ],
  },
  change_notice: {
    low: ["Features have changed without notice twice this year; release notes appear after the change."],
    mid: ["Release notes are published a week before changes, which is short for our change advisory board."],
    high: [
      "90 days' notice for changes that affect us, and a public roadmap reviewed with us each quarter.",
      "30 days' notice of changes and 12 months for withdrawals, as the contract requires.",
    ],
  },
  accessibility: {
    low: ["No accessibility statement; our testing found keyboard traps in the main workflow."],
    mid: ["An accessibility statement lists known WCAG 2.2 gaps, with fixes promised in the next two releases."],
    high: [
      "Meets WCAG 2.2 AA according to an independent audit last year; our own screen reader testing agreed.",
      "Staff and public-facing screens meet WCAG 2.2 AA; the provider fixes reported issues within a sprint.",
    ],
  },
  interoperability: {
    low: ["Closed system: integration is only through the provider's professional services."],
    mid: ["Documented REST APIs, but data formats are proprietary and there is no SCIM for provisioning."],
    high: [
      "Open standards for identity (SAML, OIDC, SCIM) and data (CSV, JSON, OpenAPI); it plugged into our integration hub quickly.",
      "Standard protocols throughout, with published conformance for OIDC and the government's identity requirements.",
    ],
  },
  automation: {
    low: ["Most configuration is console only; the API covers reporting and little else."],
    mid: ["Most functions are available by API, but workflow configuration still needs the console."],
    high: [
      "Everything is available by API, with a maintained Terraform provider; our landing zone is fully in code.",
      "All functions by API; we deploy {product} through our pipelines with no console changes.",
    ],
  },
  sustainability: {
    low: ["Nothing published on energy use or emissions for this service.", "Only a general environmental statement on the website."],
    mid: ["Annual emissions are reported for the company, but not per customer or per service."],
    high: [
      "Per-customer emissions reports monthly, and {centres} data centres run on contracted renewable supply.",
      "Per-customer emissions reported quarterly; the provider publishes PUE for each data centre.",
    ],
  },
};

/** Sometimes added after a justification: what the agency made of it. */
export const AFTERWORDS: Record<ScoreBand, string[]> = {
  low: [
    "Recorded as a risk in our system security plan.",
    "This was the main concern for our risk committee.",
    "Accepted as a residual risk by our CISO for this use only.",
    "We compensate with our own controls.",
    "Raised with the provider; no change offered.",
  ],
  mid: [
    "Acceptable for our use, but a gap for more sensitive data.",
    "We have asked for it in the next contract variation.",
    "A workaround is documented in our system security plan.",
    "The provider says a fix is planned within {fixMonths} months.",
  ],
  high: [
    "Confirmed in our due diligence workshop with the provider.",
    "Our security adviser checked the evidence.",
    "Same result in our pilot.",
    "Matches what we have seen in production over {months} months.",
    "No concerns from our risk committee.",
  ],
};

/** Where an assessor found the evidence, by framework category. */
export const EVIDENCE_REFS: Record<string, string[]> = {
  commercial: [
    "Service definition v{version}, p. {page}",
    "Published price list, section {schedule}",
    "Head agreement, schedule {schedule}",
  ],
  legal: ["Contract clause {clause}", "Head agreement, schedule {schedule}", "Data processing addendum, clause {clause}"],
  data: ["Contract clause {clause}", "Service definition v{version}, p. {page}", "Data processing addendum, clause {clause}"],
  security: ["IRAP report {irapYear}, section {clause}", "{soc2} report, section {schedule}", "Security whitepaper v{version}, p. {page}"],
  service: ["Service definition v{version}, p. {page}", "Support policy, section {schedule}", "Status page history, 12 months"],
  technical: ["API reference v{version}", "Service definition v{version}, p. {page}", "Sustainability report, p. {page}"],
};

/** Fills `{name}` placeholders; null when a placeholder has no value for this product. */
export function fillTemplate(template: string, vars: Record<string, string | undefined>): string | null {
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? null : text;
}
