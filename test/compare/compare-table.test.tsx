/**
 * Compare through its loader and its own table: "Differs" only where a value a buyer decides on
 * differs (not an assessment's date), a FedRAMP-mapped product named for what it is with its
 * unknown provider facts "Not stated", and a remove link per product that keeps the others.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { CompareTable, type ComparedProduct } from "~/compare/compare-table";
import { loader } from "~/routes/compare";
import { db } from "~db/client.server";
import { badges, products } from "~db/schema";
import { seedDatabase } from "../../seed/seed";
import { importCatalogue } from "../../seed/import/catalogue-import";
import { fedrampFeedSchema, mapFedramp } from "../../seed/import/fedramp-mapping";
import { call, get } from "../procurement/route-helpers";

beforeAll(async () => {
  await seedDatabase({ db: db() });
  const corpus = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seed/corpora/fedramp-marketplace.json"), "utf8"));
  importCatalogue({ db: db(), data: mapFedramp(fedrampFeedSchema.parse(corpus)), source: "fedramp" });
}, 120_000);

/** The table's text, row by row: "label | cell | cell", with "Differs" where the row says so. */
function rows(html: string): string[] {
  return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]
      .replace(/<style[\s\S]*?<\/style>/g, "")
      .replace(/<\/t[hd]>/g, " | ")
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

const render = (list: ComparedProduct[], removeHref: (slug: string) => string = () => "/compare") =>
  renderToStaticMarkup(<CompareTable products={list} removeHref={removeHref} />).replace(/<style[\s\S]*?<\/style>/g, "");

async function compared(slugs: string[]): Promise<ComparedProduct[]> {
  return (await (await call(loader, get(`/compare?products=${slugs.join(",")}`))).json()).products;
}

function irapSlugs(mapped: boolean, n: number): string[] {
  return db()
    .selectDistinct({ slug: products.slug })
    .from(products)
    .innerJoin(badges, eq(badges.productId, products.id))
    .where(and(eq(badges.kind, "irap"), eq(badges.mapped, mapped)))
    .limit(n)
    .all()
    .map((r) => r.slug);
}

describe("the comparison table", () => {
  it("does not call a row different when only an assessment's date differs", async () => {
    const list = await compared(irapSlugs(false, 2));
    // Same level and currency, different days: the buyer's decision is the same.
    const [a, b] = list.map((p) => p.badges.find((x) => x.kind === "irap")!);
    b.level = a.level;
    b.currency = { ...a.currency, label: `${a.currency.label} (another day)` };
    b.assessedOn = "2025-01-01";
    a.assessedOn = "2025-06-30";
    const same = rows(render(list)).find((r) => r.startsWith("IRAP"))!;
    expect(same).not.toContain("Differs");

    b.level = a.level === "PROTECTED" ? "OFFICIAL: Sensitive" : "PROTECTED";
    const differs = rows(render(list)).find((r) => r.startsWith("IRAP"))!;
    expect(differs).toMatch(/^IRAP assessment ?Differs \|/);
  });

  it("names a FedRAMP-mapped product's authorisation for what it is and its unknown provider facts 'Not stated'", async () => {
    const list = await compared([...irapSlugs(false, 1), ...irapSlugs(true, 1)]);
    const text = rows(render(list));
    const irap = text.find((r) => r.startsWith("IRAP"))!;
    expect(irap).toMatch(/FedRAMP \w+ authorisation, shown as [A-Za-z: ]+-equivalent: not an IRAP assessment/);
    // The first "Listing" row is the section's heading.
    expect(text.filter((r) => r.startsWith("Listing"))[1]).toContain("Mapped from the US FedRAMP Marketplace");
    const dataHeld = text.find((r) => r.startsWith("Data held"))!;
    expect(dataHeld.split(" | ")[2].replace(" |", "")).toBe("Not stated");
    expect(
      text
        .find((r) => r.startsWith("24/7 security operations centre"))!
        .split(" | ")[2]
        .replace(" |", ""),
    ).toBe("Not stated");
  });

  it("offers each product a remove link that keeps the others, named for screen readers", async () => {
    const slugs = irapSlugs(false, 3);
    const list = await compared(slugs);
    const html = render(list, (slug) => `/compare?products=${slugs.filter((s) => s !== slug).join(",")}`);
    expect(html).toContain(`href="/compare?products=${slugs[1]},${slugs[2]}"`);
    expect(html).toContain(`aria-label="Remove ${list[0].name} from the comparison"`);
  });
});
