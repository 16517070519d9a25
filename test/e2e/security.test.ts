/**
 * Security headers over real HTTP from the production server, and a real browser proving the
 * Content Security Policy does not break the app: pages hydrate, client-side navigation works, and
 * nothing is blocked (no CSP violation reported, no console error about the policy).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { DEMO_PASSWORD, signInAs } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function cookieLine(res: Response, name: string): string {
  const line = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie set`);
  return line;
}

describe("headers over HTTP", () => {
  it("pages carry a nonce-based CSP and the other protective headers", async () => {
    const first = await fetch(`${baseURL}/products`);
    const second = await fetch(`${baseURL}/products`);
    const csp = first.headers.get("content-security-policy") ?? "";
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    for (const directive of [
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
      "img-src 'self' data:",
    ])
      expect(csp).toContain(directive);
    // A fresh nonce per response, and every script in the page carries it.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    // The browser tests run the production build with NODE_ENV=production.
    expect(first.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });

  it("keeps a caller's request id and makes one otherwise", async () => {
    const given = await fetch(`${baseURL}/healthz`, { headers: { "x-request-id": "trace-123.abc" } });
    expect(given.headers.get("x-request-id")).toBe("trace-123.abc");
    const bad = await fetch(`${baseURL}/healthz`, { headers: { "x-request-id": "no spaces <allowed>" } });
    expect(bad.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("open data and static files get nosniff too", async () => {
    const res = await fetch(`${baseURL}/api/products?limit=1`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("is ready when the database answers and every migration is applied", async () => {
    const res = await fetch(`${baseURL}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ready");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("sets the CSRF and session cookies HttpOnly, SameSite and Secure", async () => {
    const page = await fetch(`${baseURL}/login`);
    const csrfCookie = cookieLine(page, "cx_csrf");
    for (const attr of [/;\s*HttpOnly/i, /;\s*SameSite=(Lax|Strict)/i, /;\s*Secure/i]) expect(csrfCookie).toMatch(attr);
    const token = /^cx_csrf=([^;]+)/.exec(csrfCookie)![1];
    const res = await fetch(`${baseURL}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: `cx_csrf=${token}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrf: token, email: "buyer@example.com", password: DEMO_PASSWORD, redirectTo: "/account" }),
    });
    expect(res.status).toBe(302);
    const session = cookieLine(res, "cx_session");
    for (const attr of [/;\s*HttpOnly/i, /;\s*SameSite=(Lax|Strict)/i, /;\s*Secure/i]) expect(session).toMatch(attr);
  });

  it("refuses a form posted without its CSRF token with a 403 and a message", async () => {
    const res = await fetch(`${baseURL}/purchase`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "intent=clear",
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/expired or came from another site/);
  });
});

/** Records CSP violations and console errors about the policy from the moment the page opens. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Content-Security-Policy|CSP/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

/** True once React has hydrated: Remix's router is running in the page. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => Boolean((window as unknown as { __remixRouter?: unknown }).__remixRouter), undefined, {
    timeout: 15_000,
  });
}

describe("in a browser with the CSP", () => {
  it("pages hydrate without a CSP violation, and client-side navigation works", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watch(page);
    for (const path of ["/", "/products", "/articles", "/rules", "/login"]) {
      await page.goto(`${baseURL}${path}`);
      await hydrated(page);
    }
    // A client-side navigation keeps the same document: a marker set on window survives it.
    await page.goto(`${baseURL}/products`);
    await hydrated(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const first = page
      .getByRole("list", { name: /of \d+ products/ })
      .getByRole("link")
      .first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("blocks an injected inline script, and the watcher above would see it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${baseURL}/`);
    await hydrated(page);
    const ran = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.injected = true";
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 200));
      return Boolean((window as unknown as { injected?: boolean }).injected);
    });
    expect(ran).toBe(false);
    expect(problems.some((p) => /CSP violation: script-src/.test(p))).toBe(true);
    await context.close();
  });

  it("signed-in pages hydrate too", async () => {
    const context = await browser.newContext();
    const page = await signInAs(context, baseURL, "admin@example.com");
    const problems = await watch(page);
    for (const path of ["/account", "/admin/audit", "/shortlists"]) {
      await page.goto(`${baseURL}${path}`);
      await hydrated(page);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
