/**
 * Sample assessments under the common assessment framework: 46 assessments of 28 sample products
 * by 17 agencies (mostly published, a few waiting for moderation, two drafts, one rejected),
 * their quality scores with justifications, and other agencies' reliance on them. The authors are
 * the sample reviewers plus a few more agency staff, and the demo staff account (two published
 * assessments and a draft). The demo staff's agency never relies on anything, so the demo can.
 *
 * Idempotent: writes only while the assessments table is empty; staff accounts are found by
 * e-mail. Deterministic: a seeded PRNG over a fixed plan; only dates move with `today`.
 */
import { count, eq, inArray } from "drizzle-orm";
import { addDays, daysBetween, type IsoDate } from "~/platform/dates";
import { DEPLOYMENT_SIZES } from "~/reviews/vocabulary";
import type { Db } from "~db/client.server";
import * as s from "~db/schema";
import { buildReliances, type SeededAssessment } from "./sample/assessment-reliances";
import { SAMPLE_AGENCY_NAMES } from "./sample/agencies";
import * as plan from "./sample/assessment-plan";
import { classificationFor, scoresFor, type ProductFacts } from "./sample/assessment-scores";
import { createRandom, type Random } from "./sample/random";
import { REVIEWER_DOMAIN, REVIEWERS } from "./sample/review-text";

/** Older than 24 months ("dated"), within the last 36. */
const DATED_AGES = { min: 745, max: 1075 };

export interface Assessor {
  userId: number;
  agencyId: number;
}

/** The reviewers (as seed/reviews.ts made them), the extra assessors, and the demo staff account. */
function ensureAssessors(db: Db): { assessors: Assessor[]; demo: Assessor | null } {
  const agencyId = new Map(
    db
      .select({ id: s.agencies.id, name: s.agencies.name })
      .from(s.agencies)
      .where(inArray(s.agencies.name, SAMPLE_AGENCY_NAMES))
      .all()
      .map((a) => [a.name, a.id]),
  );
  const find = (email: string) =>
    db.select({ id: s.users.id, agencyId: s.users.agencyId }).from(s.users).where(eq(s.users.email, email)).get();
  const assessors: Assessor[] = [];
  for (const r of REVIEWERS) {
    const user = find(`${r.local}@${REVIEWER_DOMAIN}`);
    if (user?.agencyId) assessors.push({ userId: user.id, agencyId: user.agencyId });
  }
  for (const x of plan.EXTRA_ASSESSORS) {
    const agency = agencyId.get(x.agency);
    if (agency === undefined) continue;
    const email = `${x.local}@${plan.ASSESSOR_DOMAIN}`;
    const existing = find(email);
    if (existing && existing.agencyId === null) db.update(s.users).set({ agencyId: agency }).where(eq(s.users.id, existing.id)).run();
    // Not a scrypt hash, as for the sample reviewers: verifyPassword can never accept it, so nobody signs in.
    const userId =
      existing?.id ??
      db
        .insert(s.users)
        .values({
          email,
          displayName: x.name,
          passwordHash: "!sample-reviewer-no-password",
          agencyId: agency,
          emailVerifiedAt: "2024-01-01T00:00:00.000Z",
        })
        .returning({ id: s.users.id })
        .get().id;
    assessors.push({ userId, agencyId: agency });
  }
  const demoUser = find(plan.DEMO_STAFF_EMAIL);
  return { assessors, demo: demoUser?.agencyId ? { userId: demoUser.id, agencyId: demoUser.agencyId } : null };
}

function productFacts(db: Db, slugs: string[]): Map<string, ProductFacts & { id: number }> {
  const rows = db
    .select({
      id: s.products.id,
      slug: s.products.slug,
      name: s.products.name,
      serviceModel: s.products.serviceModel,
      deploymentModel: s.products.deploymentModel,
      provider: s.providers.name,
      headquarters: s.providers.headquarters,
      australianOwned: s.providers.australianOwned,
      sme: s.providers.sme,
      dataLocation: s.providers.dataLocation,
      dataCentres: s.providers.dataCentres,
      supportStaffLocation: s.providers.supportStaffLocation,
      staffClearance: s.providers.staffClearance,
      soc: s.providers.securityOperationsCentre,
      environments: s.providers.environments,
    })
    .from(s.products)
    .innerJoin(s.providers, eq(s.providers.id, s.products.providerId))
    .where(inArray(s.products.slug, slugs))
    .all();
  const badges = db
    .select({
      productId: s.badges.productId,
      kind: s.badges.kind,
      level: s.badges.level,
      assessedOn: s.badges.assessedOn,
      ismRelease: s.badges.ismRelease,
    })
    .from(s.badges)
    .where(inArray(s.badges.productId, rows.length ? rows.map((r) => r.id) : [-1]))
    .all();
  return new Map(
    rows.map((r) => [r.slug, { ...r, headquarters: r.headquarters ?? "", badges: badges.filter((b) => b.productId === r.id) }]),
  );
}

const at = (rng: Random, day: IsoDate) => `${day}T0${rng.int(0, 6)}:${rng.int(10, 59)}:00.000Z`;

export function seedAssessments(db: Db, today: IsoDate): void {
  if ((db.select({ n: count() }).from(s.assessments).get()?.n ?? 0) > 0) return;
  const framework = db
    .select({ id: s.assessmentFrameworkVersions.id, effectiveFrom: s.assessmentFrameworkVersions.effectiveFrom })
    .from(s.assessmentFrameworkVersions)
    .where(eq(s.assessmentFrameworkVersions.version, 1))
    .get();
  const admin = db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "admin@example.com")).get();
  const { assessors, demo } = ensureAssessors(db);
  const facts = productFacts(
    db,
    plan.ASSESSMENT_PLAN.map((p) => p.slug),
  );
  if (!framework || !demo || assessors.length < 3 || facts.size === 0) return;

  const rng = createRandom(20260617);
  const others = assessors.filter((a) => a.agencyId !== demo.agencyId);
  const demoSlugs: readonly string[] = [...plan.DEMO_STAFF_ASSESSMENTS.published, plan.DEMO_STAFF_ASSESSMENTS.draft];
  const drafts = plan.ASSESSMENT_PLAN.flatMap((p) => p.useCases.map((useCase, slot) => ({ slug: p.slug, useCase, slot })))
    .filter((p) => facts.has(p.slug))
    .map((p) => ({ ...p, demo: demoSlugs.includes(p.slug) && p.slot === 0 }));
  const authorsBySlug = new Map(
    plan.ASSESSMENT_PLAN.map((p) => {
      const keepOut = demoSlugs.includes(p.slug) || p.slug === plan.SHOWCASE_PRODUCT;
      return [p.slug, rng.sample(keepOut ? others : assessors, p.useCases.length)];
    }),
  );

  const open = drafts.map((d, i) => ({ d, i })).filter(({ d }) => !d.demo && d.slug !== plan.SHOWCASE_PRODUCT);
  const [rejected, draft, ...pending] = rng.sample(open, 6).map((o) => o.i);
  const status = (i: number) =>
    drafts[i].demo && drafts[i].slug === plan.DEMO_STAFF_ASSESSMENTS.draft
      ? "draft"
      : i === rejected
        ? "rejected"
        : i === draft
          ? "draft"
          : pending.includes(i)
            ? "pending"
            : "published";
  const publishedOthers = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d, i }) => !d.demo && status(i) === "published" && d.slug !== plan.SHOWCASE_PRODUCT);
  const dated = new Set([
    drafts.findIndex((d) => d.slug === plan.SHOWCASE_PRODUCT),
    ...rng.sample(publishedOthers, Math.round(drafts.length * 0.15) - 1).map((o) => o.i),
  ]);

  // Nobody can have assessed under version 1 before it took effect (allowing three weeks to draft),
  // so ages stop there. A seed day less than two years after it leaves no room for a dated
  // assessment; the demo needs some, so those then start before it.
  const sinceFramework = daysBetween(addDays(framework.effectiveFrom, 21), today);

  db.transaction((tx) => {
    const seeded: SeededAssessment[] = [];
    drafts.forEach((d, i) => {
      const f = facts.get(d.slug)!;
      const author = d.demo ? demo : authorsBySlug.get(d.slug)![d.slot - (demoSlugs.includes(d.slug) ? 1 : 0)];
      const st = status(i);
      const age =
        st === "pending"
          ? rng.int(4, 20)
          : st === "rejected"
            ? rng.int(30, 90)
            : st === "draft"
              ? 0
              : dated.has(i)
                ? rng.int(DATED_AGES.min, Math.max(DATED_AGES.min, Math.min(DATED_AGES.max, sinceFramework)))
                : rng.int(15, Math.max(15, Math.min(700, sinceFramework)));
      const assessedOn = st === "draft" ? null : addDays(today, -age);
      const createdAt = at(rng, addDays(today, -(age + rng.int(3, 20))));
      const submittedAt = assessedOn ? at(rng, addDays(assessedOn, rng.int(0, 2))) : null;
      const moderatedDay = submittedAt && st !== "pending" ? addDays(submittedAt.slice(0, 10), rng.int(1, 4)) : null;
      const moderatedAt = moderatedDay ? at(rng, daysBetween(moderatedDay, today) < 0 ? today : moderatedDay) : null;
      const row = tx
        .insert(s.assessments)
        .values({
          productId: f.id,
          userId: author.userId,
          agencyId: author.agencyId,
          frameworkVersionId: framework.id,
          status: st,
          dataClassification: classificationFor(rng, f, d.useCase),
          deploymentSize: rng.pick(DEPLOYMENT_SIZES),
          useCase: d.useCase,
          assessedOn,
          rejectionReason: st === "rejected" ? plan.REJECTION_REASON : null,
          submittedAt,
          moderatedBy: moderatedAt ? (admin?.id ?? null) : null,
          moderatedAt,
          publishedAt: st === "published" ? moderatedAt : null,
          createdAt,
          updatedAt: moderatedAt ?? submittedAt ?? createdAt,
        })
        .returning({ id: s.assessments.id })
        .get();
      const scores = scoresFor(rng, f, assessedOn ?? today, st === "draft");
      tx.insert(s.assessmentScores)
        .values(scores.map((sc) => ({ assessmentId: row.id, ...sc })))
        .run();
      if (st === "published")
        seeded.push({
          id: row.id,
          productId: f.id,
          agencyId: author.agencyId,
          publishedAt: moderatedAt!,
          stale: dated.has(i),
          showcase: d.slug === plan.SHOWCASE_PRODUCT,
          scores,
        });
    });
    for (const r of buildReliances(rng, { seeded, assessors: others, today })) tx.insert(s.assessmentReliances).values(r).run();
  });
}
