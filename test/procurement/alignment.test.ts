import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action as savePurchase } from "~/routes/purchase";
import { loader as productLoader } from "~/routes/products.$slug";
import { loader as productsLoader } from "~/routes/products._index";
import { parsePurchaseForm } from "~/procurement/purchase-form.server";
import { evaluatePurchase, meetsEveryRule, type RuleVersion } from "~/procurement/rules";
import { todayIso } from "~/platform/dates";
import { db } from "~db/client.server";
import { badges, procurementRules, procurementRuleVersions, products } from "~db/schema";
import { anonymous } from "../accounts/support";
import { seedDatabase } from "../../seed/seed";
import { call, get, post, PROTECTED_PURCHASE, remember } from "./route-helpers";

const browser = anonymous();

beforeAll(async () => {
  await seedDatabase({ db: db() });
  remember(browser, await call(savePurchase, post("/purchase", PROTECTED_PURCHASE, browser)));
}, 60_000);

/** The verdicts worked out here from the tables, apart from the app's alignment cache. */
function expectedFits(): Set<string> {
  const parsed = parsePurchaseForm(PROTECTED_PURCHASE);
  if (!parsed.ok) throw new Error("fixture purchase is invalid");
  const rules: RuleVersion[] = db()
    .select({
      key: procurementRules.key,
      name: procurementRules.name,
      owner: procurementRules.owner,
      version: procurementRuleVersions.version,
      effectiveFrom: procurementRuleVersions.effectiveFrom,
      effectiveTo: procurementRuleVersions.effectiveTo,
      params: procurementRuleVersions.params,
      summary: procurementRuleVersions.summary,
      sourceTitle: procurementRuleVersions.sourceTitle,
      sourceUrl: procurementRuleVersions.sourceUrl,
    })
    .from(procurementRuleVersions)
    .innerJoin(procurementRules, eq(procurementRules.id, procurementRuleVersions.ruleId))
    .all();
  const fits = new Set<string>();
  for (const p of db().select({ id: products.id, slug: products.slug, name: products.name }).from(products).all()) {
    const rows = db()
      .select({
        kind: badges.kind,
        level: badges.level,
        assessedOn: badges.assessedOn,
        expiresOn: badges.expiresOn,
        periodEnd: badges.periodEnd,
        e8Levels: badges.e8Levels,
        evidenceLevel: badges.evidenceLevel,
        assessorName: badges.assessorName,
        mapped: badges.mapped,
      })
      .from(badges)
      .where(eq(badges.productId, p.id))
      .all();
    const results = evaluatePurchase({
      purchase: parsed.value,
      product: { name: p.name, badges: rows, awaitingHcfCertification: false },
      rules,
      today: todayIso(),
    });
    if (meetsEveryRule(results)) fits.add(p.slug);
  }
  return fits;
}

describe("alignment with the proposed purchase", () => {
  it("shows every rule's outcome, reason, source and version on the product page", async () => {
    const slug = db().select({ slug: products.slug }).from(products).limit(1).get()!.slug;
    const { fit } = await (await call(productLoader, get(`/products/${slug}`, browser.cookie), { slug })).json();
    expect(fit.described).toBe(true);
    expect(fit.rules.length).toBeGreaterThan(4);
    for (const r of fit.rules) {
      expect(r.scope).toBe("product");
      expect(["meets", "does_not_meet", "needs_evidence", "not_applicable"]).toContain(r.outcome);
      expect(r.reason.length).toBeGreaterThan(5);
    }
    const irap = fit.rules.find((r: { key: string }) => r.key === "irap_level");
    expect(irap.version).toMatchObject({ version: 1, owner: "Australian Signals Directorate" });
    expect(irap.version.sourceUrl).toMatch(/^https:\/\//);
    expect(fit.line).toMatch(/Meets every product rule|met|not met|evidence|apply/);
    expect(fit.dutiesToDo).toBeGreaterThanOrEqual(0);

    const without = await (await call(productLoader, get(`/products/${slug}`), { slug })).json();
    expect(without.fit).toMatchObject({ described: false, rules: [] });
  });

  it("gives each catalogue result a summary, and fits=1 keeps exactly the products that meet every rule", async () => {
    const all = await (await call(productsLoader, get("/products", browser.cookie))).json();
    expect(all.hasPurchase).toBe(true);
    for (const r of all.results) expect(all.fit[r.id].label).toMatch(/\d+ (met|not met|needs? evidence|do(es)? not apply)/);

    const expected = expectedFits();
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(all.total);
    const found = new Set<string>();
    for (let page = 1; ; page += 1) {
      const data = await (await call(productsLoader, get(`/products?fits=1&page=${page}`, browser.cookie))).json();
      expect(data.query.fits).toBe(true);
      for (const r of data.results) {
        found.add(r.slug);
        expect(data.fit[r.id].fits).toBe(true);
      }
      if (page >= data.totalPages) break;
    }
    expect(found).toEqual(expected);
    expect(all.fitsCount).toBe(expected.size);
  });

  it("ignores fits=1 with a note when there is no purchase", async () => {
    const res = await call(productsLoader, get("/products?fits=1"));
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.query.fits).toBe(false);
    expect(data.notices[0]).toMatch(/proposed purchase/);
    expect(data.total).toBe(data.catalogueSize);
  });
});
