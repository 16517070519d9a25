import type { BrowserContext, Page } from "playwright-core";

export const DEMO_PASSWORD = "CloudExchange!2026";

/** Signs in through the real form, so the context carries the session cookie like a person's browser. */
export async function signInAs(context: BrowserContext, baseURL: string, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/login?redirectTo=%2Faccount`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseURL}/account`);
  return page;
}

/** The first link under main whose address starts with prefix (e.g. "/products/"), as a path. */
export async function firstLinkPath(page: Page, prefix: string): Promise<string> {
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  if (!href) throw new Error(`No link starting ${prefix} on ${page.url()}`);
  return href;
}
