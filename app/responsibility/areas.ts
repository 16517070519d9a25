/**
 * The control areas of the shared responsibility model and the three parties that can hold one.
 * Order follows the stack from the building upwards, then the people and the data, so a reader
 * scanning the matrix sees the split move from provider to agency as the layers rise.
 */
export const CONTROL_AREAS = [
  "physical",
  "network",
  "hypervisor",
  "os_patching",
  "app_patching",
  "identity_access",
  "mfa",
  "encryption_keys",
  "backup_recovery",
  "logging_monitoring",
  "incident_response",
  "vulnerability_management",
  "personnel_clearance",
  "data_location",
] as const;
export type ControlArea = (typeof CONTROL_AREAS)[number];

export const PARTIES = ["provider", "shared", "agency"] as const;
export type Party = (typeof PARTIES)[number];

export const PARTY_LABELS: Record<Party, string> = {
  provider: "Provider",
  shared: "Shared",
  agency: "Agency",
};

export interface ControlAreaInfo {
  label: string;
  /** What the agency must do when it holds the area alone or shares it: the checklist wording. */
  agencyDuty: string;
}

export const CONTROL_AREA_INFO: Record<ControlArea, ControlAreaInfo> = {
  physical: {
    label: "Physical and environmental security",
    agencyDuty: "Confirm the facilities' physical security and certification, and secure any equipment the agency places there.",
  },
  network: {
    label: "Network",
    agencyDuty: "Design network segmentation, firewall rules and private connections, and review them at least yearly.",
  },
  hypervisor: {
    label: "Hypervisor and hosts",
    agencyDuty: "Harden and patch the hosts the agency runs, or confirm the provider's host hardening evidence.",
  },
  os_patching: {
    label: "Operating system patching",
    agencyDuty: "Patch operating systems within the Essential Eight timeframes (48 hours for exploited critical vulnerabilities).",
  },
  app_patching: {
    label: "Application patching",
    agencyDuty: "Patch applications, runtimes and dependencies the agency installs, within the Essential Eight timeframes.",
  },
  identity_access: {
    label: "Identity and access",
    agencyDuty: "Grant access by role, review accounts quarterly, remove leavers promptly and restrict administrative privileges.",
  },
  mfa: {
    label: "Multi-factor authentication",
    agencyDuty: "Turn on and enforce phishing-resistant multi-factor authentication for every user and administrator.",
  },
  encryption_keys: {
    label: "Encryption and keys",
    agencyDuty:
      "Encrypt data in transit and at rest as the ISM requires, and create, rotate, back up and revoke the keys the agency holds.",
  },
  backup_recovery: {
    label: "Data backup and recovery",
    agencyDuty: "Set backup frequency and retention to meet records obligations, keep a copy the provider cannot alter, and test restores.",
  },
  logging_monitoring: {
    label: "Logging and monitoring",
    agencyDuty: "Collect the logs available to the agency, keep them for the required period, and watch them for security events.",
  },
  incident_response: {
    label: "Incident response",
    agencyDuty: "Agree notification times with the provider, keep an incident response plan, and report incidents to ASD's ACSC.",
  },
  vulnerability_management: {
    label: "Vulnerability management",
    agencyDuty: "Scan what the agency builds and runs, rank findings by risk and track them until fixed.",
  },
  personnel_clearance: {
    label: "Personnel clearance",
    agencyDuty: "Make sure agency staff and contractors with access hold the clearance the data's classification requires.",
  },
  data_location: {
    label: "Data location",
    agencyDuty: "Choose Australian regions where data must stay onshore, and check backups and support access keep it there.",
  },
};

export function isControlArea(value: string): value is ControlArea {
  return (CONTROL_AREAS as readonly string[]).includes(value);
}

export function isParty(value: string): value is Party {
  return (PARTIES as readonly string[]).includes(value);
}
