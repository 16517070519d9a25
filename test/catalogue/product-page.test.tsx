/**
 * The product page's first screen says what each fact rests on. A listing mapped from the US FedRAMP
 * Marketplace shows its authorisation as a FedRAMP one (never as an IRAP assessment) and the
 * provider facts nobody stated as "Not stated"; an Australian listing shows its assessment. The
 * loader runs against the real seeded SQLite file with the real corpus imported, and the page's
 * own components render its answer.
 */
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { seedDatabase } from "../../seed/seed";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";
import { loader as productLoader } from "~/routes/products.$slug";
import { ProductGlance } from "~/catalogue/product-glance";
import { ProviderFacts } from "~/catalogue/provider-facts";
import { ratingLabel } from "~/catalogue/product-summary";

const TODAY = "2026-11-23";

beforeAll(async () => {
  await seedDatabase({ db: db(), today: TODAY });
  const corpus = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json"), "utf8"));
  importCatalogue({ db: db(), data: mapFedramp(fedrampFeedSchema.parse(corpus)), source: "fedramp" });
});

async function productPage(slug: string, query = "") {
  const res = await productLoader({ request: new Request(`http://test/products/${slug}${query}`), params: { slug }, context: {} } as never);
  return res.json();
}

const text = (html: string) =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

const glance = (data: Awaited<ReturnType<typeof productPage>>) => text(renderToStaticMarkup(<ProductGlance rows={data.glance} />));

describe("the product page's first screen", () => {
  it("names a mapped FedRAMP authorisation for what it is, and states no provider fact nobody gave", async () => {
    const data = await productPage("cg-tts-cloud-gov");
    const seen = glance(data);
    expect(seen).toContain("IRAP None. FedRAMP Moderate authorisation");
    expect(seen).toContain("a US authorisation, not an IRAP assessment");
    expect(seen).not.toMatch(/IRAP-assessed/);
    expect(seen).toContain("Data held Not stated");
    expect(seen).toContain("Mapped from the US FedRAMP Marketplace: not supplied or checked by the provider or Cloud Exchange");
    expect(seen).toContain("Describe your purchase to see, rule by rule, whether this product fits it");

    const facts = text(renderToStaticMarkup(<ProviderFacts p={data.product.provider} />));
    expect(facts).toContain("Data held Not stated");
    expect(facts).toContain("Support staff Not stated");
    expect(facts).not.toMatch(/Overseas|Offshore|No 24\/7/);
  });

  it("shows an Australian listing's IRAP assessment with its evidence and currency", async () => {
    const data = await productPage("wattle-grid-compute");
    const seen = glance(data);
    expect(seen).toMatch(/IRAP IRAP-assessed to (PROTECTED|SECRET|OFFICIAL: Sensitive), \d+ \w+ \d{4} \(/);
    expect(seen).not.toContain("Not stated");
    expect(seen).toMatch(/out of 5 from \d+ reviews, recent ones counting most/);
  });

  it("keeps only the catalogue filters it knows for the way back", async () => {
    const data = await productPage("wattle-grid-compute", `?from=${encodeURIComponent("model=SaaS&irap=PROTECTED&evil=<script>&page=2")}`);
    expect(data.backTo).toBe("model=SaaS&irap=PROTECTED&page=2");
  });
});

describe("catalogue rating labels", () => {
  it("read the same weighted score as the product page, and say when no review is recent", () => {
    expect(ratingLabel(4.25, 1)).toBe("Rated 4.3 of 5 (1 review)");
    expect(ratingLabel(3, 12)).toBe("Rated 3.0 of 5 (12 reviews)");
    expect(ratingLabel(null, 2)).toBe("No recent reviews (2 reviews, all over two years old)");
  });
});
