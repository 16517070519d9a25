/**
 * Phrase pools for sample reviews. Sentences are picked by rating band so a 2-star review reads
 * like a 2-star review; all of it is invented, like the agencies and providers it talks about.
 */
export const REVIEWERS = [
  { local: "alex.nguyen", name: "Alex Nguyen", showName: true },
  { local: "priya.sharma", name: "Priya Sharma", showName: false },
  { local: "tom.oconnell", name: "Tom O'Connell", showName: true },
  { local: "mei.lin", name: "Mei Lin", showName: false },
  { local: "jack.wilson", name: "Jack Wilson", showName: false },
  { local: "sarah.kaur", name: "Sarah Kaur", showName: true },
  { local: "daniel.roberts", name: "Daniel Roberts", showName: false },
  { local: "aroha.walker", name: "Aroha Walker", showName: true },
  { local: "liam.tran", name: "Liam Tran", showName: false },
  { local: "grace.mitchell", name: "Grace Mitchell", showName: false },
  { local: "noah.papadopoulos", name: "Noah Papadopoulos", showName: true },
  { local: "olivia.brennan", name: "Olivia Brennan", showName: false },
] as const;

export const REVIEWER_DOMAIN = "reviewers.sample.gov.au";

export const TITLES: Record<"high" | "mid" | "low", string[]> = {
  high: [
    "Dependable and well documented",
    "Made our IRAP paperwork much easier",
    "Good partner for a small team",
    "Solid platform, responsive support",
    "Does what it says, onshore",
    "Smooth migration from our old system",
  ],
  mid: [
    "Capable, with some rough edges",
    "Fine for OFFICIAL workloads",
    "Good product, support is uneven",
    "Works well once configured",
    "Reasonable value, steep learning curve",
  ],
  low: [
    "Struggled with onboarding",
    "Costs grew faster than expected",
    "Exit was harder than promised",
    "Not ready for our security requirements",
  ],
};

export const PROS: Record<"high" | "mid" | "low", string[]> = {
  high: [
    "The IRAP report and the shared responsibility matrix were ready when our assessor asked for them.",
    "Support engineers are based in Australia and answer within the hour for priority tickets.",
    "Provisioning is fully automated through the API, so our pipelines treat it like any other resource.",
    "Data stays in Sydney and Canberra regions, which settled the sovereignty question for our executive.",
    "Pricing is published and predictable; we have not had a billing surprise in the past year.",
    "The onboarding team ran three workshops and gave us a landing zone that passed our internal review.",
    "Audit logs export cleanly to our SIEM with no custom work.",
  ],
  mid: [
    "Core features are mature and the service has been stable for us.",
    "Documentation covers most scenarios, and the community forum fills the gaps.",
    "Single sign-on with our identity provider worked on the first attempt.",
    "The account manager knows the government procurement rules well.",
    "Backups and restores have worked every time we tested them.",
  ],
  low: [
    "The underlying platform is reliable when it is running.",
    "Its feature list is broad on paper.",
    "The sales team was responsive during procurement.",
  ],
};

export const CONS: Record<"high" | "mid" | "low", string[]> = {
  high: [
    "Some advanced settings are only available through the API, not the console.",
    "Release notes can be terse, so changes occasionally surprise our change board.",
    "Reporting dashboards are basic; we export to our own tools for anything detailed.",
    "Weekend support is slower than weekday support.",
  ],
  mid: [
    "Support quality depends heavily on which engineer picks up the ticket.",
    "The licence model changed at renewal and took effort to understand.",
    "Onboarding documentation assumes more cloud experience than our team had.",
    "Exporting our data in an open format needed a paid professional services engagement.",
    "Role-based access control is coarse; we wanted finer-grained permissions.",
  ],
  low: [
    "Onboarding took four months longer than planned and needed two escalations.",
    "Monthly costs were roughly double the estimate once logging and egress were included.",
    "Getting our data out at the end of the pilot required manual work from their team over several weeks.",
    "Security questions from our IRAP assessor went unanswered for weeks.",
    "Outages were communicated late and without a root cause analysis.",
  ],
};

export const USE_CASES = [
  "Hosting the public website and content management system for our agency.",
  "Case management for a regulatory compliance team of about 200 staff.",
  "Data analytics platform for program evaluation, with de-identified data.",
  "Document collaboration and records management across three states.",
  "Disaster recovery site for on-premises line-of-business systems.",
  "Grants administration portal used by applicants and assessors.",
  "Secure file transfer with partner agencies and contractors.",
  "Development and test environments for our digital delivery teams.",
  "Contact centre platform for a public-facing hotline.",
  "Identity and access management for staff and contractors.",
];

export const CONFLICTS = [
  "I worked for a reseller of this provider five years ago.",
  "Our agency is in a joint pilot with the provider, at no cost to us.",
];

export const REPLIES = [
  "Thank you for this feedback. We have since added two onboarding specialists in Canberra and now offer a fixed-timeline onboarding plan for agencies. We would welcome the chance to walk your team through it.",
  "We are sorry about the cost surprises. Since this review we have published a cost estimator that includes logging and egress, and your account manager can review your current usage with you.",
];
