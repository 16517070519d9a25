/** How badges read to a person. Wording follows docs/domain.md: never "ASD certified". */
import { formatDate } from "~/platform/dates";
import { BADGE_KIND_LABELS, CSA_STAR_LABELS, HCF_LABELS, type BadgeKind, type CsaStarLevel, type HcfLevel } from "./vocabulary";

export function levelLabel(kind: string, level: string): string {
  switch (kind) {
    case "hcf":
      return HCF_LABELS[level as HcfLevel] ?? level;
    case "csa_star":
      return CSA_STAR_LABELS[level as CsaStarLevel] ?? level;
    case "e8":
      return `Maturity Level ${level.replace(/^ML/, "")}`;
    // One level each: the stored code ("type2") is never shown.
    case "iso27001":
      return level === "certified" ? "Certified" : level;
    case "soc2":
      return level === "type2" ? "Type II" : level;
    default:
      return level;
  }
}

/**
 * A FedRAMP authorisation imported into the catalogue carries the Australian classification its
 * impact level stands for (docs/domain.md); these are the US levels behind each one.
 */
export const FEDRAMP_IMPACT_FOR: Partial<Record<string, string>> = {
  "OFFICIAL: Sensitive": "Moderate",
  PROTECTED: "High",
};

/** "FedRAMP High authorisation, shown as PROTECTED-equivalent": never worded as an IRAP assessment. */
export function mappedIrapTitle(level: string): string {
  return `FedRAMP ${FEDRAMP_IMPACT_FOR[level] ?? ""} authorisation, shown as ${level}-equivalent`.replace("FedRAMP  ", "FedRAMP ");
}

/** A sentence ends once: an assessor called "Example, Inc." does not get a second full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function badgeTitle(kind: string, level: string, mapped = false): string {
  if (kind === "irap" && mapped) return mappedIrapTitle(level);
  const name = BADGE_KIND_LABELS[kind as BadgeKind] ?? kind;
  if (kind === "iso27001" || kind === "soc2" || kind === "pci_dss") return name;
  return `${name}: ${levelLabel(kind, level)}`;
}

/** One sentence stating what was assessed, when and by whom. */
export function badgeSentence(b: {
  kind: string;
  level: string;
  assessedOn: string | null;
  periodEnd: string | null;
  assessorName: string | null;
  mapped?: boolean;
}): string {
  return sentence(badgeWords(b));
}

function badgeWords(b: {
  kind: string;
  level: string;
  assessedOn: string | null;
  periodEnd: string | null;
  assessorName: string | null;
  mapped?: boolean;
}): string {
  const by = b.assessorName ? ` by ${b.assessorName}` : "";
  const on = b.assessedOn ? ` on ${formatDate(b.assessedOn)}` : "";
  switch (b.kind) {
    case "irap":
      if (b.mapped) {
        const assessor = b.assessorName ? `, assessed by ${b.assessorName} (a FedRAMP assessor, not an IRAP assessor)` : "";
        return `${mappedIrapTitle(b.level)}: a US authorisation${on}${assessor}, not an IRAP assessment`;
      }
      return `IRAP-assessed to ${b.level}${on}${by}`;
    case "hcf":
      return `${levelLabel("hcf", b.level)} under the Hosting Certification Framework${on ? `, certificate dated${on.replace(" on", "")}` : ""}`;
    case "e8":
      return `Essential Eight ${levelLabel("e8", b.level)} overall (the lowest of the eight strategies), assessed${on}${by}`;
    case "iso27001":
      return `ISO/IEC 27001 certificate issued${on}${by}`;
    case "soc2":
      return `SOC 2 Type II report${b.periodEnd ? ` for the period ending ${formatDate(b.periodEnd)}` : ""}${by}`;
    case "csa_star":
      return `CSA STAR ${levelLabel("csa_star", b.level)}${on}${by}`;
    case "pci_dss":
      return `PCI DSS attestation of compliance${on}${by}`;
    default:
      return `${badgeTitle(b.kind, b.level)}${on}${by}`;
  }
}
