/**
 * Other agencies' reliance on sample assessments: about 25, six of them on the showcase product
 * so that it reads "assessed by 3 agencies, relied on by 6". An agency relies only on current
 * published assessments of products it did not assess itself, at most once per product.
 */
import { addDays, daysBetween, type IsoDate } from "~/platform/dates";
import { RELIANCE_NOTES, RESCORABLE, RESCORE_REASONS } from "./assessment-plan";
import type { Random } from "./random";

export interface SeededAssessment {
  id: number;
  productId: number;
  agencyId: number;
  publishedAt: string;
  stale: boolean;
  showcase: boolean;
  scores: { qualityKey: string; score: number }[];
}

export interface NewReliance {
  assessmentId: number;
  agencyId: number;
  userId: number;
  notes: string;
  rescores: Record<string, { score: number; justification: string }>;
  createdAt: string;
}

const SHOWCASE_RELIANCES = 6;
const OTHER_ASSESSMENTS = 13;
const DOUBLED = 6;

export function buildReliances(
  rng: Random,
  opts: { seeded: SeededAssessment[]; assessors: { userId: number; agencyId: number }[]; today: IsoDate },
): NewReliance[] {
  const current = opts.seeded.filter((a) => !a.stale);
  const authorsOf = (productId: number) => new Set(opts.seeded.filter((a) => a.productId === productId).map((a) => a.agencyId));
  const relied = new Map<number, Set<number>>();
  const out: NewReliance[] = [];

  const rely = (a: SeededAssessment) => {
    const taken = relied.get(a.productId) ?? new Set<number>();
    const authors = authorsOf(a.productId);
    const candidates = opts.assessors.filter((x) => !authors.has(x.agencyId) && !taken.has(x.agencyId));
    if (candidates.length === 0) return;
    const who = rng.pick(candidates);
    relied.set(a.productId, taken.add(who.agencyId));
    const since = Math.max(1, daysBetween(a.publishedAt.slice(0, 10), opts.today));
    const rescores: NewReliance["rescores"] = {};
    if (rng.chance(0.35)) {
      for (const s of rng.sample(
        a.scores.filter((x) => RESCORABLE.includes(x.qualityKey)),
        rng.int(1, 3),
      )) {
        const lower = s.score > 1 && (s.score === 5 || rng.chance(0.7));
        rescores[s.qualityKey] = {
          score: s.score + (lower ? -1 : 1),
          justification: rng.pick(RESCORE_REASONS[lower ? "lower" : "higher"]),
        };
      }
    }
    out.push({
      assessmentId: a.id,
      agencyId: who.agencyId,
      userId: who.userId,
      notes: rng.chance(0.6) ? rng.pick(RELIANCE_NOTES) : "",
      rescores,
      createdAt: `${addDays(a.publishedAt.slice(0, 10), rng.int(1, since))}T0${rng.int(0, 6)}:${rng.int(10, 59)}:00.000Z`,
    });
  };

  const showcase = current.filter((a) => a.showcase);
  for (let i = 0; i < SHOWCASE_RELIANCES && showcase.length > 0; i++) rely(showcase[i % showcase.length]);
  rng
    .sample(
      current.filter((a) => !a.showcase),
      OTHER_ASSESSMENTS,
    )
    .forEach((a, i) => {
      rely(a);
      if (i < DOUBLED) rely(a);
    });
  return out;
}
