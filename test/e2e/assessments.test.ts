/**
 * Agency assessments, end to end in a real browser (issue 17): agency staff assess a product
 * against the common assessment framework (a refused submission keeps what was typed and says
 * what is wrong beside the field); an administrator publishes it; staff of another agency rely on
 * it, and its author hears by e-mail; a buyer's requirements profile then shows the quality that
 * falls short, first on the product page, in words on compare and frozen in an evidence pack. The
 * public sees the counts but never the reasons, and every page fits a 390 px phone.
 * The journey runs with JavaScript and again, on another product, without it.
 */
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { axeViolations } from "./support/axe";
import { DEMO_PASSWORD, signInAs } from "./support/session";

const baseURL = inject("baseURL");
const AUTHOR = "staff@finance.gov.au";
const FINANCE = /Finance and Budget Office/;
/** The quality the assessment scores 3 and the buyer needs at 5: the one gap. */
const GAP = { key: "liability", label: "Liability and indemnity" };

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function newContext(javaScriptEnabled: boolean, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled, ...(viewport ? { viewport } : {}) });
  contexts.push(context);
  return context;
}

/** A browser signed in as `email` through the real form. */
async function signedIn(email: string, javaScriptEnabled: boolean): Promise<Page> {
  return signInAs(await newContext(javaScriptEnabled), baseURL, email);
}

interface Product {
  id: number;
  slug: string;
  name: string;
}

/**
 * Products nobody has assessed (in any state), none of them the demo provider's, so the author has
 * no open draft to be sent to and the aggregate is exactly what this test writes. Last by slug, to
 * keep clear of the other browser tests, which pick the first.
 */
function unassessedProducts(count: number): Product[] {
  const sqlite = new Database(inject("databasePath"), { readonly: true });
  try {
    return sqlite
      .prepare(
        `select p.id, p.slug, p.name from products p
         where not exists (select 1 from assessments a where a.product_id = p.id)
           and p.provider_id not in (
             select r.provider_id from user_roles r join users u on u.id = r.user_id
             where u.email = 'provider@example.com' and r.provider_id is not null)
         order by p.slug desc limit ?`,
      )
      .all(count) as Product[];
  } finally {
    sqlite.close();
  }
}

function outboxTo(email: string): { subject: string; body: string }[] {
  const sqlite = new Database(inject("databasePath"), { readonly: true });
  try {
    return sqlite.prepare("select subject, body from outbox where to_address = ? order by id").all(email) as {
      subject: string;
      body: string;
    }[];
  } finally {
    sqlite.close();
  }
}

/**
 * Staff of a second agency, joined through the real form and verified through the development
 * mailbox, who chose an agency other than Finance on /account. Joined once and shared by both
 * journeys: the join form is rate-limited per address, and an agency may rely on many assessments.
 */
let secondStaff: Promise<{ email: string; agency: string }> | undefined;
function secondAgencyStaff(): Promise<{ email: string; agency: string }> {
  secondStaff ??= (async () => {
    const email = `relier-${Date.now().toString(36)}@e2e-second-agency.gov.au`;
    const page = await (await newContext(true)).newPage();
    await page.goto(`${baseURL}/join`);
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Your name").fill("Riley Relier");
    await page.getByRole("textbox", { name: "Password" }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/account/);
    await page.goto(`${baseURL}/dev/mailbox`);
    await page
      .getByRole("listitem")
      .filter({ hasText: `To ${email}` })
      .first()
      .getByRole("link", { name: /verify-email/ })
      .first()
      .click();
    await page.waitForURL(/verify-email/);

    await page.goto(`${baseURL}/account`);
    const select = page.getByLabel("Agency you work for");
    const options = await select
      .locator("option")
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: (o.textContent ?? "").trim() })));
    const other = options.find((o) => o.value !== "" && !FINANCE.test(o.label));
    if (!other) throw new Error("No agency other than Finance to choose");
    await select.selectOption(other.value);
    await page.getByRole("button", { name: "Save agency" }).click();
    await page.getByText("Your agency has been saved.").waitFor();
    await page.context().close();
    return { email, agency: other.label };
  })();
  return secondStaff;
}

/** The qualities scored (about six, privacy mandatory among them): all meet the OFFICIAL minimums but the gap's. */
const SCORES: { key: string; score: string; why: string }[] = [
  { key: "privacy_principles", score: "5", why: "Contract schedule 4 binds the provider to all thirteen APPs with breach notice." },
  { key: "exit_provisions", score: "4", why: "Ninety days of exit assistance at no extra charge, in the master agreement." },
  { key: GAP.key, score: "3", why: "Liability is capped at twelve months of fees; no uncapped data breach clause." },
  { key: "data_sovereignty", score: "4", why: "Stored and backed up in Sydney and Melbourne; offshore support is logged." },
  { key: "encryption", score: "4", why: "AES-256 at rest and TLS 1.2 or later in transit, keys held in an HSM." },
  { key: "logging_auditing", score: "4", why: "Audit logs kept for a year and exportable to the agency's SIEM." },
];

const USE = "Case management for grant applicants, with staff in three states.";

/** The rows of the journey one run shares from step to step. */
interface Run {
  js: boolean;
  product: Product;
  other: Product;
  assessmentId?: number;
  second?: { email: string; agency: string };
  notes: string;
}

async function assessAndSubmit(run: Run, checkAccessibility: boolean) {
  const staff = await signedIn(AUTHOR, run.js);
  await staff.goto(`${baseURL}/products/${run.product.slug}`);
  await staff.getByRole("region", { name: "At a glance" }).getByRole("link", { name: "Assess this product" }).click();
  await staff.waitForURL((url) => url.pathname === `/products/${run.product.slug}/assess`);
  await staff.getByRole("heading", { level: 1, name: `Assess ${run.product.name}` }).waitFor();
  if (checkAccessibility) expect(await axeViolations(staff, "main")).toEqual([]);

  await staff.getByRole("combobox", { name: "Highest classification of data the agency will use it with" }).selectOption("OFFICIAL");
  await staff.getByRole("combobox", { name: "Deployment size" }).selectOption("50-500 users");
  await staff.getByRole("textbox", { name: "What the agency will use it for" }).fill(USE);
  for (const s of SCORES) {
    await staff.locator(`select[name="score.${s.key}"]`).selectOption(s.score);
    // The gap's justification is left out on the first try.
    if (s.key !== GAP.key) await staff.locator(`textarea[name="justification.${s.key}"]`).fill(s.why);
  }
  await staff.locator(`input[name="evidence.privacy_principles"]`).fill("Contract schedule 4");

  // Refused: the message sits with the field (its description), and nothing typed is lost.
  await staff.getByRole("button", { name: "Submit for moderation" }).click();
  const missing = staff.locator(`textarea[name="justification.${GAP.key}"]`);
  await expect.poll(() => missing.getAttribute("aria-invalid")).toBe("true");
  const message = `Say why you scored ${GAP.label} 3, in at least 10 characters`;
  const describedBy = ((await missing.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const descriptions = await Promise.all(describedBy.map((id) => staff.locator(`[id="${id}"]`).innerText()));
  expect(descriptions.join(" ")).toContain(message);
  // Beside it on screen too: the message is within the field's own block, not only in the summary.
  const [fieldBox, messageBox] = await Promise.all([
    missing.boundingBox(),
    staff.locator(`[id="${describedBy.find((id) => id.endsWith("-message"))}"]`).boundingBox(),
  ]);
  expect(fieldBox).not.toBeNull();
  expect(messageBox).not.toBeNull();
  expect(Math.abs(fieldBox!.y - messageBox!.y)).toBeLessThan(200);
  expect(staff.url()).toContain(`/products/${run.product.slug}/assess`);
  expect(await staff.getByRole("combobox", { name: "Highest classification of data the agency will use it with" }).inputValue()).toBe(
    "OFFICIAL",
  );
  expect(await staff.getByRole("combobox", { name: "Deployment size" }).inputValue()).toBe("50-500 users");
  expect(await staff.getByRole("textbox", { name: "What the agency will use it for" }).inputValue()).toBe(USE);
  for (const s of SCORES) {
    expect(await staff.locator(`select[name="score.${s.key}"]`).inputValue()).toBe(s.score);
    if (s.key !== GAP.key) expect(await staff.locator(`textarea[name="justification.${s.key}"]`).inputValue()).toBe(s.why);
  }
  expect(await staff.locator(`input[name="evidence.privacy_principles"]`).inputValue()).toBe("Contract schedule 4");

  await missing.fill(SCORES.find((s) => s.key === GAP.key)!.why);
  await staff.getByRole("button", { name: "Submit for moderation" }).click();
  await staff.waitForURL((url) => /^\/assessments\/\d+$/.test(url.pathname) && url.searchParams.get("saved") === "submitted");
  await staff.getByText("Your assessment was sent for moderation").waitFor();
  run.assessmentId = Number(new URL(staff.url()).pathname.split("/").pop());
  expect(await staff.getByText("Waiting for moderation", { exact: true }).count()).toBeGreaterThan(0);
  await staff.context().close();
}

async function approve(run: Run) {
  const admin = await signedIn("admin@example.com", run.js);
  await admin.goto(`${baseURL}/admin/moderation`);
  const item = admin.getByRole("article", { name: new RegExp(`^Assessment ${run.assessmentId}: `) });
  expect(await item.innerText()).toContain(run.product.name);
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await admin.getByText("The assessment is published; its author has been told.").waitFor();
  expect(await admin.getByRole("article", { name: new RegExp(`^Assessment ${run.assessmentId}: `) }).count()).toBe(0);
  await admin.context().close();

  const author = await signedIn(AUTHOR, run.js);
  await author.goto(`${baseURL}/assessments/${run.assessmentId}`);
  await author.getByText("Published", { exact: true }).first().waitFor();
  // Final once published: no way to edit it.
  expect(await author.getByRole("link", { name: "Edit this assessment" }).count()).toBe(0);
  await author.context().close();
  expect(outboxTo(AUTHOR).some((m) => m.subject === `Your assessment of ${run.product.name} is published`)).toBe(true);
}

async function rely(run: Run, checkAccessibility: boolean) {
  run.second = await secondAgencyStaff();
  const page = await signedIn(run.second.email, run.js);
  await page.goto(`${baseURL}/assessments/${run.assessmentId}`);
  await page.getByRole("heading", { level: 1, name: /assessment of/ }).waitFor();
  // Every justification is there for a government reader.
  for (const s of SCORES) expect(await page.getByText(s.why).count()).toBe(1);
  await page.getByRole("textbox", { name: "Your agency's notes" }).fill(run.notes);
  await page.getByText("Score some qualities differently (optional)").click();
  if (checkAccessibility) expect(await axeViolations(page, "main")).toEqual([]);
  await page.locator('select[name="rescore.encryption"]').selectOption("5");
  await page.locator('textarea[name="rejustify.encryption"]').fill("Our agency holds its own keys in the provider's HSM service.");
  await page.getByRole("button", { name: "Rely on this assessment" }).click();
  await page.waitForURL((url) => url.searchParams.get("done") === "recorded");
  await page.getByText("Your agency now relies on this assessment").first().waitFor();
  const list = page.getByRole("list", { name: "Agencies relying on this assessment" });
  const text = await list.innerText();
  expect(text).toContain(run.second.agency);
  expect(text).toContain(run.notes);
  expect(text).toMatch(/Encryption: 5 \(.+\)\. Our agency holds its own keys/);
  await page.getByRole("button", { name: "Stop relying on this assessment" }).waitFor();
  await page.context().close();

  // The author hears: in the outbox and on the development mailbox page.
  const subject = `${run.second.agency} relies on your assessment of ${run.product.name}`;
  const mail = outboxTo(AUTHOR).find((m) => m.subject === subject);
  expect(mail?.body).toContain(`/assessments/${run.assessmentId}#reliances`);
  const mailbox = await (await newContext(run.js)).newPage();
  await mailbox.goto(`${baseURL}/dev/mailbox`);
  const item = mailbox.getByRole("listitem").filter({ has: mailbox.getByRole("heading", { name: subject }) });
  expect(await item.first().innerText()).toContain(`To ${AUTHOR}`);
  await mailbox.context().close();
}

/** The buyer needs the gap quality at 5 (OFFICIAL's other minimums kept), then reads the product, compare and a pack. */
async function buyerSeesTheGap(run: Run, checkAccessibility: boolean) {
  const buyer = await signedIn("buyer@example.com", run.js);
  await buyer.goto(`${baseURL}/requirements`);
  await buyer.getByRole("combobox", { name: "Classification of the data" }).selectOption("OFFICIAL");
  await buyer.getByRole("button", { name: "Show the framework's minimums for it" }).click();
  await buyer.waitForURL((url) => url.searchParams.get("classification") === "OFFICIAL");
  await buyer.getByRole("combobox", { name: GAP.label }).selectOption("5");
  if (checkAccessibility) expect(await axeViolations(buyer, "main")).toEqual([]);
  await buyer.getByRole("button", { name: "Save profile" }).click();
  await buyer.waitForURL((url) => url.searchParams.get("done") === "saved");
  await buyer.getByText("Requirements profile saved").waitFor();
  expect(await buyer.getByRole("combobox", { name: GAP.label }).inputValue()).toBe("5");

  // The product page: at a glance, the gap is the first shortfall listed.
  await buyer.goto(`${baseURL}/products/${run.product.slug}`);
  const glance = buyer.getByRole("region", { name: "At a glance" });
  const glanceText = await glance.innerText();
  expect(glanceText).toContain("Assessed by 1 agency, relied on by 1 other agency");
  expect(glanceText).toContain(`Short of the minimum on ${GAP.label} (3 against 5)`);
  expect(glanceText).toContain("judged against your requirements profile (OFFICIAL)");
  expect(await glance.getByRole("link", { name: "Assess this product" }).count()).toBe(0); // a buyer, not agency staff

  // Compare: the gap's row says so in words for this product, and "Not assessed" for the other.
  await buyer.goto(`${baseURL}/compare?products=${run.product.slug},${run.other.slug}`);
  const table = buyer.getByRole("table", { name: "Comparison of 2 products" });
  await table.waitFor();
  const row = table.getByRole("row").filter({ has: buyer.getByRole("rowheader", { name: GAP.label }) });
  // One cell per product, in the order asked for; said in words, not by colour (the wording's details may change).
  const [assessedCell, otherCell] = await row.getByRole("cell").allInnerTexts();
  expect(assessedCell).toMatch(/below your minimum/i);
  expect(assessedCell).toMatch(/\b3 of 5\b/);
  expect(assessedCell).toMatch(/minimum 5\b/);
  expect(otherCell).toContain("Not assessed");

  // A shortlist of the product, and an evidence pack that freezes the aggregate with its gap.
  await buyer.goto(`${baseURL}/products/${run.product.slug}`);
  const listName = `Assessed choice ${run.js ? "JS" : "no JS"} ${Date.now().toString(36)}`;
  const add = buyer.getByRole("form", { name: "Add to shortlist" });
  await add.getByLabel("Shortlist", { exact: true }).selectOption("new");
  await add.getByLabel("Name for a new shortlist").fill(listName);
  await add.getByRole("button", { name: "Add to shortlist" }).click();
  await buyer.waitForURL((url) => /^\/shortlists\/\d+$/.test(url.pathname));
  await buyer.getByRole("heading", { level: 1, name: listName }).waitFor();
  await buyer.getByRole("link", { name: "Evidence pack" }).click();
  await buyer.waitForURL((url) => url.pathname.endsWith("/evidence-pack"));
  await buyer.getByRole("button", { name: "Take a snapshot" }).click();
  await buyer.getByRole("heading", { name: /^Snapshot taken .* Canberra time$/ }).waitFor();
  const pack = await buyer.locator("main").innerText();
  expect(pack).toContain("Agencies' assessments judged against the buyer's requirements profile for OFFICIAL data");
  expect(pack).toContain("Assessed by 1 agency, relied on by 1 other agency");
  expect(pack).toMatch(
    new RegExp(`${GAP.label}\\s+Below your minimum; minimum 5; latest 3 of 5, assessed [^;]+; scored 3 in 1 assessment`),
  );
  // A buyer who is not a government user gets the aggregates only.
  expect(pack).toContain("Only government users see which agencies assessed the product; the pack holds the aggregates.");
  expect(pack).not.toMatch(FINANCE);

  // Leave the buyer as the other browser tests expect to find them.
  await buyer.goto(`${baseURL}/requirements`);
  await buyer.getByRole("button", { name: "Reset to the framework's minimums" }).click();
  await buyer.waitForURL((url) => url.searchParams.get("done") === "reset");
  await buyer.context().close();
}

async function publicSeesCountsOnly(run: Run) {
  const visitor = await (await newContext(run.js)).newPage();
  await visitor.goto(`${baseURL}/products/${run.product.slug}/assessments`);
  await visitor.getByRole("heading", { level: 1, name: `Agency assessments: ${run.product.name}` }).waitFor();
  expect(await visitor.locator("main").innerText()).toContain("Assessed by 1 agency, relied on by 1 other agency.");
  await visitor.getByRole("table", { name: `Assessed scores for ${run.product.name}, by quality` }).waitFor();
  // Not on the page, nor in the data it was built from (the HTML carries the loader's JSON).
  const html = await visitor.content();
  for (const s of SCORES) expect(html).not.toContain(s.why.slice(0, 30));
  expect(html).not.toContain(run.notes);
  expect(html).not.toMatch(FINANCE);
  expect(html).not.toContain(`/assessments/${run.assessmentId}`);

  await visitor.goto(`${baseURL}/assessments/${run.assessmentId}`);
  await visitor.waitForURL((url) => url.pathname === "/login" && url.searchParams.get("redirectTo") === `/assessments/${run.assessmentId}`);
  expect(await visitor.content()).not.toContain(SCORES[0].why.slice(0, 30));
  await visitor.context().close();
}

describe("agency assessments with JavaScript", () => {
  const [product, other] = [unassessedProducts(3)[0], unassessedProducts(3)[2]];
  const run: Run = { js: true, product, other, notes: `We use it the same way for our grants hub (${Date.now().toString(36)}).` };

  it("assesses a product from its page, refusing a missing justification beside the field and keeping what was typed", async () => {
    expect(product && other).toBeTruthy();
    await assessAndSubmit(run, true);
  }, 90_000);

  it("publishes it when an administrator approves", async () => {
    await approve(run);
  }, 60_000);

  it("lets another agency rely on it with a note and a re-score, and tells the author", async () => {
    await rely(run, true);
  }, 90_000);

  it("shows a buyer the quality short of their minimum first, on compare in words, and frozen in an evidence pack", async () => {
    await buyerSeesTheGap(run, true);
  }, 90_000);

  it("shows the public the counts but no reasons, and sends them to sign in for an assessment", async () => {
    await publicSeesCountsOnly(run);
  }, 60_000);

  it("keeps the framework, requirements and assessment pages accessible and within a 390 px phone", async () => {
    const wide = await signedIn(AUTHOR, true);
    await wide.goto(`${baseURL}/framework`);
    expect(await axeViolations(wide, "main")).toEqual([]);
    await wide.goto(`${baseURL}/assessments/${run.assessmentId}`);
    expect(await axeViolations(wide, "main")).toEqual([]);
    await wide.context().close();

    const phone = await signInAs(await newContext(true, { width: 390, height: 844 }), baseURL, AUTHOR);
    for (const path of ["/framework", "/requirements", `/products/${product.slug}/assessments`, `/assessments/${run.assessmentId}`]) {
      await phone.goto(`${baseURL}${path}`);
      await phone.waitForLoadState("networkidle");
      const { scrollWidth, innerWidth } = await phone.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${path} is wider than the phone`).toBeLessThanOrEqual(innerWidth);
    }
  }, 90_000);
});

describe("agency assessments without JavaScript", () => {
  const [product, other] = [unassessedProducts(3)[1], unassessedProducts(3)[2]];
  const run: Run = { js: false, product, other, notes: `Relied on without scripts (${Date.now().toString(36)}).` };

  it("assesses with a refused submission, publishes, relies, shows the buyer the gap and hides the reasons from the public", async () => {
    expect(product && other).toBeTruthy();
    await assessAndSubmit(run, false);
    await approve(run);
    await rely(run, false);
    await buyerSeesTheGap(run, false);
    await publicSeesCountsOnly(run);
  }, 240_000);
});
