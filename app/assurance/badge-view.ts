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
