/**
 * The catalogue's "meets my requirements profile" filter keeps exactly the products whose latest
 * assessments meet every minimum, wherever the catalogue's query is run (the page, its CSV, a saved
 * search); compare shows each quality that falls short for any compared product, in words.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { CompareTable } from "~/compare/compare-table";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as compareLoader } from "~/routes/compare";
import { loader as csvLoader } from "~/routes/products.export[.]csv";
import { loader as apiLoader } from "~/routes/api.products";
import { saveProfile } from "~/assessments/profile.server";
import { currentFramework } from "~/assessments/framework.server";
import { matchingProductIds } from "~/saved-searches/saved-search.server";
import { makeUser, signIn } from "../accounts/support";
import { call, get } from "../procurement/route-helpers";
import { allScored, buyerWorld, publish, rely } from "./buyer-support";

let world: Awaited<ReturnType<typeof buyerWorld>>;
let buyer: { id: number; cookie: string };
let p: { id: number; slug: string; name: string }[];

beforeAll(async () => {
  world = await buyerWorld("cc");
  p = world.products;
  const [a1, a2, a3] = world.staff;
  // p0 meets the buyer's two minimums; p1 misses sovereignty; p2 nobody assessed; p3 left sovereignty unscored.
  const first = publish({
    productId: p[0].id,
    author: a1,
    admin: world.admin,
    assessedOn: "2026-02-01",
    scores: { privacy_principles: 5, data_sovereignty: 4 },
  });
  rely(first, a3);
  publish({
    productId: p[1].id,
    author: a1,
    admin: world.admin,
    assessedOn: "2026-02-01",
    scores: { privacy_principles: 5, data_sovereignty: 2 },
  });
  publish({
    productId: p[1].id,
    author: a2,
    admin: world.admin,
    assessedOn: "2025-06-01",
    scores: { privacy_principles: 5, data_sovereignty: 4 },
  });
  publish({ productId: p[3].id, author: a2, admin: world.admin, assessedOn: "2026-02-01", scores: { privacy_principles: 5 } });
  // p4 meets the framework's every OFFICIAL minimum: what a visitor without a profile is judged by.
  publish({ productId: p[4].id, author: a2, admin: world.admin, assessedOn: "2026-02-01", scores: allScored(5) });
  const id = await makeUser({ email: "cc-buyer@example.com" });
  saveProfile({
    userId: id,
    profile: {
      classification: "OFFICIAL",
      minimums: { privacy_principles: 5, data_sovereignty: 3 },
      frameworkVersion: currentFramework()!.version,
    },
  });
  buyer = { id, cookie: signIn(id).cookie };
}, 120_000);

const json = async (res: Response) => {
  expect(res.status).toBe(200);
  return res.json();
};

describe("the catalogue's requirements-profile filter", () => {
  it("keeps exactly the products whose latest assessments meet every minimum of the buyer's profile", async () => {
    const data = await json(await call(productsLoader as never, get("/products?profile=1", buyer.cookie)));
    expect(data.query.profile).toBe(true);
    expect(data.results.map((r: { slug: string }) => r.slug).sort()).toEqual([p[0].slug, p[4].slug].sort());
    expect(data.total).toBe(2);
    expect(data.profileFilter.count).toBe(2);
    expect(data.profileFilter.hint).toContain("saved requirements profile");
    expect(data.search).toContain("profile=1");
    expect(data.assessedBy[data.results[0].id]).toBe(1);
  });

  it("judges a visitor without a profile by the framework's minimums for their classification", async () => {
    const data = await json(await call(productsLoader as never, get("/products?profile=1")));
    expect(data.results.map((r: { slug: string }) => r.slug)).toEqual([p[4].slug]);
    expect(data.profileFilter.hint).toContain("framework's minimums for OFFICIAL");
  });

  it("combines with the other filters, and without it every product is listed with its count", async () => {
    const all = await json(await call(productsLoader as never, get("/products", buyer.cookie)));
    expect(all.total).toBeGreaterThan(100);
    expect(all.profileFilter.count).toBe(2);
    const listed = (await json(await call(productsLoader as never, get("/products?profile=1", buyer.cookie)))).results;
    const model = listed.find((r: { slug: string }) => r.slug === p[0].slug).serviceModel;
    const narrowed = await json(await call(productsLoader as never, get(`/products?profile=1&model=${model}`, buyer.cookie)));
    expect(narrowed.results.map((r: { slug: string }) => r.slug)).toContain(p[0].slug);
    expect(
      narrowed.results.every(
        (r: { serviceModel: string; slug: string }) => r.serviceModel === model && [p[0].slug, p[4].slug].includes(r.slug),
      ),
    ).toBe(true);
  });

  it("exports exactly those products as CSV, and the public API refuses the filter", async () => {
    const csv = await call(csvLoader as never, get("/products/export.csv?profile=1", buyer.cookie));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Cache-Control")).toBe("private, no-store");
    const lines = (await csv.text()).trim().split("\r\n").slice(1);
    expect(lines.map((l) => l.split(",")[0]).sort()).toEqual([p[0].slug, p[4].slug].sort());
    const api = await call(apiLoader as never, get("/api/products?profile=1"));
    expect(api.status).toBe(400);
    expect((await api.json()).errors.join(" ")).toContain('"profile"');
  });

  it("a saved search asking for it matches what the catalogue lists", async () => {
    expect(await matchingProductIds({ search: "profile=1", purchase: null, userId: buyer.id })).toEqual(
      [p[0].id, p[4].id].sort((a, b) => a - b),
    );
    expect(await matchingProductIds({ search: "profile=1", purchase: null, userId: null })).toEqual([p[4].id]);
  });
});

describe("compare's agency assessment rows", () => {
  it("has a row for each quality that falls short for any compared product, each cell in words", async () => {
    const slugs = [p[0], p[1], p[2]].map((x) => x.slug).join(",");
    const data = await json(await call(compareLoader as never, get(`/compare?products=${slugs}`, buyer.cookie)));
    const a = data.assessments;
    expect(a.judgedBy).toContain("your requirements profile");
    expect(a.reach.map((c: { text: string }) => c.text)).toEqual([
      "Assessed by 1 agency, relied on by 1",
      "Assessed by 2 agencies, relied on by 0",
      "No agency has assessed it",
    ]);
    expect(a.gapRows.map((r: { key: string }) => r.key)).toEqual(["data_sovereignty"]);
    expect(a.gapRows[0].cells.map((c: { text: string }) => c.text)).toEqual([
      "Meets your minimum: latest 4 of 5, your minimum 3",
      "Below your minimum: latest 2 of 5, your minimum 3",
      "Not assessed",
    ]);
    expect(a.rest.map((c: { text: string }) => c.text)).toEqual(["1 of 1 meet your minimums", "1 of 1 meet your minimums", "Not assessed"]);
  });

  it("shows them in the table under their own group, a differing row saying so in words", async () => {
    const slugs = [p[0], p[1], p[2]].map((x) => x.slug).join(",");
    const data = await json(await call(compareLoader as never, get(`/compare?products=${slugs}`, buyer.cookie)));
    const html = renderToStaticMarkup(
      createElement(CompareTable, { products: data.products, assessments: data.assessments, removeHref: () => "/compare" }),
    );
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("Agency assessments (against your requirements)");
    expect(text).toMatch(
      /Data sovereignty Differs Meets your minimum: latest 4 of 5, your minimum 3 Below your minimum: latest 2 of 5, your minimum 3 Not assessed/,
    );
    expect(html).toContain(`href="/products/${p[0].slug}/assessments"`);
  });

  it("has no gap rows when every compared product meets the profile", async () => {
    const data = await json(await call(compareLoader as never, get(`/compare?products=${p[0].slug},${p[4].slug}`, buyer.cookie)));
    expect(data.assessments.gapRows).toEqual([]);
    expect(data.assessments.rest.map((c: { state: string }) => c.state)).toEqual(["meets", "meets"]);
  });
});
