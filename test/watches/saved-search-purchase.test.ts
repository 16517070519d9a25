/**
 * A saved search that asked for "products that fit my purchase" is judged by the purchase as it
 * was when saved, through the real catalogue and rules: it matches exactly what the catalogue
 * listed then, and the buyer describing a different purchase later does not change what it watches.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { watches } from "~db/schema";
import { checkSavedSearches } from "~/saved-searches/saved-search.server";
import { action as savePurchase } from "~/routes/purchase";
import { loader as productsLoader } from "~/routes/products._index";
import { action as watchAction } from "~/routes/watches";
import { makeUser, signIn } from "../accounts/support";
import { seedDatabase } from "../../seed/seed";
import { call, get, post, PROTECTED_PURCHASE } from "../procurement/route-helpers";

let userId: number;
let browser: { cookie: string; csrf: string };

beforeAll(async () => {
  await seedDatabase({ db: db() });
  userId = await makeUser({ email: "saver@finance.gov.au" });
  browser = signIn(userId);
  await call(savePurchase, post("/purchase", PROTECTED_PURCHASE, browser));
}, 60_000);

async function listedIds(search: string): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page += 1) {
    const data = await (await call(productsLoader, get(`/products?${search}&page=${page}`, browser.cookie))).json();
    ids.push(...data.results.map((r: { id: number }) => r.id));
    if (page >= data.totalPages) return ids.sort((a, b) => a - b);
  }
}

describe("a saved search with the buyer's purchase", () => {
  it("matches what the catalogue lists for it, and keeps the purchase it was saved with", async () => {
    const listed = await listedIds("fits=1&model=IaaS");
    expect(listed.length).toBeGreaterThan(0);
    const res = await call(
      watchAction,
      post("/watches", { intent: "watch", target: "search", search: "fits=1&model=IaaS", redirectTo: "/products" }, browser),
    );
    expect(res.status).toBe(302);
    const saved = db()
      .select()
      .from(watches)
      .where(and(eq(watches.userId, userId), eq(watches.target, "search")))
      .get()!;
    expect(saved.label).toBe("IaaS, fits my purchase");
    expect(saved.purchase).toMatchObject({ classification: "PROTECTED" });
    expect(saved.matching).toEqual(listed);

    // A different purchase now: the catalogue lists other products, the saved search does not move.
    await call(savePurchase, post("/purchase", { ...PROTECTED_PURCHASE, classification: "OFFICIAL" }, browser));
    expect(await listedIds("fits=1&model=IaaS")).not.toEqual(listed);
    await checkSavedSearches();
    expect(db().select({ matching: watches.matching }).from(watches).where(eq(watches.id, saved.id)).get()!.matching).toEqual(listed);
  });
});
