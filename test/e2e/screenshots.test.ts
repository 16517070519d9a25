/**
 * Full-page screenshots of the main pages at desktop (1280) and phone (390) widths, for people to
 * look at (test/e2e/screenshots/, not committed); and no page scrolls sideways on a phone.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { discoverPaths } from "./support/pages";
import { signInAs } from "./support/session";

const baseURL = inject("baseURL");
const outDir = path.resolve("test/e2e/screenshots");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

it.each([1280, 390])("screenshots at %i pixels wide, with nothing wider than the screen", { timeout: 180_000 }, async (width) => {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await signInAs(context, baseURL, "admin@example.com");
  const p = await discoverPaths(page, baseURL);
  const pages: Record<string, string> = {
    home: "/",
    products: "/products",
    product: p.products[0],
    provider: p.provider,
    compare: `/compare?products=${p.products.map((h) => h.replace("/products/", "")).join(",")}`,
    purchase: "/purchase",
    search: "/search?q=cloud",
    article: p.article,
    rule: p.rule,
    insights: "/insights",
    "data-dictionary": "/data-dictionary",
    account: "/account",
    "admin-audit": "/admin/audit",
  };
  const overflowing: string[] = [];
  for (const [name, address] of Object.entries(pages)) {
    await page.goto(`${baseURL}${address}`, { waitUntil: "networkidle" });
    await page.screenshot({ path: path.join(outDir, `${name}-${width}.png`), fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 0) overflowing.push(`${address} (${wide}px)`);
  }
  await context.close();
  expect(fs.existsSync(path.join(outDir, `home-${width}.png`))).toBe(true);
  expect(overflowing).toEqual([]);
});
