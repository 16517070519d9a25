import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsv } from "../open-data/parse-csv";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("open data in the browser", () => {
  it.each([true, false])("downloads the filtered catalogue as CSV with one row per product (JavaScript %s)", async (javaScriptEnabled) => {
    const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseURL}/products?model=SaaS&irap=PROTECTED`);
    const heading = await page.locator("#results-heading").textContent();
    const total = Number(/^(\d+) of/.exec(heading ?? "")?.[1]);
    expect(total).toBeGreaterThan(0);

    const link = page.getByRole("link", { name: "Download these results as CSV" });
    expect(await link.getAttribute("href")).toBe("/products/export.csv?model=SaaS&irap=PROTECTED");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^cloud-exchange-products-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(fs.readFileSync((await download.path())!, "utf8"));
    expect(rows[0][0]).toBe("slug");
    expect(rows.length - 1).toBe(total);
    await context.close();
  });

  it("shows the insight charts, each named, with its numbers in a table, and no accessibility problems", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/insights`);
    for (const name of [
      "Products by highest classification assessed",
      "Badge currency across the catalogue",
      "Ratings of published reviews",
      "Share of providers that are SMEs",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole("img", { name: "Badge currency by kind of badge" }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("img", { name: /./ }).count()).toBeGreaterThanOrEqual(3);
    await page.getByText("Show the data as a table").first().click();
    await expect(page.getByRole("table", { name: "Products by highest IRAP level assessed" }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page, "main")).toEqual([]);
    await page.close();
  });

  it("answers the API with an ETag that a repeat request turns into 304, over real HTTP", async () => {
    const url = `${baseURL}/api/products?model=IaaS&pageSize=5`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const body = await first.json();
    expect(body.data).toHaveLength(Math.min(5, body.meta.total));
    const again = await fetch(url, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect((await fetch(`${baseURL}/api/products?model=Mainframe`)).status).toBe(400);
  });

  it("serves What's new and a well-formed Atom feed with the data dictionary a footer link away", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/whats-new`);
    await expect(page.getByRole("heading", { level: 1, name: "What's new" }).isVisible()).resolves.toBe(true);
    const feed = await (await fetch(`${baseURL}/whats-new/feed.xml`)).text();
    const check = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: doc.documentElement.namespaceURI === atom && doc.documentElement.localName === "feed",
        entries: doc.getElementsByTagNameNS(atom, "entry").length,
        entriesComplete: [...doc.getElementsByTagNameNS(atom, "entry")].every((e) =>
          ["id", "title", "updated"].every((t) => e.getElementsByTagNameNS(atom, t).length === 1),
        ),
      };
    }, feed);
    expect(check).toMatchObject({ error: false, root: true, entriesComplete: true });
    expect(check.entries).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "Data dictionary" }).click();
    await page.getByRole("heading", { level: 1, name: "Data dictionary" }).waitFor();
    await expect(page.getByRole("table", { name: "Columns of /products/export.csv, in order" }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page, "main")).toEqual([]);
    await page.close();
  });
});
