import { beforeAll, describe, expect, it } from "vitest";
import { connection, db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { currencyByKind, productsByIrapLevel, ratingDistribution, smeShare } from "~/open-data/insights";
import type { DatedBadge } from "~/open-data/record";
import { loader } from "~/routes/insights";

const b = (kind: string, assessedOn: string, state: DatedBadge["state"]): DatedBadge => ({
  kind,
  level: "x",
  assessedOn,
  periodEnd: null,
  expiresOn: null,
  state,
  mapped: false,
});

describe("insight figures", () => {
  it("counts products by their highest IRAP level, highest first, then none", () => {
    expect(
      productsByIrapLevel([{ irapLevel: "PROTECTED" }, { irapLevel: null }, { irapLevel: "PROTECTED" }, { irapLevel: "SECRET" }]),
    ).toEqual([
      { level: "SECRET", count: 1 },
      { level: "PROTECTED", count: 2 },
      { level: "OFFICIAL: Sensitive", count: 0 },
      { level: "none", count: 1 },
    ]);
  });

  it("counts only each product's latest badge of a kind, and leaves out kinds with no expiry", () => {
    const rows = currencyByKind([
      { badges: [b("irap", "2022-01-01", "overdue"), b("irap", "2025-01-01", "current"), b("soc2", "2025-01-01", "due")] },
      { badges: [b("irap", "2023-01-01", "overdue"), b("hcf", "2020-01-01", "no_expiry")] },
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["irap", "iso27001", "soc2", "csa_star", "pci_dss"]);
    expect(rows[0].counts).toEqual({ current: 1, due: 0, overdue: 1 });
    expect(rows[2].counts).toEqual({ current: 0, due: 1, overdue: 0 });
  });

  it("spreads ratings over 5 to 1 stars and splits providers by SME", () => {
    expect(
      ratingDistribution([
        { overall: 4, count: 3 },
        { overall: 1, count: 1 },
      ]),
    ).toEqual([
      { stars: 5, count: 0 },
      { stars: 4, count: 3 },
      { stars: 3, count: 0 },
      { stars: 2, count: 0 },
      { stars: 1, count: 1 },
    ]);
    expect(smeShare([{ sme: true }, { sme: false }, { sme: false }])).toEqual({ sme: 1, other: 2 });
  });
});

describe("/insights on the seeded catalogue", () => {
  beforeAll(async () => {
    await seedDatabase({ db: db() });
  }, 120_000);

  it("adds up to the catalogue", async () => {
    const data = await (await loader()).json();
    expect(data.irapLevels.reduce((n: number, l: { count: number }) => n + l.count, 0)).toBe(data.productCount);
    const irap = data.currency[0].counts;
    const withIrap = data.productCount - data.irapLevels[data.irapLevels.length - 1].count;
    expect(irap.current + irap.due + irap.overdue).toBe(withIrap);
    const providers = connection().sqlite.prepare("select count(distinct provider_id) as n from products").get() as { n: number };
    expect(data.sme.sme + data.sme.other).toBe(providers.n);
    const published = connection().sqlite.prepare("select count(*) as n from reviews where status = 'published'").get() as { n: number };
    expect(data.ratings.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(published.n);
  });
});
