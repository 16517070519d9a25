/**
 * What each page type ships (JavaScript and CSS, gzip, cold cache) and how fast it answers and paints
 * on localhost. Every page must ship under 150 KB of JavaScript (gzip).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { discoverPaths, publicPageTypes } from "./support/pages";
import { scriptWeightByRoute } from "./support/route-scripts";
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

it(`every route, signed-in pages too, lists under ${JS_BUDGET_KB} KB of first-load JavaScript (gzip) in the build manifest`, () => {
  const routes = scriptWeightByRoute(inject("buildDir"));
  expect(routes.length).toBeGreaterThan(50);
  const heaviest = [...routes].sort((a, b) => b.jsKB - a.jsKB);
  console.log(
    `Heaviest routes (KB gzip): ${heaviest
      .slice(0, 5)
      .map((r) => `${r.route} ${r.jsKB}`)
      .join(", ")}`,
  );
  expect(heaviest.filter((r) => r.jsKB > JS_BUDGET_KB)).toEqual([]);
});
