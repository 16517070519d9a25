/**
 * The FedRAMP mapping on the real corpus (seed/corpora/fedramp-marketplace.json), then the
 * whole corpus through importCatalogue into a real SQLite file, twice.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connection, db } from "~db/client.server";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { validateCatalogue } from "../../seed/import/validation";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";

const corpusPath = path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json");
const feed = fedrampFeedSchema.parse(JSON.parse(fs.readFileSync(corpusPath, "utf8")));
const catalogue = mapFedramp(feed);
const mapped = (id: string) => catalogue.products!.find((p) => p.externalId === `fedramp:${id}`)!;
const raw = (predicate: (p: (typeof feed.products)[number]) => boolean) => feed.products.find(predicate)!;

const sql = (query: string) => connection().sqlite.prepare(query).all();
const dataVersion = () =>
  (connection().sqlite.prepare("select number from meta where key = 'data_version'").get() as { number: number }).number;

describe("mapFedramp", () => {
  it("produces a file the import accepts", () => {
    const validation = validateCatalogue(catalogue);
    expect(validation.ok ? [] : validation.errors).toEqual([]);
    expect(catalogue.products).toHaveLength(436);
    expect(catalogue.assessors).toHaveLength(44);
  });

  it("maps an authorised Moderate product to an IRAP OFFICIAL: Sensitive badge", () => {
    const product = mapped("F1607067912"); // cloud.gov: Moderate, JAB, authorised 2 Feb 2017
    expect(product).toMatchObject({
      provider: "fedramp:csp:18f-18f-cloud-gov",
      name: "CG-TTS - Cloud.Gov",
      serviceModel: "PaaS",
      deploymentModel: "Government Community Cloud",
      website: "https://www.cloud.gov",
    });
    expect(product.badges).toEqual([
      {
        kind: "irap",
        level: "OFFICIAL: Sensitive",
        assessedOn: "2017-02-02",
        assessor: "SecureIT",
        scope: "CG-TTS - Cloud.Gov",
        evidenceLevel: "third_party",
        evidenceRef: "https://marketplace.fedramp.gov/products/F1607067912",
        mapped: true,
      },
    ]);
    expect(product.mappedFields).toEqual([
      "classification:OFFICIAL: Sensitive",
      "irap.level",
      "irap.assessedOn",
      "irap.assessor",
      "irap.scope",
      "agencies",
    ]);
    // "Legacy JAB Authorization" is an authorisation route, not an agency.
    expect(product.agencies).toHaveLength(21);
    expect(product.agencies!.every((a) => a.relationship === "authorised")).toBe(true);
  });

  it("maps High to PROTECTED, and gives Low and LI-SaaS no IRAP badge", () => {
    const high = raw((p) => p.impact_level === "High" && p.status === "FedRAMP Authorized");
    expect(mapped(high.id).badges).toMatchObject([{ kind: "irap", level: "PROTECTED" }]);
    for (const level of ["Low", "LI-SaaS"]) {
      const low = mapped(raw((p) => p.impact_level === level && p.status === "FedRAMP Authorized").id);
      expect(low.badges).toEqual([]);
      expect(low.mappedFields).toContain("classification:OFFICIAL");
      expect(low.summary).toContain(`Highest classification: OFFICIAL (mapped from FedRAMP ${level}).`);
    }
  });

  it("imports products not yet authorised without a badge, noting their status", () => {
    for (const status of ["FedRAMP In Process", "FedRAMP Ready"]) {
      const product = mapped(raw((p) => p.status === status).id);
      expect(product.badges).toEqual([]);
      expect(product.mappedFields).toContain(`fedramp.status:${status}`);
    }
  });

  it("keeps real agency names only and links leveraged systems as built on", () => {
    const names = catalogue.products!.flatMap((p) => p.agencies!.map((a) => a.name));
    expect(names.filter((n) => /^\d{2}-\d{3}/.test(n) || n !== n.trim() || n === "Legacy JAB Authorization")).toEqual([]);
    const leveraged = feed.products.reduce((n, p) => n + p.leveraged_systems.length, 0);
    const builtOn = catalogue.products!.reduce((n, p) => n + p.builtOn!.length, 0);
    expect(builtOn).toBe(leveraged); // every leveraged system in this feed is itself in the feed
  });

  it("groups products by provider and marks small businesses as SMEs", () => {
    // "Cisco Systems Inc." and "Cisco Systems, Inc." are one provider.
    expect(catalogue.providers!.filter((p) => p.externalId === "fedramp:csp:cisco-systems-inc")).toHaveLength(1);
    const sme = raw((p) => p.small_business === "Yes");
    const provider = catalogue.providers!.find((p) => p.externalId === mapped(sme.id).provider)!;
    expect(provider).toMatchObject({ sme: true, australianOwned: false, dataLocation: "offshore" });
  });
});

describe("importing the FedRAMP corpus", () => {
  it("imports all 436 products, and a second import changes nothing", () => {
    const started = performance.now();
    const first = importCatalogue({ db: db(), data: catalogue, source: "fedramp" });
    const firstMs = performance.now() - started;
    expect(first).toMatchObject({ ok: true, created: { products: 436, assessors: 44 } });
    expect(sql("select count(*) as n, count(distinct slug) as slugs from products where source = 'fedramp'")).toEqual([
      { n: 436, slugs: 436 },
    ]);
    expect(sql("select distinct source, kinds from assessors")).toEqual([{ source: "fedramp", kinds: '["irap"]' }]);
    expect(sql("select distinct australian_owned, source from providers")).toEqual([{ australian_owned: 0, source: "fedramp" }]);
    expect(sql("select distinct source from agencies")).toEqual([{ source: "fedramp" }]);
    expect(sql("select distinct mapped, evidence_level from badges order by 2")).toEqual([
      { mapped: 1, evidence_level: "document" },
      { mapped: 1, evidence_level: "third_party" },
    ]);

    const version = dataVersion();
    const again = performance.now();
    const second = importCatalogue({ db: db(), data: catalogue, source: "fedramp" });
    const secondMs = performance.now() - again;
    expect(second).toEqual({
      ok: true,
      created: { assessors: 0, providers: 0, products: 0, categories: 0, agencies: 0 },
      updated: { assessors: 0, providers: 0, products: 0 },
      unchanged: 44 + catalogue.providers!.length + 436,
    });
    expect(dataVersion()).toBe(version);
    console.log(`FedRAMP import: first ${Math.round(firstMs)} ms, second (no-op) ${Math.round(secondMs)} ms`);
  });
});
