/**
 * A badge as pages and open data show it: its own fields, the assessor's name, and its currency
 * worked out for today. Written out so that components never import the server module that reads
 * it (badge-columns.server.ts); narrower views pick from it.
 */
import type { Currency } from "./currency";

export interface BadgeView {
  id: number;
  kind: string;
  level: string;
  assessedOn: string | null;
  expiresOn: string | null;
  periodEnd: string | null;
  assessorName: string | null;
  scope: string;
  ismRelease: string | null;
  e8Levels: Record<string, number> | null;
  evidenceLevel: string;
  evidenceRef: string | null;
  mapped: boolean;
  currency: Currency;
}

/** How a badge reads, worked out by the server (labels.ts withWords). */
export interface BadgeWords {
  /** "IRAP PROTECTED", or "FedRAMP High authorisation, shown as PROTECTED-equivalent" for a mapped one. */
  title: string;
  /** The title short enough for the timeline's labels. */
  shortTitle: string;
  sentence: string;
  evidence: string;
  /** Essential Eight only: the maturity level of each strategy, in the ASD's order. */
  e8Strategies: { strategy: string; level: number | null }[] | null;
}

export type ShownBadge = BadgeView & { words: BadgeWords };
