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
    expect(data.choices.length).toBeGreaterThan(100);
  });

  it("keeps the first four of more, and names unknown products", async () => {
    const data = await (await call(loader, get(`/compare?products=${slugs.join(",")},no-such-thing&products=${slugs[0]}`))).json();
    expect(data.products.map((p: { slug: string }) => p.slug)).toEqual(slugs.slice(0, 4));
    expect(data.messages).toEqual([
      "We could not find this product: no-such-thing.",
      "You can compare up to 4 products at once; the first 4 are shown.",
    ]);
    expect(data.choices).toEqual([]);
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
});
