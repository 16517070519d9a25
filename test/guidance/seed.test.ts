import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { articleProducts, articleRevisions, articles, products } from "~db/schema";
import { SECURE_CLOUD_PRINCIPLES } from "~/guidance/principles";
import { wordCount } from "~/guidance/reading-time";
import { getArticleBySlug, listPublishedArticles, listPublishedTags, relatedArticlesForProduct } from "~/guidance/article.server";
import { loadSeedArticles, parseArticleFile, seedArticles } from "../../seed/articles";
import { seedDatabase } from "../../seed/seed";

// Seeding hashes the demo accounts' passwords (scrypt), which is slow on purpose.
beforeAll(async () => {
  await seedDatabase({ db: db() });
}, 60_000);

describe("seeded guidance", () => {
  const files = loadSeedArticles();

  it("has at least 20 substantial articles, mostly published, with drafts and one archived", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const a of files) expect(wordCount(a.body), a.slug).toBeGreaterThanOrEqual(400);
    const by = (s: string) => files.filter((a) => a.status === s).length;
    expect(by("published")).toBeGreaterThanOrEqual(20);
    expect(by("draft") + by("in_review")).toBeGreaterThanOrEqual(1);
    expect(by("archived")).toBe(1);
  });

  it("covers all seven principles and the IRAP, HCF and Essential Eight badges", () => {
    const principles = new Set(files.filter((a) => a.status === "published").flatMap((a) => a.principles));
    for (const p of SECURE_CLOUD_PRINCIPLES) expect(principles.has(p.number)).toBe(true);
    const kinds = new Set(files.flatMap((a) => a.badges));
    for (const k of ["irap", "hcf", "e8"]) expect(kinds.has(k)).toBe(true);
  });

  it("never calls a service 'ASD certified' except to say it is wrong", () => {
    for (const a of files) {
      const lines = a.body.split("\n");
      lines.forEach((line, i) => {
        // The phrase may appear only where the text around it says not to use it.
        if (/ASD certified/i.test(line))
          expect(lines.slice(Math.max(0, i - 3), i + 1).join(" "), a.slug).toMatch(/not|never|avoid|wrong|claims|void|inaccurate/i);
      });
    }
  });

  it("wrote every article with a first revision and related sample products where asked", () => {
    const n = db().select({ n: count() }).from(articles).get()?.n;
    expect(n).toBe(files.length);
    const revisions = db().select({ n: count() }).from(articleRevisions).get()?.n;
    expect(revisions).toBe(files.length);
    const irap = getArticleBySlug({ slug: "how-to-read-an-irap-report", includeUnpublished: false });
    expect(irap?.products.length).toBeGreaterThan(0);
    expect(irap?.tags.map((t) => t.slug)).toContain("irap");
  });

  it("is idempotent and leaves an editor's changes alone", () => {
    db().update(articles).set({ title: "Edited by an editor" }).where(eq(articles.slug, "consider-first-policy")).run();
    expect(seedArticles(db())).toEqual({ added: 0 });
    expect(db().select({ n: count() }).from(articles).get()?.n).toBe(files.length);
    expect(getArticleBySlug({ slug: "consider-first-policy", includeUnpublished: false })?.title).toBe("Edited by an editor");
  });

  it("rejects a file without front matter or with an unknown status", () => {
    expect(() => parseArticleFile("x.md", "no front matter")).toThrow(/front matter/);
    const quoted = (title: string) =>
      parseArticleFile(
        "q.md",
        `---\nslug: q\ntitle: ${title}\nsummary: s\nagency: DTA\nstatus: published\npublished: 2026-01-01\n---\nbody`,
      ).title;
    expect(quoted('"Principle 1: make risk-based decisions"')).toBe("Principle 1: make risk-based decisions");
    expect(quoted("'Use services ''as they come'''")).toBe("Use services 'as they come'");
    expect(quoted('"Say \\"IRAP-assessed\\""')).toBe('Say "IRAP-assessed"');
    expect(quoted('Say "IRAP-assessed", not "ASD certified"')).toBe('Say "IRAP-assessed", not "ASD certified"');
    expect(loadSeedArticles().filter((a) => /^["']/.test(a.title))).toEqual([]);
    expect(() => parseArticleFile("x.md", "---\nslug: a\nstatus: live\n---\nbody")).toThrow(/status/);
  });
});

describe("reading articles", () => {
  it("lists only published articles to the public, filterable by principle and tag", () => {
    const all = listPublishedArticles();
    expect(all.every((a) => a.status === "published")).toBe(true);
    expect(all.map((a) => a.slug)).not.toContain("shared-responsibility-in-practice");
    const p7 = listPublishedArticles({ principle: 7 });
    expect(p7.length).toBeGreaterThan(0);
    expect(p7.every((a) => a.principles.includes(7))).toBe(true);
    const irap = listPublishedArticles({ tag: "irap" });
    expect(irap.length).toBe(3);
    expect(listPublishedArticles({ tag: "irap", principle: 7 }).map((a) => a.slug)).toEqual(["irap-reassessment-every-24-months"]);
    expect(listPublishedTags().find((t) => t.slug === "irap")?.count).toBe(3);
  });

  it("hides drafts and archived articles unless the reader is an editor", () => {
    expect(getArticleBySlug({ slug: "shared-responsibility-in-practice", includeUnpublished: false })).toBeNull();
    expect(getArticleBySlug({ slug: "shared-responsibility-in-practice", includeUnpublished: true })?.status).toBe("draft");
    expect(getArticleBySlug({ slug: "using-the-2019-cloud-assessment-tool", includeUnpublished: false })).toBeNull();
  });

  it("finds related guidance for a product: linked articles first, then matching badge kinds", () => {
    const link = db()
      .select({ productId: articleProducts.productId })
      .from(articleProducts)
      .innerJoin(articles, eq(articles.id, articleProducts.articleId))
      .where(eq(articles.slug, "how-to-read-an-irap-report"))
      .get();
    expect(link).toBeDefined();
    const related = relatedArticlesForProduct({ productId: link!.productId, badgeKinds: [] });
    expect(related[0]?.slug).toBe("how-to-read-an-irap-report");
    const byKind = relatedArticlesForProduct({ productId: -1, badgeKinds: ["hcf"], limit: 20 });
    expect(byKind.map((a) => a.slug)).toContain("when-hosting-must-be-certified");
    expect(relatedArticlesForProduct({ productId: -1, badgeKinds: [] })).toEqual([]);
    const anyProduct = db().select({ id: products.id }).from(products).get();
    expect(relatedArticlesForProduct({ productId: anyProduct!.id, badgeKinds: ["irap", "hcf", "e8"] }).length).toBeLessThanOrEqual(5);
  });
});
