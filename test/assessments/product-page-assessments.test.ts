/**
 * The product page's "Agency assessments" section: assessed by / relied on by, then the buyer's
 * gaps first, judged by their requirements profile; the public sees no justification or agency.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as productLoader } from "~/routes/products.$slug";
import { saveProfile } from "~/assessments/profile.server";
import { currentFramework } from "~/assessments/framework.server";
import { defaultMinimums } from "~/assessments/framework";
import { makeUser, signIn } from "../accounts/support";
import { call, get } from "../procurement/route-helpers";
import { buyerWorld, publish, rely, secretFor, type Staff } from "./buyer-support";

let world: Awaited<ReturnType<typeof buyerWorld>>;
let assessed: { id: number; slug: string };
let unassessed: { slug: string };
let buyerId: number;
let staff: Staff[];

beforeAll(async () => {
  world = await buyerWorld("pp");
  staff = world.staff;
  assessed = world.products[0];
  unassessed = world.products[1];
  // Agency 2's older assessment scores sovereignty higher; agency 1's newer one is the latest.
  publish({
    productId: assessed.id,
    author: staff[1],
    admin: world.admin,
    assessedOn: "2025-03-01",
    scores: { privacy_principles: 5, data_sovereignty: 4, price_transparency: 4 },
  });
  const newer = publish({
    productId: assessed.id,
    author: staff[0],
    admin: world.admin,
    assessedOn: "2026-01-10",
    scores: { privacy_principles: 5, data_sovereignty: 2, price_transparency: 2, exit_provisions: 5 },
  });
  rely(newer, staff[2]);
  buyerId = await makeUser({ email: "pp-buyer@example.com" });
  const framework = currentFramework()!;
  saveProfile({
    userId: buyerId,
    profile: { classification: "OFFICIAL", minimums: defaultMinimums(framework.document, "OFFICIAL"), frameworkVersion: framework.version },
  });
}, 120_000);

async function page(slug: string, cookie = "") {
  const res = await call(productLoader as never, get(`/products/${slug}`, cookie), { slug });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, data: JSON.parse(text) };
}

describe("the product page's agency assessments", () => {
  it("says how many agencies assessed and rely on it, and shows a buyer's gaps first", async () => {
    const { data } = await page(assessed.slug, signIn(buyerId).cookie);
    const a = data.assessments;
    expect(a.assessedBy).toBe(2);
    expect(a.reliedOnBy).toBe(1);
    expect(a.judgedBy).toContain("your requirements profile");
    expect(a.shortfalls.length).toBeLessThanOrEqual(5);
    // The two qualities below their minimum come before anything nobody scored.
    expect(a.shortfalls.slice(0, 2).map((s: { key: string }) => s.key)).toEqual(["price_transparency", "data_sovereignty"]);
    expect(a.shortfalls.slice(0, 2).every((s: { state: string }) => s.state === "Below your minimum")).toBe(true);
    expect(a.shortfalls[2].state).toBe("Not assessed");
    const sovereignty = a.shortfalls.find((s: { key: string }) => s.key === "data_sovereignty");
    expect(sovereignty.minimum).toBe(3);
    expect(sovereignty.latest).toMatch(/^2 of 5, assessed 10 Jan 2026/);
    expect(sovereignty.spread).toBe("scored 2 to 4 in 2 assessments");
    // 31 qualities: 2 below, 27 nobody scored, privacy and exit meet.
    expect(a.meeting).toBe(2);
    expect(a.withMinimum).toBe(31);
    expect(a.moreShortfalls).toBe(29 - 5);
  });

  it("judges by the buyer's own minimums: lowering one takes it off the gaps", async () => {
    const framework = currentFramework()!;
    const lowered = await makeUser({ email: "pp-lenient@example.com" });
    saveProfile({
      userId: lowered,
      profile: {
        classification: "OFFICIAL",
        minimums: { ...defaultMinimums(framework.document, "OFFICIAL"), data_sovereignty: 2 },
        frameworkVersion: framework.version,
      },
    });
    const { data } = await page(assessed.slug, signIn(lowered).cookie);
    const keys = data.assessments.shortfalls.map((s: { key: string }) => s.key);
    expect(keys[0]).toBe("price_transparency");
    expect(keys).not.toContain("data_sovereignty");
    expect(data.assessments.meeting).toBe(3);
  });

  it("shows the public the aggregates only: no justification, no agency, no assessor", async () => {
    const { text, data } = await page(assessed.slug);
    expect(data.assessments.assessedBy).toBe(2);
    expect(data.assessments.judgedBy).toContain("the framework's minimums for OFFICIAL data");
    expect(data.assessments.canAssess).toBe(false);
    expect(text).not.toContain(secretFor("data_sovereignty"));
    expect(text).not.toContain("Confidential reasoning");
    expect(text).not.toContain(staff[0].agencyName);
    expect(text).not.toContain(staff[1].agencyName);
  });

  it("tells agency staff nobody has assessed a product yet and offers to assess it", async () => {
    const { data } = await page(unassessed.slug, signIn(staff[3].id).cookie);
    expect(data.assessments).toMatchObject({ slug: unassessed.slug, assessedBy: 0, reliedOnBy: 0, canAssess: true, shortfalls: [] });
    const anonymous = await page(unassessed.slug);
    expect(anonymous.data.assessments.canAssess).toBe(false);
  });
});
