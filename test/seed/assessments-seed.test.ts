import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUserById } from "~/accounts/user.server";
import { aggregate, isStale } from "~/assessments/aggregate";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";
import { JUSTIFICATION } from "~/assessments/vocabulary";
import { DEPLOYMENT_SIZES } from "~/reviews/vocabulary";
import { db } from "~db/client.server";
import * as s from "~db/schema";
import { seedDatabase } from "../../seed/seed";
import { DEMO_STAFF_EMAIL, SHOWCASE_PRODUCT } from "../../seed/sample/assessment-plan";

const TODAY = "2026-11-23";
const QUALITY_KEYS = new Set(FRAMEWORK_V1.qualities.map((q) => q.key));

const counts = () => ({
  versions: db().select({ n: count() }).from(s.assessmentFrameworkVersions).get()?.n,
  assessments: db().select({ n: count() }).from(s.assessments).get()?.n,
  scores: db().select({ n: count() }).from(s.assessmentScores).get()?.n,
  reliances: db().select({ n: count() }).from(s.assessmentReliances).get()?.n,
  users: db().select({ n: count() }).from(s.users).get()?.n,
});

const allAssessments = () => db().select().from(s.assessments).all();

describe("sample assessments seeder", () => {
  beforeAll(async () => {
    await seedDatabase({ db: db(), today: TODAY });
  });

  it("publishes framework version 1 with all 31 qualities", () => {
    const versions = db().select().from(s.assessmentFrameworkVersions).all();
    expect(versions.map((v) => [v.version, v.effectiveFrom])).toEqual([[1, "2024-07-01"]]);
    expect(versions[0].document).toEqual(FRAMEWORK_V1);
    expect(FRAMEWORK_V1.qualities).toHaveLength(31);
  });

  it("spreads assessments over 20+ products by 8+ agencies, in every status", () => {
    const rows = allAssessments();
    expect(rows.length).toBeGreaterThanOrEqual(44);
    expect(new Set(rows.map((a) => a.productId)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((a) => a.agencyId)).size).toBeGreaterThanOrEqual(8);
    const byStatus = (st: string) => rows.filter((a) => a.status === st).length;
    expect(byStatus("draft")).toBe(2);
    expect(byStatus("rejected")).toBe(1);
    expect(byStatus("pending")).toBeGreaterThanOrEqual(2);
    expect(byStatus("published")).toBeGreaterThan(rows.length * 0.75);
    const version1 = db().select({ id: s.assessmentFrameworkVersions.id }).from(s.assessmentFrameworkVersions).get()!.id;
    for (const a of rows) {
      expect(a.frameworkVersionId).toBe(version1);
      expect(DEPLOYMENT_SIZES).toContain(a.deploymentSize);
      expect(["OFFICIAL", "OFFICIAL: Sensitive", "PROTECTED"]).toContain(a.dataClassification);
      expect(a.useCase.length).toBeGreaterThan(20);
      expect(getCurrentUserById(a.userId)?.roles).toContain("agency_staff");
    }
  });

  it("keeps each status's dates and moderation fields consistent", () => {
    const admin = db().select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "admin@example.com")).get()!;
    for (const a of allAssessments()) {
      if (a.status === "draft") expect([a.submittedAt, a.moderatedAt, a.publishedAt]).toEqual([null, null, null]);
      if (a.status === "pending") expect([a.submittedAt !== null, a.moderatedAt, a.publishedAt]).toEqual([true, null, null]);
      if (a.status === "rejected") expect([a.rejectionReason !== null, a.moderatedBy, a.publishedAt]).toEqual([true, admin.id, null]);
      if (a.status === "published") {
        expect(a.moderatedBy).toBe(admin.id);
        expect(a.assessedOn! <= a.submittedAt!.slice(0, 10)).toBe(true);
        expect(a.submittedAt! <= a.publishedAt!).toBe(true);
        expect(a.publishedAt!.slice(0, 10) <= TODAY).toBe(true);
      }
    }
  });

  it("scores privacy on every published assessment, 1 to 5, each with a justification", () => {
    const scores = db().select().from(s.assessmentScores).all();
    for (const sc of scores) {
      expect(QUALITY_KEYS.has(sc.qualityKey), sc.qualityKey).toBe(true);
      expect(sc.score >= 1 && sc.score <= 5).toBe(true);
      expect(sc.justification.length).toBeGreaterThanOrEqual(JUSTIFICATION.min);
      expect(sc.justification.length).toBeLessThanOrEqual(300);
      expect(sc.justification).not.toMatch(/undefined|\{\w+\}/);
    }
    for (const a of allAssessments().filter((x) => x.status === "published")) {
      const mine = scores.filter((sc) => sc.assessmentId === a.id);
      expect(mine.map((sc) => sc.qualityKey)).toContain("privacy_principles");
      expect(mine.length).toBeGreaterThanOrEqual(27);
    }
    const withEvidence = scores.filter((sc) => sc.evidenceRef).length / scores.length;
    expect(withEvidence > 0.2 && withEvidence < 0.4).toBe(true);
  });

  it("includes assessments older than 24 months, none before the framework and none in the future", () => {
    const published = allAssessments().filter((a) => a.status === "published");
    const stale = published.filter((a) => isStale(a.assessedOn!, TODAY));
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeLessThan(published.length * 0.3);
    // Within the last 36 months, and never before framework version 1 took effect.
    for (const a of published) expect(a.assessedOn! >= "2024-07-01" && a.assessedOn! <= TODAY).toBe(true);
  });

  it("gives the demo staff account two published assessments and a draft", () => {
    const staff = db().select({ id: s.users.id }).from(s.users).where(eq(s.users.email, DEMO_STAFF_EMAIL)).get()!;
    const mine = allAssessments().filter((a) => a.userId === staff.id);
    expect(mine.map((a) => a.status).sort()).toEqual(["draft", "published", "published"]);
  });

  it("records reliance by other agencies only, and shows one product assessed by 3 and relied on by 5+", () => {
    const rows = allAssessments();
    const reliances = db().select().from(s.assessmentReliances).all();
    expect(reliances.length).toBeGreaterThanOrEqual(20);
    expect(reliances.some((r) => r.notes !== "")).toBe(true);
    expect(reliances.some((r) => Object.keys(r.rescores).length > 0)).toBe(true);
    for (const r of reliances) {
      const a = rows.find((x) => x.id === r.assessmentId)!;
      expect(a.status).toBe("published");
      expect(r.agencyId).not.toBe(a.agencyId);
      expect(Object.keys(r.rescores).length).toBeLessThanOrEqual(3);
      for (const [key, re] of Object.entries(r.rescores)) {
        expect(QUALITY_KEYS.has(key)).toBe(true);
        expect(re.score >= 1 && re.score <= 5 && re.justification.length >= JUSTIFICATION.min).toBe(true);
      }
    }

    const product = db().select({ id: s.products.id }).from(s.products).where(eq(s.products.slug, SHOWCASE_PRODUCT)).get()!;
    const scores = db().select().from(s.assessmentScores).all();
    const published = rows
      .filter((a) => a.productId === product.id && a.status === "published")
      .map((a) => ({
        id: a.id,
        agencyId: a.agencyId,
        assessedOn: a.assessedOn!,
        frameworkVersion: 1,
        scores: scores.filter((sc) => sc.assessmentId === a.id),
        relyingAgencyIds: reliances.filter((r) => r.assessmentId === a.id).map((r) => r.agencyId),
      }));
    const summary = aggregate(FRAMEWORK_V1, published, TODAY);
    expect(summary.assessedBy).toBe(3);
    expect(summary.reliedOnBy).toBeGreaterThanOrEqual(5);
  });

  it("adds nothing when run again", async () => {
    const before = counts();
    const reliances = db().select().from(s.assessmentReliances).all();
    await seedDatabase({ db: db(), today: "2026-12-01" });
    expect(counts()).toEqual(before);
    expect(db().select().from(s.assessmentReliances).all()).toEqual(reliances);
  });
});
