/** Words and facets combine on /products, and the open-data API and CSV give the same products. */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as apiLoader } from "~/routes/api.products";
import { searchIds } from "~/search/search.server";

beforeAll(async () => {
  await seedDatabase({ db: db() });
});

const get = (loader: (args: never) => Promise<Response>, url: string) =>
  loader({ request: new Request(`http://test${url}`), params: {}, context: {} } as never);

describe("text search inside the catalogue", () => {
  it("narrows to products matching the words, best match first, and facets narrow further", async () => {
    const ranked = await searchIds({ q: "backup", type: "product" });
    expect(ranked.length).toBeGreaterThan(0);

    const all = await (await get(productsLoader, "/products?q=backup")).json();
    expect(all.query.sort).toBe("relevance");
    expect(all.total).toBe(ranked.length);
    expect(all.results.map((r: { id: number }) => r.id)).toEqual(ranked.slice(0, 20));

    const saas = await (await get(productsLoader, "/products?q=backup&model=SaaS")).json();
    expect(saas.total).toBeLessThanOrEqual(all.total);
    expect(saas.results.every((r: { serviceModel: string }) => r.serviceModel === "SaaS")).toBe(true);
    const saasIds = new Set(saas.results.map((r: { id: number }) => r.id));
    for (const id of saasIds) expect(ranked).toContain(id);

    // The open-data API applies the same words and facets.
    const api = await (await get(apiLoader, "/api/products?q=backup&model=SaaS&pageSize=100")).json();
    expect(api.meta.total).toBe(saas.total);
  });

  it("keeps a chosen sort, and finds nothing for words no product has", async () => {
    const byName = await (await get(productsLoader, "/products?q=backup&sort=name")).json();
    const names = byName.results.map((r: { name: string }) => r.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "en-AU")));
    const none = await (await get(productsLoader, "/products?q=zzqxjv")).json();
    expect(none.total).toBe(0);
  });
});
