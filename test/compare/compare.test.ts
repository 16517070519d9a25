import { asc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action as compareAction, loader } from "~/routes/compare";
import { action as savePurchase } from "~/routes/purchase";
import { db } from "~db/client.server";
import { products } from "~db/schema";
import { anonymous } from "../accounts/support";
import { seedDatabase } from "../../seed/seed";
import { call, get, post, PROTECTED_PURCHASE, remember } from "../procurement/route-helpers";

let slugs: string[];

beforeAll(async () => {
  await seedDatabase({ db: db() });
  slugs = db()
    .select({ slug: products.slug })
    .from(products)
    .orderBy(asc(products.id))
    .limit(5)
    .all()
    .map((r) => r.slug);
}, 60_000);

describe("/compare", () => {
  it("compares up to four products in the order asked, with badges, ratings and provider facts", async () => {
    const data = await (await call(loader, get(`/compare?products=${slugs.slice(0, 3).join(",")}`))).json();
    expect(data.products.map((p: { slug: string }) => p.slug)).toEqual(slugs.slice(0, 3));
    expect(data.messages).toEqual([]);
    for (const p of data.products) {
      expect(p.provider).toHaveProperty("dataLocation");
      expect(p.rating).toHaveProperty("count");
      expect(p.results).toBeNull();
      for (const b of p.badges) expect(b.currency.label).toEqual(expect.any(String));
    }
    expect(data.shortlists).toBeNull();
    expect(data.adding).toBeNull();
  });

  it("keeps the first four of more, and names unknown products", async () => {
    const data = await (await call(loader, get(`/compare?products=${slugs.join(",")},no-such-thing&products=${slugs[0]}`))).json();
    expect(data.products.map((p: { slug: string }) => p.slug)).toEqual(slugs.slice(0, 4));
    expect(data.messages).toEqual([
      "We could not find this product: no-such-thing.",
      "You can compare up to 4 products at once; the first 4 are shown.",
    ]);
    const full = await (await call(loader, get(`/compare?products=${slugs.slice(0, 4).join(",")}&add=Wattle`))).json();
    expect(full.adding).toEqual({ typed: "Wattle", error: "You are comparing 4 products already: remove one first" });
  });

  it("adds rule outcomes when there is a purchase", async () => {
    const browser = anonymous();
    remember(browser, await call(savePurchase, post("/purchase", PROTECTED_PURCHASE, browser)));
    const data = await (await call(loader, get(`/compare?products=${slugs.slice(0, 2).join(",")}`, browser.cookie))).json();
    expect(data.hasPurchase).toBe(true);
    expect(data.products[0].results.map((r: { key: string }) => r.key)).toContain("certified_hosting");
  });

  it("turns the catalogue's selection into the shareable address", async () => {
    const res = await call(compareAction, post("/compare", { products: slugs.slice(0, 3) }, anonymous()));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/compare?products=${slugs.slice(0, 3).join(",")}`);
  });

  describe("adding a product by typing its name (a GET form, so no JavaScript is needed)", () => {
    const named = () => db().select({ slug: products.slug, name: products.name }).from(products).orderBy(asc(products.id)).all();

    it("adds the one product whose name matches, whatever the case, and answers with the shareable address", async () => {
      const target = named()[7];
      const res = await call(loader, get(`/compare?products=${slugs[0]}&add=${encodeURIComponent(`  ${target.name.toUpperCase()} `)}`));
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toBe(`/compare?products=${slugs[0]},${target.slug}`);
      const first = await call(loader, get(`/compare?add=${encodeURIComponent(target.name)}`));
      expect(first.headers.get("Location")).toBe(`/compare?products=${target.slug}`);
    });

    it("offers a short list when several names match, Australian listings first, and keeps what was typed", async () => {
      const data = await (await call(loader, get(`/compare?products=${slugs[0]}&add=cloud`))).json();
      expect(data.adding.typed).toBe("cloud");
      expect(data.adding.total).toBeGreaterThan(10);
      expect(data.adding.matches).toHaveLength(10);
      for (const m of data.adding.matches) expect(`${m.name} ${m.providerName}`.toLowerCase()).toContain("cloud");
      expect(data.adding.matches.some((m: { slug: string }) => m.slug === slugs[0])).toBe(false);
      const mapped = data.adding.matches.map((m: { mapped: boolean }) => m.mapped);
      expect(mapped).toEqual([...mapped].sort((a, b) => Number(a) - Number(b)));
      expect(data.products.map((p: { slug: string }) => p.slug)).toEqual([slugs[0]]);
    });

    it("says why nothing matched, next to the field, and changes nothing", async () => {
      const data = await (await call(loader, get(`/compare?products=${slugs[0]}&add=zzqx%20nothing`))).json();
      expect(data.adding).toEqual({
        typed: "zzqx nothing",
        error: "No product's name has “zzqx nothing” in it. Check the spelling, or find it in the catalogue",
      });
      expect(data.products).toHaveLength(1);
      const blank = await (await call(loader, get(`/compare?products=${slugs[0]}&add=%20`))).json();
      expect(blank.adding.error).toBe("Enter part of a product's name, for example Wattle Grid");
    });
  });
});
