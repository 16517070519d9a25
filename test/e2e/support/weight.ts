import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Browser, Response } from "playwright-core";

export type Weight = {
  path: string;
  jsKB: number;
  jsBrKB: number;
  cssKB: number;
  inlineCssKB: number;
  htmlKB: number;
  requests: number;
  ttfbMs: number;
  lcpMs: number;
};

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * The body as gzip would send it, and as brotli (what this server actually sends to browsers that
 * accept it, at the compression middleware's quality 4; it streams without a Content-Length, so the body is compressed here to count it).
 */
async function transferred(response: Response): Promise<{ gzip: number; br: number }> {
  const body = await response.body();
  return { gzip: gzipSync(body).length, br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length };
}

/** Loads one page in a fresh context (cold cache) and measures what it ships and how fast it paints. */
export async function measure(browser: Browser, baseURL: string, path: string): Promise<Weight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<{ kind: string; bytes: number; br: number }>[] = [];
  page.on("response", (r) => {
    const kind = r.request().resourceType();
    if (kind === "script" || kind === "stylesheet" || kind === "document")
      pending.push(transferred(r).then((t) => ({ kind, bytes: t.gzip, br: t.br })));
  });
  await page.goto(`${baseURL}${path}`, { waitUntil: "networkidle" });
  const timing = await page.evaluate(
    () =>
      new Promise<{ ttfb: number; lcp: number; inlineCss: string }>((resolve) => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const inlineCss = [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").join("");
        let lcp = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) lcp = Math.max(lcp, e.startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve({ ttfb: nav.responseStart - nav.startTime, lcp, inlineCss }), 100);
      }),
  );
  const loaded = await Promise.all(pending);
  await context.close();
  const sum = (kind: string) => loaded.filter((l) => l.kind === kind).reduce((n, l) => n + l.bytes, 0);
  return {
    path,
    jsKB: kb(sum("script")),
    jsBrKB: kb(loaded.filter((l) => l.kind === "script").reduce((n, l) => n + l.br, 0)),
    cssKB: kb(sum("stylesheet")),
    inlineCssKB: kb(gzipSync(timing.inlineCss).length),
    htmlKB: kb(sum("document")),
    requests: loaded.length,
    ttfbMs: Math.round(timing.ttfb),
    lcpMs: Math.round(timing.lcp),
  };
}
