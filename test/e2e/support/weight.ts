import { gzipSync } from "node:zlib";
import type { Browser, Response } from "playwright-core";

export type Weight = { path: string; jsKB: number; cssKB: number; inlineCssKB: number; htmlKB: number; requests: number; ttfbMs: number; lcpMs: number };

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Bytes on the wire: the compressed Content-Length when sent, else the body as gzip would send it. */
async function transferred(response: Response): Promise<number> {
  const length = Number(response.headers()["content-length"]);
  const encoded = Boolean(response.headers()["content-encoding"]);
  if (encoded && Number.isFinite(length) && length > 0) return length;
  return gzipSync(await response.body()).length;
}

/** Loads one page in a fresh context (cold cache) and measures what it ships and how fast it paints. */
export async function measure(browser: Browser, baseURL: string, path: string): Promise<Weight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<{ kind: string; bytes: number }>[] = [];
  page.on("response", (r) => {
    const kind = r.request().resourceType();
    if (kind === "script" || kind === "stylesheet" || kind === "document") pending.push(transferred(r).then((bytes) => ({ kind, bytes })));
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
    cssKB: kb(sum("stylesheet")),
    inlineCssKB: kb(gzipSync(timing.inlineCss).length),
    htmlKB: kb(sum("document")),
    requests: loaded.length,
    ttfbMs: Math.round(timing.ttfb),
    lcpMs: Math.round(timing.lcp),
  };
}
