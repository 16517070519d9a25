/**
 * The assurance vocabulary (docs/domain.md): classifications, badge kinds and their levels, and
 * evidence levels. Schema columns, validators, the rules engine and the UI all read these lists,
 * so a value means one thing.
 */

/** PSPF classifications, lowest first. The order is meaningful: compare by index. */
export const CLASSIFICATIONS = ["UNOFFICIAL", "OFFICIAL", "OFFICIAL: Sensitive", "PROTECTED", "SECRET", "TOP SECRET"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export function classificationRank(c: Classification): number {
  return CLASSIFICATIONS.indexOf(c);
}

/** Levels an IRAP assessment can reach (TOP SECRET services are assessed by ASD, not IRAP). */
export const IRAP_LEVELS = ["OFFICIAL: Sensitive", "PROTECTED", "SECRET"] as const satisfies readonly Classification[];
export type IrapLevel = (typeof IRAP_LEVELS)[number];

export const BADGE_KINDS = ["irap", "hcf", "e8", "iso27001", "soc2", "csa_star", "pci_dss"] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export const BADGE_KIND_LABELS: Record<BadgeKind, string> = {
  irap: "IRAP assessment",
  hcf: "Hosting Certification Framework",
  e8: "Essential Eight",
  iso27001: "ISO/IEC 27001",
  soc2: "SOC 2 Type II",
  csa_star: "CSA STAR",
  pci_dss: "PCI DSS",
};

export const HCF_LEVELS = ["strategic", "assured", "uncertified"] as const;
export type HcfLevel = (typeof HCF_LEVELS)[number];
export const HCF_LABELS: Record<HcfLevel, string> = {
  strategic: "Certified Strategic",
  assured: "Certified Assured",
  uncertified: "Uncertified",
};

export const CSA_STAR_LEVELS = ["level1_caiq", "level2_attestation", "level2_certification"] as const;
export type CsaStarLevel = (typeof CSA_STAR_LEVELS)[number];
export const CSA_STAR_LABELS: Record<CsaStarLevel, string> = {
  level1_caiq: "Level 1 (CAIQ self-assessment)",
  level2_attestation: "Level 2 Attestation",
  level2_certification: "Level 2 Certification",
};

/** The eight mitigation strategies, in the order the ACSC lists them. */
export const E8_STRATEGIES = [
  "application_control",
  "patch_applications",
  "office_macros",
  "user_application_hardening",
  "restrict_admin_privileges",
  "patch_operating_systems",
  "mfa",
  "regular_backups",
] as const;
export type E8Strategy = (typeof E8_STRATEGIES)[number];
export const E8_STRATEGY_LABELS: Record<E8Strategy, string> = {
  application_control: "Application control",
  patch_applications: "Patch applications",
  office_macros: "Configure Microsoft Office macro settings",
  user_application_hardening: "User application hardening",
  restrict_admin_privileges: "Restrict administrative privileges",
  patch_operating_systems: "Patch operating systems",
  mfa: "Multi-factor authentication",
  regular_backups: "Regular backups",
};
export const E8_LEVELS = ["ML0", "ML1", "ML2", "ML3"] as const;
export type E8Level = (typeof E8_LEVELS)[number];

/** How far a buyer can trust a badge, weakest first. */
export const EVIDENCE_LEVELS = ["self_declared", "document", "third_party", "verified"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  self_declared: "Self-declared",
  document: "Evidence document supplied",
  third_party: "Third-party report",
  verified: "Verified by Cloud Exchange",
};
