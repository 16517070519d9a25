import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { products, responsibilityOverrides } from "~db/schema";
import { loader as productLoader } from "~/routes/products.$slug";
import { getResponsibilityModels } from "~/responsibility/responsibility.server";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { DEFAULT_MATRICES } from "~/responsibility/defaults";
import { seedDatabase } from "../../seed/seed";
import { SAMPLE_RESPONSIBILITY, seedResponsibility } from "../../seed/responsibility";

beforeAll(async () => {
  await seedDatabase({ db: db() });
}, 120_000);

const idOf = (slug: string) => db().select({ id: products.id }).from(products).where(eq(products.slug, slug)).get()!.id;
const rowCount = () => db().select({ n: count() }).from(responsibilityOverrides).get()!.n;

describe("seeded responsibility models", () => {
  it("gives every product a full model that fits its service model, and a dozen or so telling differences", () => {
    const ids = db()
      .select({ id: products.id })
      .from(products)
      .all()
      .map((p) => p.id);
    const models = getResponsibilityModels({ productIds: ids });
    expect(models).toHaveLength(ids.length);
    let differing = 0;
    for (const m of models) {
      expect(m.rows.map((r) => r.area)).toEqual([...CONTROL_AREAS]);
      for (const r of m.rows) {
        expect(r.defaultParty).toBe(DEFAULT_MATRICES[m.serviceModel][r.area].party);
        expect(r.note).not.toBe("");
      }
      if (m.rows.some((r) => r.differsFromDefault)) differing += 1;
    }
    expect(differing).toBeGreaterThanOrEqual(12);
    expect(differing).toBeLessThan(ids.length / 4);
  });

  it("finds every sample product it names, so a renamed product cannot silently lose its model", () => {
    for (const m of SAMPLE_RESPONSIBILITY) expect(() => idOf(m.slug)).not.toThrow();
  });

  it("requires community rules for the sovereign products whose provider has them", () => {
    const [secure, siem] = getResponsibilityModels({ productIds: [idOf("molonglo-secure-compute"), idOf("spinifex-managed-siem")] });
    for (const m of [secure, siem]) {
      expect(m!.communityRulesRequired).toBe(true);
      expect(m!.providerCommunityRules).toBe(true);
    }
    expect(secure!.rows.find((r) => r.area === "personnel_clearance")!.note).toMatch(/NV2/);
  });

  it("is idempotent: a second run adds nothing", () => {
    const before = rowCount();
    expect(before).toBeGreaterThan(12);
    expect(seedResponsibility(db())).toEqual({ productsSeeded: 0 });
    expect(rowCount()).toBe(before);
  });
});

describe("the product page", () => {
  it("shows a product's override instead of its service model's default", async () => {
    const slug = "meridian-stratus-office";
    const res = await productLoader({ request: new Request(`http://test/products/${slug}`), params: { slug }, context: {} } as never);
    const data = await res.json();
    const keys = data.responsibility!.rows.find((r: { area: string }) => r.area === "encryption_keys")!;
    expect(keys).toMatchObject({ party: "agency", defaultParty: "provider", differsFromDefault: true });
    expect(keys.note).toMatch(/BYOK/);
    expect(data.canEditResponsibility).toBe(false);
  });
});
