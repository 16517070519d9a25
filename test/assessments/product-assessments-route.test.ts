/**
 * /products/:slug/assessments: aggregates for everyone, the list of assessments for government
 * users only; the public never receives agency names, authors or justifications.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { currentFramework } from "~/assessments/framework.server";
import { saveProfile } from "~/assessments/profile.server";
import { addMonths, todayIso } from "~/platform/dates";
import { loader } from "~/routes/products.$slug_.assessments";
import { db } from "~db/client.server";
import { agencies, assessmentReliances, assessmentScores, assessments, products, users } from "~db/schema";
import { makeUser } from "../accounts/support";
import { browserFor, buildWorld, call, get } from "../reviews/fixtures";
import { ensureFrameworkV1 } from "./framework-fixture";

let world: Awaited<ReturnType<typeof buildWorld>>;
let agencyB: number;
let agencyC: number;
let staffB: number;

const SECRET_JUSTIFICATION = "Our contract manager negotiated a private rate card in March.";
const DRAFT_JUSTIFICATION = "Draft notes that nobody outside the agency should read.";

function agency(slug: string, name: string) {
  return db().insert(agencies).values({ slug, name }).returning({ id: agencies.id }).get().id;
}

/** A published (or other) assessment written straight into the database, with its scores. */
function insertAssessment({
  productId,
  userId,
  agencyId,
  assessedOn,
  scores,
  status = "published",
}: {
  productId: number;
  userId: number;
  agencyId: number;
  assessedOn: string;
  scores: Record<string, number>;
  status?: string;
}) {
  const id = db()
    .insert(assessments)
    .values({
      productId,
      userId,
      agencyId,
      frameworkVersionId: currentFramework()!.id,
      status,
      dataClassification: "OFFICIAL: Sensitive",
      deploymentSize: "50-500 users",
      useCase: "Case management for a regulatory team.",
      assessedOn,
      publishedAt: status === "published" ? new Date().toISOString() : null,
    })
    .returning({ id: assessments.id })
    .get().id;
  db()
    .insert(assessmentScores)
    .values(
      Object.entries(scores).map(([qualityKey, score]) => ({
        assessmentId: id,
        qualityKey,
        score,
        justification: status === "published" ? SECRET_JUSTIFICATION : DRAFT_JUSTIFICATION,
      })),
    )
    .run();
  return id;
}

beforeAll(async () => {
  ensureFrameworkV1();
  world = await buildWorld("pa");
  agencyB = agency("pa-agency-b", "pa Agency B");
  agencyC = agency("pa-agency-c", "pa Agency C");
  staffB = await makeUser({ email: "staff@pa-b.gov.au", displayName: "Bea Assessor" });
  db().update(users).set({ agencyId: agencyB }).where(eq(users.id, staffB)).run();
  const staffC = await makeUser({ email: "staff@pa-c.gov.au", displayName: "Cy Relier" });
  db().update(users).set({ agencyId: agencyC }).where(eq(users.id, staffC)).run();
  const today = todayIso();
  const a = insertAssessment({
    productId: world.product.id,
    userId: world.ids.author,
    agencyId: world.agencyId,
    assessedOn: addMonths(today, -3),
    scores: { price_transparency: 3, privacy_principles: 5 },
  });
  insertAssessment({
    productId: world.product.id,
    userId: staffB,
    agencyId: agencyB,
    assessedOn: addMonths(today, -30),
    scores: { price_transparency: 5, data_sovereignty: 4 },
  });
  insertAssessment({
    productId: world.product.id,
    userId: world.ids.staff,
    agencyId: world.agencyId,
    assessedOn: today,
    scores: { price_transparency: 1 },
    status: "draft",
  });
  db().insert(assessmentReliances).values({ assessmentId: a, agencyId: agencyC, userId: staffC, notes: "Relied on for our pilot." }).run();
});

const view = async (role: Parameters<typeof browserFor>[0], slug = world.product.slug) => {
  const res = await call(loader, get(`/products/${slug}/assessments`, browserFor(role, world.ids)), { slug });
  return { status: res.status, text: await res.text() };
};
const row = (data: { rows: { key: string }[] }, key: string) => data.rows.find((r) => r.key === key) as Record<string, unknown>;

describe("what the public sees", () => {
  it("sees how many agencies assessed and rely on it, and each quality's aggregate, judged against the framework's minimums", async () => {
    const { status, text } = await view("anonymous");
    expect(status).toBe(200);
    const data = JSON.parse(text);
    expect(data.summary).toMatchObject({
      assessedBy: 2,
      reliedOnBy: 1,
      assessments: 2,
      newest: addMonths(todayIso(), -3),
      allStale: false,
      frameworkVersions: [1],
      profile: { classification: "OFFICIAL", saved: false },
    });
    // The dated assessment (30 months old) gives way to the current one for the latest score.
    expect(row(data, "price_transparency")).toMatchObject({
      latest: { score: 3, stale: false },
      min: 3,
      max: 5,
      distribution: [0, 0, 1, 0, 1],
      minimum: 4,
      state: "gap",
    });
    expect(row(data, "privacy_principles")).toMatchObject({ state: "meets", mandatory: true });
    expect(row(data, "exit_provisions")).toMatchObject({ state: "unassessed", latest: null });
    expect(data.list).toBeNull();
    expect(data.canAssess).toBe(false);
  });

  it("never receives agency names, authors, justifications, drafts or assessment ids", async () => {
    for (const role of ["anonymous", "buyer", "rep"] as const) {
      const { text } = await view(role);
      for (const secret of [
        "pa Agency",
        "Bea Assessor",
        "author person",
        "Cy Relier",
        SECRET_JUSTIFICATION,
        DRAFT_JUSTIFICATION,
        "assessmentId",
      ]) {
        expect(text, `${role} must not see ${secret}`).not.toContain(secret);
      }
      expect(JSON.parse(text).list).toBeNull();
    }
  });

  it("warns when every assessment is over 24 months old", async () => {
    const old = db()
      .insert(products)
      .values({ slug: "pa-old-product", providerId: world.providerB, name: "pa Old Product", serviceModel: "SaaS", listedOn: "2020-01-01" })
      .returning({ id: products.id })
      .get().id;
    insertAssessment({
      productId: old,
      userId: staffB,
      agencyId: agencyB,
      assessedOn: addMonths(todayIso(), -25),
      scores: { price_transparency: 4 },
    });
    const data = JSON.parse((await view("anonymous", "pa-old-product")).text);
    expect(data.summary).toMatchObject({ allStale: true, assessedBy: 1 });
    expect(row(data, "price_transparency")).toMatchObject({ latest: { score: 4, stale: true }, state: "meets" });
  });

  it("answers 404 for a product that does not exist", async () => {
    expect((await view("anonymous", "no-such-product")).status).toBe(404);
  });
});

describe("what government users see", () => {
  it("shows agency staff the published assessments (not drafts), and lets them assess", async () => {
    const data = JSON.parse((await view("staff")).text);
    expect(data.canAssess).toBe(true);
    expect(data.list).toHaveLength(2);
    expect(data.list[0]).toMatchObject({ agencyName: "pa Agency", stale: false, frameworkVersion: 1, reliedOnBy: 1 });
    expect(data.list[1]).toMatchObject({ agencyName: "pa Agency B", stale: true, reliedOnBy: 0 });
    // The list names agencies, never who wrote it or why.
    expect(JSON.stringify(data.list)).not.toContain("author person");
    expect(JSON.stringify(data)).not.toContain(SECRET_JUSTIFICATION);
  });

  it("shows administrators the list, but they cannot assess (they are not agency staff)", async () => {
    const data = JSON.parse((await view("admin")).text);
    expect(data.list).toHaveLength(2);
    expect(data.canAssess).toBe(false);
  });

  it("judges against the visitor's saved profile", async () => {
    saveProfile({
      userId: world.ids.buyer,
      profile: { classification: "OFFICIAL", minimums: { price_transparency: 3 }, frameworkVersion: 1 },
    });
    const data = JSON.parse((await view("buyer")).text);
    expect(data.summary).toMatchObject({ gaps: 0, unassessed: 0, meets: true, profile: { saved: true } });
    expect(row(data, "price_transparency")).toMatchObject({ minimum: 3, state: "meets" });
    expect(row(data, "exit_provisions")).toMatchObject({ minimum: null, state: "no_minimum" });
  });
});
