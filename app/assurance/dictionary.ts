/**
 * The data dictionary behind /badges: what each assurance means, its levels, its currency rule and
 * where the rule comes from (docs/domain.md). Text only; the rules themselves are in currency.ts.
 */
import type { BadgeKind } from "./vocabulary";

export interface BadgeDefinition {
  kind: BadgeKind;
  name: string;
  owner: string;
  what: string;
  levels: string;
  currency: string;
  source: { title: string; url: string };
}

export const BADGE_DEFINITIONS: BadgeDefinition[] = [
  {
    kind: "irap",
    name: "IRAP assessment",
    owner: "Australian Signals Directorate (ASD)",
    what: 'An independent assessment, by an ASD-endorsed IRAP assessor, of how a service implements the Information Security Manual (ISM). We record the highest level assessed, the date, the assessor firm, the ISM release used and the services in scope. We say "IRAP-assessed to PROTECTED", never "ASD certified": ASD ended its certified cloud services list on 27 July 2020.',
    levels: "OFFICIAL: Sensitive, PROTECTED or SECRET. TOP SECRET services are assessed by ASD itself, not through IRAP.",
    currency: 'Reassess at least every 24 months (ISM control 1570). Due within 90 days of that; "reassessment overdue" after it.',
    source: { title: "ASD: Information Security Registered Assessors Program", url: "https://www.cyber.gov.au/irap" },
  },
  {
    kind: "hcf",
    name: "Hosting Certification Framework (HCF)",
    owner: "Department of Home Affairs (from the Digital Transformation Agency on 1 May 2023)",
    what: "Certifies hosting providers for ownership, control and supply-chain protections over government data.",
    levels:
      "Certified Strategic (government can specify ownership and control conditions), Certified Assured (ownership changes guarded through financial penalties or incentives), or Uncertified (only for non-sensitive data or where a risk assessment allows).",
    currency: "The framework sets no fixed expiry; the certificate date is shown.",
    source: { title: "Hosting Certification Framework", url: "https://www.hostingcertification.gov.au/framework" },
  },
  {
    kind: "e8",
    name: "Essential Eight",
    owner: "Australian Signals Directorate (ASD)",
    what: "Maturity against the eight mitigation strategies: application control, patch applications, configure Microsoft Office macro settings, user application hardening, restrict administrative privileges, patch operating systems, multi-factor authentication and regular backups.",
    levels:
      "Maturity Level 0 to 3 for each strategy. The overall level is the lowest of the eight, and the breakdown is shown. We record whether it was self-assessed or assessed by a third party, and when.",
    currency: "The model sets no expiry; the assessment date and assessor are shown.",
    source: {
      title: "ASD: Essential Eight Maturity Model",
      url: "https://www.cyber.gov.au/resources-business-and-government/essential-cyber-security/essential-eight/essential-eight-maturity-model",
    },
  },
  {
    kind: "iso27001",
    name: "ISO/IEC 27001",
    owner: "International Organization for Standardization; certified by accredited certification bodies",
    what: "Certification of an information security management system, with the certification body, issue and expiry dates and scope recorded.",
    levels: "Certified (scope stated).",
    currency:
      "Three-year certificate cycle with surveillance audits: lapses at the certificate's expiry date (or three years after issue).",
    source: { title: "ISO/IEC 27001", url: "https://www.iso.org/standard/27001" },
  },
  {
    kind: "soc2",
    name: "SOC 2 Type II",
    owner: "American Institute of CPAs (AICPA); reports by independent auditors",
    what: "An auditor's report on how controls operated over a period. We record the auditor and the end of the report period.",
    levels: "Type II report.",
    currency: "Stale 12 months after the report period ends.",
    source: { title: "AICPA: SOC 2", url: "https://www.aicpa-cima.com/topic/audit-assurance/audit-and-assurance-greater-than-soc-2" },
  },
  {
    kind: "csa_star",
    name: "CSA STAR",
    owner: "Cloud Security Alliance",
    what: "Security, Trust, Assurance and Risk registry entries for cloud services.",
    levels:
      "Level 1 (self-assessment with the CAIQ questionnaire); Level 2 Attestation (SOC 2 plus the Cloud Controls Matrix); Level 2 Certification (ISO/IEC 27001 plus the Cloud Controls Matrix).",
    currency:
      "A Level 1 CAIQ is deprecated after 1 year and hidden after 3; STAR Attestation renews every 12 months; STAR Certification follows the three-year ISO cycle.",
    source: { title: "CSA STAR Registry", url: "https://cloudsecurityalliance.org/star" },
  },
  {
    kind: "pci_dss",
    name: "PCI DSS",
    owner: "PCI Security Standards Council",
    what: "Attestation of compliance with the Payment Card Industry Data Security Standard, by a Qualified Security Assessor (QSA).",
    levels: "Attestation of compliance.",
    currency: "Annual: lapses 12 months after the attestation date.",
    source: { title: "PCI Security Standards Council", url: "https://www.pcisecuritystandards.org/" },
  },
];
