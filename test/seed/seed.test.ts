import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { badgeCurrency, currencyRule } from "~/assurance/currency";
import { e8Overall } from "~/assurance/essential-eight";
import { verifyPassword } from "~/accounts/password.server";
import { addMonths } from "~/platform/dates";
import { BADGE_KINDS, E8_STRATEGIES, EVIDENCE_LEVELS, IRAP_LEVELS } from "~/assurance/vocabulary";
import { SERVICE_MODELS } from "~/catalogue/vocabulary";
import { db } from "~db/client.server";
import * as schema from "~db/schema";
import { seedDatabase } from "../../seed/seed";
import { DEMO_ACCOUNTS } from "../../seed/sample/accounts";
import { buildSampleCatalogue } from "../../seed/sample/catalogue";
import { sentenceCount } from "../../seed/sample/products";

const TODAY = "2026-11-23";

/** A kind with a currency rule, split by level where the level changes the rule (CSA STAR). */
function currencyKey(b: { kind: string; level: string }): string {
  return b.kind === "csa_star" ? `csa_star:${b.level}` : b.kind;
}

function allBadges() {
  return db().select().from(schema.badges).all();
}

function snapshot() {
  const d = db();
  return {
    products: d
      .select({ slug: schema.products.slug, description: schema.products.description, listedOn: schema.products.listedOn })
      .from(schema.products)
      .orderBy(schema.products.slug)
      .all(),
    badges: d
      .select({
        product: schema.products.slug,
        kind: schema.badges.kind,
        level: schema.badges.level,
        assessedOn: schema.badges.assessedOn,
        periodEnd: schema.badges.periodEnd,
        evidence: schema.badges.evidenceLevel,
      })
      .from(schema.badges)
      .innerJoin(schema.products, eq(schema.products.id, schema.badges.productId))
      .orderBy(schema.products.slug, schema.badges.kind)
      .all(),
  };
}

describe("seedDatabase", () => {
  let first: Awaited<ReturnType<typeof seedDatabase>>;
  beforeAll(async () => {
    first = await seedDatabase({ db: db(), today: TODAY });
  });

  it("fills an empty database with a catalogue of the promised size", () => {
    expect(first.seeded).toBe(true);
    expect(first.counts.providers).toBeGreaterThanOrEqual(30);
    expect(first.counts.products).toBeGreaterThanOrEqual(120);
    expect(first.counts.categories).toBeGreaterThanOrEqual(12);
    expect(first.counts.agencies).toBeGreaterThanOrEqual(20);
    expect(first.counts.assessors).toBeGreaterThanOrEqual(10);
    expect(first.counts.productAgencies).toBeGreaterThan(50);
    expect(first.counts.productDependencies).toBeGreaterThan(30);
    const products = db()
      .select({ serviceModel: schema.products.serviceModel, source: schema.products.source })
      .from(schema.products)
      .all();
    for (const model of SERVICE_MODELS) {
      expect(products.filter((p) => p.serviceModel === model).length, model).toBeGreaterThanOrEqual(25);
    }
    expect(new Set(products.map((p) => p.source))).toEqual(new Set(["sample"]));
  });

  it("files every product under one to three categories and writes 3-6 sentence descriptions", () => {
    const links = db().select().from(schema.productCategories).all();
    const perProduct = new Map<number, number>();
    for (const l of links) perProduct.set(l.productId, (perProduct.get(l.productId) ?? 0) + 1);
    expect(perProduct.size).toBe(first.counts.products);
    for (const n of perProduct.values()) expect(n >= 1 && n <= 3).toBe(true);
    for (const p of db().select({ name: schema.products.name, description: schema.products.description }).from(schema.products).all()) {
      const n = sentenceCount(p.description);
      expect(n >= 3 && n <= 6, `${p.name}: ${n} sentences`).toBe(true);
    }
  });

  it("carries every badge kind and every evidence level", () => {
    const badges = allBadges();
    expect(new Set(badges.map((b) => b.kind))).toEqual(new Set(BADGE_KINDS));
    expect(new Set(badges.map((b) => b.evidenceLevel))).toEqual(new Set(EVIDENCE_LEVELS));
  });

  it("shows every kind with a currency rule as current, due and overdue", () => {
    const states = new Map<string, Set<string>>();
    let hiddenCaiq = 0;
    for (const b of allBadges()) {
      if (!currencyRule(b)) continue;
      const currency = badgeCurrency(b, TODAY);
      const key = currencyKey(b);
      states.set(key, (states.get(key) ?? new Set()).add(currency.state));
      if (currency.hidden) hiddenCaiq += 1;
    }
    const expected = [
      "irap",
      "iso27001",
      "soc2",
      "pci_dss",
      "csa_star:level1_caiq",
      "csa_star:level2_attestation",
      "csa_star:level2_certification",
    ];
    expect([...states.keys()].sort()).toEqual(expected.sort());
    for (const key of expected) expect([...states.get(key)!].sort(), key).toEqual(["current", "due", "overdue"]);
    expect(hiddenCaiq).toBeGreaterThanOrEqual(1);
  });

  it("fills each kind's fields the way the schema says", () => {
    const assessors = new Map(
      db()
        .select()
        .from(schema.assessors)
        .all()
        .map((a) => [a.id, a]),
    );
    for (const b of allBadges()) {
      if (b.kind === "irap") {
        expect(IRAP_LEVELS).toContain(b.level);
        expect(assessors.get(b.assessorId!)?.kinds).toContain("irap");
        expect(b.ismRelease).toMatch(/^ISM (March|June|September|December) \d{4}$/);
        expect(b.scope).not.toBe("");
      }
      if (b.kind === "e8") {
        expect(Object.keys(b.e8Levels ?? {}).sort()).toEqual([...E8_STRATEGIES].sort());
        expect(b.assessorName).toBeTruthy();
      }
      if (b.kind === "iso27001") expect(b.expiresOn).toBe(addMonths(b.assessedOn!, 36));
      if (b.kind === "soc2") {
        expect(b.periodEnd).toBeTruthy();
        expect(b.assessorId).not.toBeNull();
      }
      if (b.kind === "hcf") expect(["strategic", "assured", "uncertified"]).toContain(b.level);
      if (b.assessedOn) expect(b.assessedOn <= TODAY).toBe(true);
    }
  });

  it("stores no Essential Eight badge whose overall level disagrees with its strategies", () => {
    const e8 = allBadges().filter((b) => b.kind === "e8");
    expect(e8.length).toBeGreaterThan(0);
    const disagreeing = e8
      .filter((b) => b.level !== e8Overall(b.e8Levels))
      .map((b) => ({ id: b.id, level: b.level, e8Levels: b.e8Levels }));
    expect(disagreeing).toEqual([]);
  });

  it("marks evidence as verified only on listings the operator verified", () => {
    const rows = db()
      .select({ evidence: schema.badges.evidenceLevel, verification: schema.products.verification })
      .from(schema.badges)
      .innerJoin(schema.products, eq(schema.products.id, schema.badges.productId))
      .all();
    expect(rows.filter((r) => r.evidence === "verified").every((r) => r.verification === "verified")).toBe(true);
  });

  it("builds platforms and software only on infrastructure products", () => {
    const products = new Map(
      db()
        .select({ id: schema.products.id, model: schema.products.serviceModel })
        .from(schema.products)
        .all()
        .map((p) => [p.id, p.model]),
    );
    for (const d of db().select().from(schema.productDependencies).all()) {
      expect(products.get(d.builtOnProductId)).toBe("IaaS");
      expect(d.productId).not.toBe(d.builtOnProductId);
    }
  });

  it("creates every demo account with its role and a working password", async () => {
    const firstProvider = db().select({ id: schema.providers.id }).from(schema.providers).orderBy(schema.providers.id).limit(1).get()!;
    for (const account of DEMO_ACCOUNTS) {
      const user = db().select().from(schema.users).where(eq(schema.users.email, account.email)).get();
      expect(user, account.email).toBeDefined();
      expect(await verifyPassword(account.password, user!.passwordHash)).toBe(true);
      expect(await verifyPassword("wrong password", user!.passwordHash)).toBe(false);
      const roles = db().select().from(schema.userRoles).where(eq(schema.userRoles.userId, user!.id)).all();
      if (account.role === "buyer") expect(roles).toEqual([]);
      if (account.role === "agency_staff") {
        expect(roles).toEqual([]);
        expect(user!.email.endsWith(".gov.au")).toBe(true);
        expect(user!.emailVerifiedAt).not.toBeNull();
        expect(user!.agencyId).not.toBeNull();
      }
      if (account.role === "provider_rep") {
        expect(roles.map((r) => [r.role, r.providerId, !!r.approvedAt])).toEqual([["provider_rep", firstProvider.id, true]]);
      }
      if (account.role === "editor" || account.role === "admin") {
        expect(roles.map((r) => r.role)).toEqual([account.role]);
        expect(user!.emailVerifiedAt).not.toBeNull();
      }
    }
  });

  it("leaves a seeded database alone when run again", async () => {
    const before = snapshot();
    const again = await seedDatabase({ db: db(), today: TODAY });
    expect(again.seeded).toBe(false);
    expect(again.counts).toEqual(first.counts);
    expect(snapshot()).toEqual(before);
  });

  it("replaces the sample rows with identical data under --force", async () => {
    const before = snapshot();
    const forced = await seedDatabase({ db: db(), today: TODAY, force: true });
    expect(forced.seeded).toBe(true);
    expect(forced.counts).toEqual(first.counts);
    expect(snapshot()).toEqual(before);
  });
});

describe("buildSampleCatalogue", () => {
  it("is deterministic for a given day and moves only its dates with the day", () => {
    const a = buildSampleCatalogue(TODAY);
    expect(buildSampleCatalogue(TODAY)).toEqual(a);
    const later = buildSampleCatalogue("2027-05-01");
    expect(later.products.map((p) => p.description)).toEqual(a.products.map((p) => p.description));
    expect(later.products[0].listedOn).not.toBe(a.products[0].listedOn);
  });

  it.each(["2027-03-31", "2028-02-29", "2030-12-31"])("keeps every currency state on %s", (today) => {
    const states = new Map<string, Set<string>>();
    for (const b of buildSampleCatalogue(today).badges) {
      if (!currencyRule(b)) continue;
      const key = currencyKey(b);
      states.set(key, (states.get(key) ?? new Set()).add(badgeCurrency(b, today).state));
    }
    for (const [key, seen] of states) expect([...seen].sort(), key).toEqual(["current", "due", "overdue"]);
  });
});
