import { levelLabel } from "./labels";

/** A badge's level for a table cell. ISO 27001, SOC 2 and PCI DSS have no levels: holding one is the fact. */
export function badgeLevelText(kind: string, level: string): string {
  return kind === "iso27001" || kind === "soc2" || kind === "pci_dss" ? "Held" : levelLabel(kind, level);
}
