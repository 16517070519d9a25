/**
 * What each page type ships (JavaScript and CSS, gzip, cold cache) and how fast it answers and paints
 * on localhost. The target is 150 KB of JavaScript (gzip) per page; today's ceiling is asserted.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { discoverPaths, publicPageTypes } from "./support/pages";
import { measure, type Weight } from "./support/weight";

const baseURL = inject("baseURL");
const JS_BUDGET_KB = 150;
const GZIP_CEILING_KB = 195;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it(`every page type ships under ${GZIP_CEILING_KB} KB of JavaScript (gzip); the ${JS_BUDGET_KB} KB target is reported`, { timeout: 300_000 }, async () => {
  const context = await browser.newContext();
  const types = publicPageTypes(await discoverPaths(await context.newPage(), baseURL));
  await context.close();
  const weights: (Weight & { page: string })[] = [];
  for (const type of types) weights.push({ page: type.name, ...(await measure(browser, baseURL, type.path)) });
  console.table(weights.map(({ path: _path, ...w }) => w));
  const overTarget = weights.filter((w) => w.jsKB > JS_BUDGET_KB).map((w) => `${w.page} ${w.jsKB} KB`);
  // The 150 KB gzip target is NOT met yet (153-188 KB; see docs/accessibility.md). Until the shared
  // chunk is split, this ceiling stops the scripts growing further, and the shortfall is printed.
  if (overTarget.length > 0) console.warn(`Over the ${JS_BUDGET_KB} KB gzip target: ${overTarget.join("; ")}`);
  for (const w of weights) {
    expect({ page: w.page, gzipOverCeiling: w.jsKB > GZIP_CEILING_KB }).toEqual({ page: w.page, gzipOverCeiling: false });
    // The measurement itself must have seen the app's scripts, or a zero would pass vacuously.
    expect(w.jsKB).toBeGreaterThan(10);
  }
});
