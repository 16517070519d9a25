/**
 * The Essential Eight overall maturity is the lowest of the eight strategies (ASD's Essential Eight
 * Maturity Model). It is worked out here wherever a badge with per-strategy levels is saved, so a
 * stored overall level can never claim more than its weakest strategy.
 */
import { E8_STRATEGIES, E8_STRATEGY_LABELS, type E8Level, type E8Strategy } from "./vocabulary";

/** "ML1" for levels whose lowest strategy is at 1; null while any strategy is missing or out of range. */
export function e8Overall(levels: Partial<Record<string, number>> | null | undefined): E8Level | null {
  if (!levels) return null;
  const values = E8_STRATEGIES.map((s) => levels[s]);
  if (values.some((v) => typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 3)) return null;
  return `ML${Math.min(...(values as number[]))}` as E8Level;
}

/** The strategies at the lowest level, named, e.g. ["Multi-factor authentication"]: why the overall level is what it is. */
export function e8Weakest(levels: Partial<Record<string, number>>): string[] {
  const overall = e8Overall(levels);
  if (!overall) return [];
  const lowest = Number(overall.slice(2));
  return E8_STRATEGIES.filter((s: E8Strategy) => levels[s] === lowest).map((s) => E8_STRATEGY_LABELS[s]);
}
