/**
 * Open data says where each fact comes from: a listing mapped from the US FedRAMP Marketplace has
 * no IRAP level in the CSV or the API (its authorisation is fedramp_level / assurance.fedramp,
 * named "not an IRAP assessment"), and the provider facts nobody stated are empty or null, never
 * the columns' defaults read as answers ("offshore", "not an SME").
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";
import { loader as apiLoader } from "~/routes/api.products";
import { loader as apiProductLoader } from "~/routes/api.products.$slug";
import { loader as csvLoader } from "~/routes/products.export[.]csv";
import { parseCsv } from "./parse-csv";
import { call, get } from "../procurement/route-helpers";

beforeAll(async () => {
  await seedDatabase({ db: db() });
  const corpus = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json"), "utf8"));
  importCatalogue({ db: db(), data: mapFedramp(fedrampFeedSchema.parse(corpus)), source: "fedramp" });
}, 120_000);

describe("open data provenance", () => {
  it("keeps FedRAMP authorisations out of the CSV's IRAP columns and leaves unstated facts empty", async () => {
    const csv = await (await call(csvLoader, get("/products/export.csv?source=fedramp"))).text();
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
    const col = (name: string) => header.indexOf(name);
    expect(rows.length).toBeGreaterThan(400);
    for (const row of rows) {
      expect(row[col("listing_source")]).toBe("fedramp");
      expect(row[col("irap_level")]).toBe("");
      expect(row[col("data_location")]).toBe("");
      expect(row[col("sme")]).toBe("");
    }
    expect(rows.filter((r) => r[col("fedramp_level")] === "PROTECTED").length).toBeGreaterThan(0);

    const local = parseCsv((await (await call(csvLoader, get("/products/export.csv?source=australian"))).text()).replace(/^\uFEFF/, ""));
    expect(local.slice(1).every((r) => r[col("listing_source")] === "australian" && r[col("fedramp_level")] === "")).toBe(true);
    expect(local.slice(1).some((r) => r[col("irap_level")] === "PROTECTED")).toBe(true);
  });

  it("answers the same in the API: no IRAP for a mapped listing, facts null, the badge named for what it is", async () => {
    const list = await (await call(apiLoader, get("/api/products?source=fedramp&pageSize=50"))).json();
    expect(list.data.length).toBeGreaterThan(0);
    for (const item of list.data) {
      expect(item.source).toBe("fedramp");
      expect(item.assurance.irap).toBeNull();
      expect(item.sme).toBeNull();
      expect(item.dataLocation).toBeNull();
    }
    const high = list.data.find((i: { assurance: { fedramp: { level: string } | null } }) => i.assurance.fedramp?.level === "PROTECTED");
    expect(high).toBeTruthy();
    const detail = await (await call(apiProductLoader, get(`/api/products/${high.slug}`), { slug: high.slug })).json();
    expect(detail.data.provider.factsStated).toBe(false);
    expect(detail.data.provider.dataLocation).toBeNull();
    expect(detail.data.provider.securityOperationsCentre).toBeNull();
    const badge = detail.data.badges.find((b: { kind: string }) => b.kind === "irap");
    expect(badge).toMatchObject({
      mapped: true,
      name: "FedRAMP High authorisation, shown as PROTECTED-equivalent: not an IRAP assessment",
    });
  });
});
