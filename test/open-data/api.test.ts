import { beforeAll, describe, expect, it } from "vitest";
import { connection, db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as apiLoader } from "~/routes/api.products";
import { loader as apiProductLoader } from "~/routes/api.products.$slug";
import { loader as csvLoader } from "~/routes/products.export[.]csv";
import { CSV_HEADER } from "~/open-data/csv-columns";
import { parseCsv } from "./parse-csv";

beforeAll(async () => {
  await seedDatabase({ db: db() });
}, 120_000); // seeding is slow when every test file seeds at once

type Loader = (args: never) => Promise<Response>;
const call = async (
  loader: Loader,
  url: string,
  { params = {}, headers = {} }: { params?: Record<string, string>; headers?: Record<string, string> } = {},
) => {
  try {
    return await loader({ request: new Request(`http://test${url}`, { headers }), params, context: {} } as never);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
};

/** The slugs /products shows for a query, page after page, in order. */
async function catalogueSlugs(search: string): Promise<string[]> {
  const first = await (await call(productsLoader, `/products?${search}`)).json();
  const slugs: string[] = first.results.map((r: { slug: string }) => r.slug);
  for (let page = 2; page <= first.totalPages; page++) {
    const sep = search ? "&" : "";
    const data = await (await call(productsLoader, `/products?${search}${sep}page=${page}`)).json();
    slugs.push(...data.results.map((r: { slug: string }) => r.slug));
  }
  expect(slugs).toHaveLength(first.total);
  return slugs;
}

async function apiSlugs(search: string): Promise<string[]> {
  const slugs: string[] = [];
  let next: string | null = `/api/products?${search}${search ? "&" : ""}pageSize=100`;
  let total = -1;
  while (next) {
    const res = await call(apiLoader, next.replace(/^http:\/\/test/, ""));
    expect(res.status).toBe(200);
    const body = await res.json();
    total = body.meta.total;
    slugs.push(...body.data.map((p: { slug: string }) => p.slug));
    next = body.links.next;
  }
  expect(slugs).toHaveLength(total);
  return slugs;
}

async function csvSlugs(search: string): Promise<string[]> {
  const res = await call(csvLoader, `/products/export.csv?${search}`);
  expect(res.status).toBe(200);
  const [header, ...rows] = parseCsv(await res.text());
  expect(header).toEqual(CSV_HEADER);
  return rows.map((r) => r[0]);
}

const COMBOS = [
  "",
  "model=SaaS&irap=PROTECTED",
  "irapStatus=due&irapStatus=overdue",
  "hcf=strategic&hcf=assured&onshore=1",
  "cert=iso27001&cert=soc2&sort=newest",
  "e8=ML2&sme=1&sort=rating",
  "model=IaaS,PaaS&irap=OFFICIAL%3A%20Sensitive&irapStatus=current",
  "irap=SECRET&model=SaaS&sme=1&onshore=1&cert=csa_star",
];

describe("open data matches the catalogue's filters exactly", () => {
  it.each(COMBOS)("the same products, in the same order, for ?%s", async (search) => {
    const expected = await catalogueSlugs(search);
    expect(await apiSlugs(search)).toEqual(expected);
    expect(await csvSlugs(search)).toEqual(expected);
  });

  it("covers some combinations that match nothing and some that match many", async () => {
    const sizes = await Promise.all(COMBOS.map(async (c) => (await catalogueSlugs(c)).length));
    console.info("catalogue sizes per filter combination:", sizes.join(", "));
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(120);
    expect(sizes.filter((n) => n > 0 && n < sizes[0]).length).toBeGreaterThanOrEqual(4);
  });

  it("filters by category like the catalogue", async () => {
    const { categories } = await (await call(productsLoader, "/products")).json();
    const search = `category=${categories[0].slug}&category=${categories[1].slug}`;
    expect(await apiSlugs(search)).toEqual(await catalogueSlugs(search));
  });
});

describe("GET /api/products", () => {
  it("pages with page and pageSize, with total and next/prev links", async () => {
    const body = await (await call(apiLoader, "/api/products?model=SaaS&pageSize=7&page=2")).json();
    expect(body.data).toHaveLength(7);
    expect(body.meta).toMatchObject({ page: 2, pageSize: 7 });
    expect(body.links.prev).toBe("http://test/api/products?model=SaaS&pageSize=7");
    expect(body.links.next).toBe("http://test/api/products?model=SaaS&page=3&pageSize=7");
    expect(body.data[0].links.self).toMatch(/^http:\/\/test\/api\/products\/[a-z0-9-]+$/);
  });

  it.each([
    ["/api/products?irap=TOP%20SECRET", '"TOP SECRET" is not a known IRAP level'],
    ["/api/products?model=Mainframe", '"Mainframe" is not a known service model'],
    ["/api/products?pageSize=101", "not a valid page size"],
    ["/api/products?pageSize=0", "not a valid page size"],
    ["/api/products?page=-1", "not a valid page number"],
    ["/api/products?colour=blue", '"colour" is not a known parameter'],
    ["/api/products?onshore=maybe", "not a valid value for data held onshore"],
    ["/api/products?fits=1", '"fits" depends on the proposed purchase in your browser session'],
  ])("answers %s with 400 and the reason", async (url, reason) => {
    const res = await call(apiLoader, url);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.join(" ")).toContain(reason);
    // Nothing was shown instead, so the catalogue's "it was ignored" wording would mislead.
    expect(body.errors.join(" ")).not.toMatch(/ignored|showing page 1/);
    expect(body).not.toHaveProperty("data");
  });

  it("sends an ETag and a short public cache life, and answers a matching If-None-Match with 304", async () => {
    const res = await call(apiLoader, "/api/products?model=PaaS");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    const etag = res.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await call(apiLoader, "/api/products?model=PaaS", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
    expect(await again.text()).toBe("");
    const inList = await call(apiLoader, "/api/products?model=PaaS", { headers: { "If-None-Match": `"nope", ${etag.slice(2)}` } });
    expect(inList.status).toBe(304);

    const otherQuery = await call(apiLoader, "/api/products?model=SaaS", { headers: { "If-None-Match": etag } });
    expect(otherQuery.status).toBe(200);
    expect(otherQuery.headers.get("ETag")).not.toBe(etag);
  });

  it("changes the ETag when the data changes", async () => {
    const before = (await call(apiLoader, "/api/products")).headers.get("ETag")!;
    connection().sqlite.prepare("update products set name = name || ' ' where id = (select min(id) from products)").run();
    const after = await call(apiLoader, "/api/products", { headers: { "If-None-Match": before } });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(before);
  });
});

describe("GET /api/products/{slug}", () => {
  it("gives the full product with dated badges, currency, provider facts, categories and agencies", async () => {
    const list = await (await call(apiLoader, "/api/products?irap=PROTECTED&pageSize=1")).json();
    const slug = list.data[0].slug;
    const res = await call(apiProductLoader, `/api/products/${slug}`, { params: { slug } });
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBeTruthy();
    const { data } = await res.json();
    expect(data.slug).toBe(slug);
    const irap = data.badges.find((b: { kind: string }) => b.kind === "irap");
    expect(irap).toMatchObject({
      kind: "irap",
      assessedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(["current", "due", "overdue"]).toContain(irap.state);
    expect(data.provider).toHaveProperty("dataLocation");
    expect(data.provider).toHaveProperty("staffClearance");
    expect(Array.isArray(data.categories)).toBe(true);
    expect(Array.isArray(data.agencies)).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/"id":|passwordHash|evidenceRef/);
  });

  it("answers an unknown slug with a JSON 404", async () => {
    const res = await call(apiProductLoader, "/api/products/no-such-thing", { params: { slug: "no-such-thing" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect((await res.json()).errors[0]).toContain("no-such-thing");
  });
});

describe("GET /products/export.csv", () => {
  it("is an attachment named with today's date, with badge dates and expiry", async () => {
    const res = await call(csvLoader, "/products/export.csv?irap=PROTECTED");
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="cloud-exchange-products-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parseCsv(await res.text());
    const col = (name: string) => header.indexOf(name);
    for (const row of rows) {
      expect(["PROTECTED", "SECRET"]).toContain(row[col("irap_level")]);
      expect(row[col("irap_assessed")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[col("irap_expiry")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["current", "due", "overdue"]).toContain(row[col("irap_state")]);
      expect(row[col("listing_url")]).toBe(`http://test/products/${row[0]}`);
    }
  });

  it("ignores the page number (it exports every page) and refuses filters it does not understand", async () => {
    const all = parseCsv(await (await call(csvLoader, "/products/export.csv?model=SaaS&page=3")).text());
    const total = (await (await call(productsLoader, "/products?model=SaaS")).json()).total;
    expect(all).toHaveLength(total + 1);
    const noPurchase = await call(csvLoader, "/products/export.csv?fits=1");
    expect(noPurchase.status).toBe(400);
    expect(await noPurchase.text()).toContain("needs a proposed purchase");
    const bad = await call(csvLoader, "/products/export.csv?hcf=gold");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('"gold" is not a known Hosting Certification Framework level');
  });
});
