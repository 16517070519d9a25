/**
 * The catalogue's prices: the "Has published prices" filter keeps exactly the products with a list
 * in force today, each result says its price, "estimated cost for your purchase" orders by the
 * buyer's estimate re-priced by unit (products it cannot price last, saying "No estimate"), saved
 * searches keep the filter and not the sort, and the CSV export carries the price columns.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as productsLoader } from "~/routes/products._index";
import { loader as exportLoader } from "~/routes/products.export[.]csv";
import { action as estimateAction } from "~/routes/purchase_.estimate";
import { action as purchaseAction } from "~/routes/purchase";
import { parseCatalogueQuery } from "~/catalogue/facets.server";
import { normaliseSearch } from "~/saved-searches/saved-search.server";
import { describeSearch } from "~/saved-searches/describe";
import { parseOpenDataQuery } from "~/open-data/query.server";
import { CSV_HEADER } from "~/open-data/csv-columns";
import { db } from "~db/client.server";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { anonymous } from "../accounts/support";
import { call, get, post, PROTECTED_PURCHASE, remember } from "../procurement/route-helpers";
import { parseCsv } from "../open-data/parse-csv";
import { addList, addPricedProduct, item } from "./price-fixtures";

seedProcurementRules(db());

let lateId: number;

beforeAll(() => {
  addPricedProduct("cat-cheap", [{ from: "2024-01-01", items: [item("cpu", "vcpu_hour", 0.04), item("disk", "gb_month", 0.1)] }]);
  addPricedProduct("cat-source", [
    { from: "2024-01-01", items: [item("vcpu", "vcpu_hour", 0.05), item("ssd", "gb_month", 0.1)], source: "sample" },
  ]);
  addPricedProduct("cat-dear", [{ from: "2024-01-01", items: [item("cpu", "vcpu_hour", 0.09), item("disk", "gb_month", 0.2)] }]);
  // The cheapest figure of all, but it prices no storage: it sorts after every product that prices the whole estimate.
  addPricedProduct("cat-partial", [{ from: "2024-01-01", items: [item("cpu", "vcpu_hour", 0.01)] }]);
  addPricedProduct("cat-future", [{ from: "2999-01-01", items: [item("cpu", "vcpu_hour", 0.001)] }]);
  addPricedProduct("cat-none", []);
  lateId = addPricedProduct("cat-late", []);
});

const slugsOf = (data: { results: { slug: string }[] }) => data.results.map((r) => r.slug);
const products = async (query: string, cookie = "") => (await call(productsLoader, get(`/products${query}`, cookie))).json();

async function buyerWithEstimate() {
  const browser = anonymous();
  remember(browser, await call(purchaseAction, post("/purchase", PROTECTED_PURCHASE, browser)));
  // 2 vCPUs and 100 GB for 12 months: cat-source costs (1,460 h × $0.05 + $10) × 12 = $996 ex GST.
  const fields = { product: "cat-source", termMonths: "12", extensionMonths: "", "q-vcpu": "2", "q-ssd": "100" };
  const saved = await call(estimateAction, post("/purchase/estimate", fields, browser));
  expect(saved.status).toBe(302);
  remember(browser, saved);
  return browser;
}

describe("the catalogue's prices", () => {
  it("filters on published prices: exactly the products with a list in force today, with a count and a removable chip", async () => {
    const all = await products("");
    expect(all.counts.prices["1"]).toBe(4);
    expect(all.results).toHaveLength(7);
    const priced = await products("?prices=1");
    expect(priced.query.prices).toBe(true);
    expect(slugsOf(priced).sort()).toEqual(["cat-cheap", "cat-dear", "cat-partial", "cat-source"]);
    expect(priced.total).toBe(4);

    // A list approved later is seen at once: the catalogue's cache follows the price lists.
    addList(lateId, { from: "2024-06-01", items: [item("seat", "user_month", 12)] });
    const after = await products("?prices=1");
    expect(slugsOf(after)).toContain("cat-late");
    expect(after.counts.prices["1"]).toBe(5);
  });

  it("says each result's price compactly, or Price on request", async () => {
    const data = await products("");
    const line = (slug: string) => data.prices[data.results.find((r: { slug: string }) => r.slug === slug).id];
    expect(line("cat-cheap")).toBe("From $0.04 per vCPU-hour · 2 price items");
    expect(line("cat-source")).toBe("From $0.05 per vCPU-hour · 2 price items (sample prices)");
    expect(line("cat-future")).toBe("Price on request");
    expect(line("cat-none")).toBe("Price on request");
  });

  it("sorts by estimated cost for the purchase, cheapest first, the partly priced next and the unpriced last", async () => {
    const without = await products("?sort=estimate");
    expect(without.hasEstimate).toBe(false);
    expect(without.query.sort).toBe("name");
    expect(without.notices.join(" ")).toMatch(/to sort by estimated cost/);

    const browser = await buyerWithEstimate();
    const data = await products("?sort=estimate", browser.cookie);
    expect(data.hasEstimate).toBe(true);
    expect(data.query.sort).toBe("estimate");
    // Ex GST a month: cheap $68.40, source $83, dear $151.40; partial prices only compute; the rest cannot be priced.
    expect(slugsOf(data)).toEqual(["cat-cheap", "cat-source", "cat-dear", "cat-partial", "cat-future", "cat-late", "cat-none"]);
    const line = (slug: string) => data.prices[data.results.find((r: { slug: string }) => r.slug === slug).id];
    // (1,460 × $0.04 + $10) × 12 = $820.80, GST $82.08.
    expect(line("cat-cheap")).toBe("From $0.04 per vCPU-hour · 2 price items · Estimate for your purchase: $902.88 GST inclusive");
    expect(line("cat-source")).toMatch(/Estimate for your purchase: \$1,095\.60 GST inclusive$/);
    expect(line("cat-partial")).toMatch(/Estimate for your purchase: \$192\.72 GST inclusive, leaving out 1 unit it does not price$/);
    expect(line("cat-none")).toBe("Price on request · No estimate");
    expect(line("cat-late")).toBe("From $12 per user per month · 1 price item · No estimate");
    // With the filter the sort keeps its order among the priced.
    expect(slugsOf(await products("?sort=estimate&prices=1", browser.cookie))).toEqual([
      "cat-cheap",
      "cat-source",
      "cat-dear",
      "cat-partial",
      "cat-late",
    ]);
  });

  it("keeps prices=1 in a saved search, drops sort=estimate from it, and open data refuses the estimate order", () => {
    const { query, problems } = parseCatalogueQuery(new URLSearchParams("prices=1&sort=estimate"), []);
    expect(problems).toEqual([]);
    expect(normaliseSearch(query)).toBe("prices=1");
    expect(describeSearch(query, new Map())).toBe("has published prices");
    expect(parseCatalogueQuery(new URLSearchParams("prices=maybe"), []).problems).toEqual([
      '"maybe" is not a valid value for has published prices; use 1.',
    ]);
    expect(parseOpenDataQuery(new URLSearchParams("prices=1"), []).errors).toEqual([]);
    expect(parseOpenDataQuery(new URLSearchParams("sort=estimate"), []).errors.join(" ")).toMatch(
      /"estimate" is not a sort open data offers/,
    );
  });

  it("exports the price columns in the catalogue CSV, and prices=1 narrows it", async () => {
    const res = await call(exportLoader, get("/products/export.csv"));
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(CSV_HEADER);
    for (const c of ["has_published_prices", "from_price_ex_gst", "from_price_unit", "price_list_effective_from"])
      expect(header).toContain(c);
    const bySlug = new Map(rows.map((r) => [r[header.indexOf("slug")], r]));
    const cols = (slug: string) =>
      ["has_published_prices", "from_price_ex_gst", "from_price_unit", "price_list_effective_from"].map(
        (c) => bySlug.get(slug)![header.indexOf(c)],
      );
    expect(cols("cat-cheap")).toEqual(["yes", "0.04", "vcpu_hour", "2024-01-01"]);
    expect(cols("cat-future")).toEqual(["no", "", "", ""]);
    expect(cols("cat-none")).toEqual(["no", "", "", ""]);

    const narrowed = parseCsv(await (await call(exportLoader, get("/products/export.csv?prices=1"))).text());
    expect(
      narrowed
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["cat-cheap", "cat-dear", "cat-late", "cat-partial", "cat-source"]);
  });
});
