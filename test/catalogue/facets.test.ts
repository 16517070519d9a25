/**
 * Every facet combination returns exactly the products the database says. The oracle is plain SQL
 * written independently of app/catalogue (its own date arithmetic for currency), run against the
 * real seeded SQLite file with the FedRAMP corpus imported beside the sample, for a few hundred
 * random combinations. A FedRAMP authorisation mapped to an Australian level is never an IRAP
 * assessment, so the oracle's IRAP conditions read only unmapped badges.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { connection, db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import {
  CERTIFICATION_FACETS,
  EMPTY_QUERY,
  facetCounts,
  filterEntries,
  sortEntries,
  toSearchParams,
  type CatalogueQuery,
} from "~/catalogue/facets";
import { parseCatalogueQuery } from "~/catalogue/facets.server";
import { catalogueEntries, listCategories } from "~/catalogue/catalogue.server";
import { E8_LEVELS, HCF_LEVELS, IRAP_LEVELS } from "~/assurance/vocabulary";
import { SERVICE_MODELS } from "~/catalogue/vocabulary";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";

const TODAY = "2026-11-23";

beforeAll(async () => {
  await seedDatabase({ db: db(), today: TODAY });
  const corpus = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json"), "utf8"));
  importCatalogue({ db: db(), data: mapFedramp(fedrampFeedSchema.parse(corpus)), source: "fedramp" });
});

function sqlIds(q: CatalogueQuery): number[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const list = (values: readonly unknown[]) => values.map(() => "?").join(",");
  // Badges that are valid today (not past their expiry) by kind, computed in SQL.
  const expiry = `case b.kind
      when 'irap' then date(b.assessed_on, '+24 months')
      when 'iso27001' then coalesce(b.expires_on, date(b.assessed_on, '+36 months'))
      when 'soc2' then date(b.period_end, '+12 months')
      when 'csa_star' then case b.level when 'level2_certification' then coalesce(b.expires_on, date(b.assessed_on, '+36 months')) else date(b.assessed_on, '+12 months') end
      else null end`;
  if (q.category.length) {
    where.push(
      `p.id in (select pc.product_id from product_categories pc join categories c on c.id = pc.category_id where c.slug in (${list(q.category)}))`,
    );
    args.push(...q.category);
  }
  if (q.model.length) {
    where.push(`p.service_model in (${list(q.model)})`);
    args.push(...q.model);
  }
  const irapRank = `case b.level when 'OFFICIAL: Sensitive' then 2 when 'PROTECTED' then 3 when 'SECRET' then 4 end`;
  if (q.irap) {
    where.push(`exists (select 1 from badges b where b.product_id = p.id and b.kind = 'irap' and b.mapped = 0 and ${irapRank} >= ?)`);
    args.push(IRAP_LEVELS.indexOf(q.irap) + 2);
  }
  if (q.irapStatus.length) {
    // The strongest IRAP assessment decides the product's IRAP currency.
    const best = `(select b.assessed_on from badges b where b.product_id = p.id and b.kind = 'irap' and b.mapped = 0 order by ${irapRank} desc limit 1)`;
    const state = `case when ${best} is null then 'none'
        when date(${best}, '+24 months') < ? then 'overdue'
        when julianday(date(${best}, '+24 months')) - julianday(?) <= 90 then 'due'
        else 'current' end`;
    where.push(`${state} in (${list(q.irapStatus)})`);
    args.push(TODAY, TODAY, ...q.irapStatus);
  }
  if (q.hcf.length) {
    where.push(
      `coalesce((select b.level from badges b where b.product_id = p.id and b.kind = 'hcf' order by b.id desc limit 1), 'none') in (${list(q.hcf)})`,
    );
    args.push(...q.hcf);
  }
  if (q.e8) {
    where.push(`exists (select 1 from badges b where b.product_id = p.id and b.kind = 'e8' and cast(substr(b.level, 3) as integer) >= ?)`);
    args.push(E8_LEVELS.indexOf(q.e8));
  }
  for (const c of q.cert) {
    where.push(`exists (select 1 from badges b where b.product_id = p.id and b.kind = ? and ${expiry} >= ?)`);
    args.push(c, TODAY);
  }
  if (q.onshore) where.push(`pr.data_location = 'onshore'`);
  if (q.sme) where.push(`pr.sme = 1`);
  if (q.source.length === 1) where.push(q.source[0] === "fedramp" ? `p.source = 'fedramp'` : `p.source <> 'fedramp'`);
  const sql = `select p.id from products p join providers pr on pr.id = p.provider_id ${where.length ? `where ${where.join(" and ")}` : ""} order by p.id`;
  return (
    connection()
      .sqlite.prepare(sql)
      .all(...args) as { id: number }[]
  ).map((r) => r.id);
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("catalogue facets against real SQLite", () => {
  it("match the SQL oracle for every single facet value", () => {
    const entries = catalogueEntries(TODAY);
    const cats = listCategories().map((c) => c.slug);
    const singles: Partial<CatalogueQuery>[] = [
      ...cats.map((c) => ({ category: [c] })),
      ...SERVICE_MODELS.map((m) => ({ model: [m] })),
      ...IRAP_LEVELS.map((l) => ({ irap: l })),
      ...(["current", "due", "overdue", "none"] as const).map((s) => ({ irapStatus: [s] })),
      ...[...HCF_LEVELS, "none" as const].map((h) => ({ hcf: [h] })),
      ...E8_LEVELS.map((l) => ({ e8: l })),
      ...CERTIFICATION_FACETS.map((c) => ({ cert: [c] })),
      { onshore: true },
      { sme: true },
      { source: ["australian" as const] },
      { source: ["fedramp" as const] },
      { source: ["australian" as const, "fedramp" as const] },
    ];
    for (const partial of singles) {
      const q = { ...EMPTY_QUERY, ...partial };
      const got = filterEntries(entries, q)
        .map((e) => e.id)
        .sort((a, b) => a - b);
      expect(got, JSON.stringify(partial)).toEqual(sqlIds(q));
    }
  });

  it("match the SQL oracle for 300 random combinations, and the counts agree", () => {
    const entries = catalogueEntries(TODAY);
    const cats = listCategories().map((c) => c.slug);
    const r = rng(42);
    const pick = <T>(xs: readonly T[], p = 0.25) => xs.filter(() => r() < p);
    for (let i = 0; i < 300; i++) {
      const q: CatalogueQuery = {
        ...EMPTY_QUERY,
        category: pick(cats, 0.1),
        model: pick(SERVICE_MODELS, 0.3),
        irap: r() < 0.3 ? IRAP_LEVELS[Math.floor(r() * 3)] : null,
        irapStatus: pick(["current", "due", "overdue", "none"] as const),
        hcf: pick([...HCF_LEVELS, "none"] as const),
        e8: r() < 0.3 ? E8_LEVELS[Math.floor(r() * 4)] : null,
        cert: pick(CERTIFICATION_FACETS, 0.2),
        onshore: r() < 0.2,
        sme: r() < 0.2,
        source: pick(["australian", "fedramp"] as const, 0.3),
      };
      const expected = sqlIds(q);
      expect(
        filterEntries(entries, q)
          .map((e) => e.id)
          .sort((a, b) => a - b),
      ).toEqual(expected);
      // A facet count is what you get by adding that value: check one per facet kind.
      const counts = facetCounts(entries, q, cats);
      const model = SERVICE_MODELS[i % 3];
      expect(counts.model[model]).toBe(sqlIds({ ...q, model: [model] }).length);
      expect(counts.onshore["1"]).toBe(sqlIds({ ...q, onshore: true }).length);
      expect(counts.source.fedramp).toBe(sqlIds({ ...q, source: ["fedramp"] }).length);
    }
  });

  it("never counts a mapped FedRAMP authorisation as an IRAP assessment, and lists Australian products first", () => {
    const entries = catalogueEntries(TODAY);
    const fedramp = entries.filter((e) => e.source === "fedramp");
    expect(fedramp.length).toBe(436);
    expect(fedramp.every((e) => e.irapLevel === null)).toBe(true);
    expect(fedramp.filter((e) => e.fedrampLevel !== null).length).toBeGreaterThan(250);
    const sorted = sortEntries(filterEntries(entries, EMPTY_QUERY), "name");
    const firstMapped = sorted.findIndex((e) => e.source === "fedramp");
    expect(firstMapped).toBe(entries.length - 436);
    expect(sorted.slice(firstMapped).every((e) => e.source === "fedramp")).toBe(true);
    const rated = sortEntries(filterEntries(entries, EMPTY_QUERY), "rating");
    expect(rated[0].source).toBe("australian");
  });

  it("round-trips the query string and reports unknown values instead of failing", () => {
    const cats = listCategories().map((c) => c.slug);
    const q: CatalogueQuery = {
      ...EMPTY_QUERY,
      category: [cats[0]],
      model: ["SaaS"],
      irap: "PROTECTED",
      cert: ["iso27001", "soc2"],
      sme: true,
      source: ["fedramp"],
      sort: "newest",
      page: 2,
    };
    expect(parseCatalogueQuery(toSearchParams(q), cats)).toEqual({ query: q, problems: [] });

    const bad = parseCatalogueQuery(new URLSearchParams("model=Mainframe&irap=CONFIDENTIAL&page=-3&e8=ML9&onshore=maybe&sort=price"), cats);
    expect(bad.query).toEqual(EMPTY_QUERY);
    expect(bad.problems).toHaveLength(6);
    expect(bad.problems[0]).toBe('"Mainframe" is not a known service model, so it was ignored.');
  });
});
