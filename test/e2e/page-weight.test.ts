/**
 * What each page type ships (JavaScript and CSS, gzip, cold cache) and how fast it answers and paints
 * on localhost. JavaScript stays under 150 KB gzip per page.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { discoverPaths, publicPageTypes } from "./support/pages";
import { measure, type Weight } from "./support/weight";

const baseURL = inject("baseURL");
const JS_BUDGET_KB = 150;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it(`every page type ships under ${JS_BUDGET_KB} KB of JavaScript (gzip)`, { timeout: 300_000 }, async () => {
  const context = await browser.newContext();
  const types = publicPageTypes(await discoverPaths(await context.newPage(), baseURL));
  await context.close();
  const weights: (Weight & { page: string })[] = [];
  for (const type of types) weights.push({ page: type.name, ...(await measure(browser, baseURL, type.path)) });
  console.table(weights.map(({ path: _path, ...w }) => w));
  for (const w of weights) {
    expect({ page: w.page, overBudget: w.jsKB > JS_BUDGET_KB }).toEqual({ page: w.page, overBudget: false });
    // The measurement itself must have seen the app's scripts, or a zero would pass vacuously.
    expect(w.jsKB).toBeGreaterThan(10);
  }
});
