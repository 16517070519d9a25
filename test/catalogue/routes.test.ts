import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as productLoader } from "~/routes/products.$slug";
import { loader as providerLoader } from "~/routes/providers.$slug";
import { loader as providersLoader } from "~/routes/providers._index";
import { providers as providersTable } from "~db/schema";
import { listProviders } from "~/catalogue/provider.server";

beforeAll(async () => {
  await seedDatabase({ db: db() });
});

const call = async (loader: (args: never) => Promise<Response>, url: string, params: Record<string, string> = {}) => {
  try {
    return await loader({ request: new Request(`http://test${url}`), params, context: {} } as never);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
};

describe("catalogue pages", () => {
  it("lists the whole seeded catalogue, 20 to a page", async () => {
    const res = await call(productsLoader, "/products");
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.total).toBeGreaterThanOrEqual(120);
    expect(data.results).toHaveLength(20);
    expect(data.totalPages).toBe(Math.ceil(data.total / 20));
  });

  it("answers malformed filters with 400 and a plain message, not an error page", async () => {
    const res = await call(productsLoader, "/products?irap=TOP%20SECRET&model=SaaS&page=abc");
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(data.problems).toEqual([
      '"TOP SECRET" is not a known IRAP level, so it was ignored.',
      '"abc" is not a valid page number; showing page 1.',
    ]);
    expect(data.query.model).toEqual(["SaaS"]);
    expect(data.results.every((r: { serviceModel: string }) => r.serviceModel === "SaaS")).toBe(true);
  });

  it("clamps a page past the end to the last page", async () => {
    const data = await (await call(productsLoader, "/products?page=999")).json();
    expect(data.page).toBe(data.totalPages);
    expect(data.results.length).toBeGreaterThan(0);
  });

  it("shows a product with its badges, currency and relations, and 404s an unknown one", async () => {
    const list = await (await call(productsLoader, "/products?irap=PROTECTED")).json();
    const slug = list.results[0].slug;
    const res = await call(productLoader, `/products/${slug}`, { slug });
    expect(res.status).toBe(200);
    const { product } = await res.json();
    expect(product.badges.some((b: { kind: string }) => b.kind === "irap")).toBe(true);
    for (const b of product.badges) expect(["current", "due", "overdue", "no_expiry"]).toContain(b.currency.state);
    expect(product).not.toHaveProperty("passwordHash");

    const missing = await call(productLoader, "/products/no-such-product", { slug: "no-such-product" });
    expect(missing.status).toBe(404);
  });

  it("lists providers and shows one with its products", async () => {
    const { providers } = await (await call(providersLoader, "/providers")).json();
    expect(providers.length).toBeGreaterThanOrEqual(30);
    const res = await call(providerLoader, `/providers/${providers[0].slug}`, { slug: providers[0].slug });
    const { provider } = await res.json();
    expect(provider.products.length).toBe(providers[0].productCount);
    expect((await call(providerLoader, "/providers/nope", { slug: "nope" })).status).toBe(404);
  });

  it("lists Australian providers first, then A to Z whatever the case", () => {
    db()
      .insert(providersTable)
      .values([
        { slug: "aaz-upper", name: "AAZ Upper" },
        { slug: "aardvark-lower", name: "aardvark lower" },
        { slug: "aaaa-fedramp", name: "Aaaa FedRAMP", source: "fedramp" },
      ])
      .run();
    const names = listProviders().map((p) => p.name);
    expect(names.indexOf("aardvark lower")).toBeLessThan(names.indexOf("AAZ Upper"));
    const firstMapped = listProviders().findIndex((p) => p.source === "fedramp");
    expect(names[firstMapped]).toBe("Aaaa FedRAMP");
    expect(
      listProviders()
        .slice(firstMapped)
        .every((p) => p.source === "fedramp"),
    ).toBe(true);
  });
});
