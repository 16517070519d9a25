/**
 * Watching, end to end, on a production server of its own that sends mail to a real SMTP server
 * and runs its scheduled jobs (issue 16): a buyer watches a product and a catalogue search; the
 * provider renews the product's lapsed IRAP badge; an editor approves. The buyer's notifications page,
 * feed and mailbox then show the renewal, and the saved search hears that the product now
 * matches; one click on the mail client's unsubscribe (RFC 8058) stops that watch's e-mails, and
 * the link in the other e-mail stops the other, each changing nothing else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addDays, todayIso } from "~/platform/dates";
import { startSmtpServer } from "../notifications/smtp-server";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";
import { signInAs } from "./support/session";

const BUYER = "staff@finance.gov.au";
let browser: Browser;
let server: ChildProcess;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let baseURL: string;
const contexts: BrowserContext[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn("node", ["server.js"], {
    env: {
      ...process.env,
      CX_BUILD_DIR: inject("buildDir"),
      DATABASE_PATH: inject("databasePath"),
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: baseURL,
      NODE_ENV: "production",
      SMTP_URL: smtp.transportUrl,
      SCHEDULED_JOBS: "1",
      JOBS_INTERVAL_SECONDS: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${baseURL}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  server?.kill("SIGTERM");
  await smtp?.close();
});

/** A browser signed in as `email` (through the real form) and showing `path`. */
async function signedIn(email: string, path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  contexts.push(context);
  const page = await signInAs(context, baseURL, email);
  await page.goto(`${baseURL}${path}`);
  return page;
}

/** A lapsed IRAP assessment on one of the demo representative's products (the last by name: provider.test.ts renews the first). */
function lapsedIrapBadge(): { id: number; slug: string; name: string; model: string; level: string } {
  const sqlite = new Database(inject("databasePath"), { readonly: true });
  try {
    return sqlite
      .prepare(
        `select b.id, p.slug, p.name, p.service_model as model, b.level from badges b
         join products p on p.id = b.product_id
         join user_roles r on r.provider_id = p.provider_id and r.role = 'provider_rep'
         join users u on u.id = r.user_id and u.email = 'provider@example.com'
         where b.kind = 'irap' and b.mapped = 0 and b.assessed_on < ? order by p.slug desc limit 1`,
      )
      .get(addDays(todayIso(), -800)) as { id: number; slug: string; name: string; model: string; level: string };
  } finally {
    sqlite.close();
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe("watching a product and a saved search", () => {
  it("tells the buyer of an approved renewal on the page, in the feed and by e-mail, and one click stops those e-mails", async () => {
    const badge = lapsedIrapBadge();
    expect(badge).toBeTruthy();

    // The buyer watches the product from its page, and a catalogue search it does not match yet.
    const buyer = await signedIn(BUYER, `/products/${badge.slug}`);
    await buyer.getByRole("button", { name: "Watch this product" }).click();
    await buyer.getByText("You watch this product: an e-mail for each change.").waitFor();
    await buyer.goto(`${baseURL}/products?model=${badge.model}&irapStatus=current`);
    expect(await buyer.locator("main").innerText()).not.toContain(badge.name);
    await buyer.getByRole("button", { name: "Watch this search" }).click();
    await buyer.getByText("You watch this search").waitFor();

    // The provider renews; an editor approves.
    const rep = await signedIn("provider@example.com", "/provider");
    await rep.goto(`${baseURL}/provider/products/${badge.slug}/badges`);
    const form = rep.locator(`section[aria-labelledby="badge-${badge.id}"]`);
    await form.getByLabel(/^Assessed or issued on/).fill(addDays(todayIso(), -3));
    await form.getByLabel(/^ISM release/).fill("ISM September 2026");
    await form.getByLabel(/^Assessor/).fill("Southern Cross Assurance");
    await form.getByLabel(/^Evidence level/).selectOption("third_party");
    await form.getByLabel(/^Evidence(?! level)/).fill("https://trust.example.com/irap-2026");
    await form.getByRole("button", { name: /Propose renewal/ }).click();
    await rep.waitForURL((url) => url.pathname === "/provider");

    const editor = await signedIn("editor@dta.gov.au", "/admin/approvals");
    const section = editor
      .locator("section", { has: editor.getByRole("heading", { name: `Renewal of IRAP assessment: ${badge.level} on ${badge.name}` }) })
      .last();
    await section.getByRole("button", { name: /^Approve change/ }).click();
    await editor.waitForURL((url) => url.search.includes("done=approved"));

    // The notifications page lists the renewal at once, and the saved search's news once the server's job has run.
    const renewed = `IRAP assessment: ${badge.level} renewed on ${badge.name}`;
    const matched = `${badge.name} now matches your search: ${badge.model}, IRAP current`;
    await buyer.goto(`${baseURL}/account/notifications`);
    expect(await buyer.locator("main").innerText()).toContain(renewed);
    await until("the saved search's news", async () => {
      await buyer.reload();
      return (await buyer.locator("main").innerText()).includes(matched);
    });
    expect(await axeViolations(buyer, "main")).toEqual([]);
    await buyer.setViewportSize({ width: 390, height: 844 });
    expect(await buyer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await buyer.setViewportSize({ width: 1280, height: 900 });

    // The feed carries both, at the address the page gives.
    const feedUrl = await buyer.locator(".feed-address a").getAttribute("href");
    const feed = await (await fetch(feedUrl!)).text();
    expect(feed).toContain(`<title>${renewed}</title>`);
    expect(feed).toContain(matched);

    // The mailbox: one e-mail each, delivered by the server's own sender, with a one-click unsubscribe.
    const inbox = () => smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === BUYER);
    const renewalMail = await until("the renewal e-mail", async () => inbox().find((m) => m.subject === renewed));
    const matchMail = await until("the saved search e-mail", async () => inbox().find((m) => m.subject === matched));
    const unsubscribeOf = (mail: typeof renewalMail) =>
      /<([^>]+)>/.exec(mail.headerLines.find((h) => h.key === "list-unsubscribe")!.line)![1];
    expect(renewalMail.text).toContain(`${baseURL}/products/${badge.slug}`);

    // The mail client's own button: a POST with no cookie, as RFC 8058 describes.
    const oneClick = await fetch(unsubscribeOf(renewalMail), {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(oneClick.status).toBe(200);

    // The link in the other e-mail, followed in a browser that is not signed in: it asks, then stops.
    const reader = await browser.newContext();
    contexts.push(reader);
    const page = await reader.newPage();
    await page.goto(unsubscribeOf(matchMail));
    await page.getByRole("heading", { name: "Stop these e-mails?" }).waitFor();
    await page.getByRole("button", { name: "Stop these e-mails" }).click();
    await page.getByRole("heading", { name: "You will not get these e-mails again" }).waitFor();
    // Used again: a clear page, nothing changed.
    await page.goto(unsubscribeOf(matchMail));
    await page.getByRole("heading", { name: "This link has already been used" }).waitFor();

    // Both watches still stand, now in the feed only.
    await buyer.goto(`${baseURL}/account/notifications`);
    expect(await buyer.getByLabel(`How you hear of ${badge.name}`).inputValue()).toBe("feed");
    expect(await buyer.getByLabel(`How you hear of ${badge.model}, IRAP current`).inputValue()).toBe("feed");
  }, 120_000);
});

describe("without JavaScript", () => {
  it("watches a provider, chooses the daily digest, and stops watching, all with plain forms", async () => {
    const sqlite = new Database(inject("databasePath"), { readonly: true });
    const { slug, name } = sqlite.prepare("select slug, name from providers order by name limit 1").get() as { slug: string; name: string };
    sqlite.close();
    const buyer = await signedIn("buyer@example.com", `/providers/${slug}`, false);
    await buyer.getByRole("button", { name: "Watch this provider" }).click();
    await buyer.getByText("You watch this provider: an e-mail for each change.").waitFor();

    await buyer.getByRole("link", { name: "Change how you hear" }).click();
    await buyer.getByLabel(`How you hear of ${name}`).selectOption("digest");
    await buyer.getByRole("button", { name: "Save how you hear" }).click();
    await buyer.getByText("Saved how you hear of what you watch.").waitFor();
    expect(await buyer.getByLabel(`How you hear of ${name}`).inputValue()).toBe("digest");

    await buyer.getByRole("button", { name: `Stop watching ${name}` }).click();
    await buyer.getByText("You no longer watch that.").waitFor();
    expect(await buyer.getByLabel(`How you hear of ${name}`).count()).toBe(0);
  }, 60_000);
});
