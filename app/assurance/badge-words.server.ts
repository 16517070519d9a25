/**
 * A badge with its words worked out, for a page that shows it. Loaders call this, so a page ships
 * the sentences rather than the vocabulary behind them (a module a loader alone imports still
 * reaches the browser unless it is a .server module).
 */
import type { BadgeView, BadgeWords, ShownBadge } from "./badge-view";
import { badgeSentence, badgeTitle, FEDRAMP_IMPACT_FOR } from "./labels";
import { E8_STRATEGIES, E8_STRATEGY_LABELS, EVIDENCE_LABELS, type EvidenceLevel } from "./vocabulary";

export function withWords(b: BadgeView): ShownBadge {
  const title = badgeTitle(b.kind, b.level, b.mapped);
  const words: BadgeWords = {
    title,
    shortTitle:
      b.kind === "irap" && b.mapped
        ? `FedRAMP ${FEDRAMP_IMPACT_FOR[b.level] ?? ""} (US)`.replace("  ", " ")
        : title.replace("Hosting Certification Framework", "HCF"),
    sentence: badgeSentence(b),
    evidence: EVIDENCE_LABELS[b.evidenceLevel as EvidenceLevel] ?? b.evidenceLevel,
    e8Strategies:
      b.kind === "e8" && b.e8Levels
        ? E8_STRATEGIES.map((s) => ({ strategy: E8_STRATEGY_LABELS[s], level: b.e8Levels?.[s] ?? null }))
        : null,
  };
  return { ...b, words };
}
