/** Every page type the site has, with a real address for each, found from the seeded catalogue. */
import type { Page } from "playwright-core";
import { firstLinkPath } from "./session";

export type PageType = { name: string; path: string; status?: number; signedInOnly?: boolean };

export async function discoverPaths(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/products`);
  const productLinks = await page
    .locator('main a[href^="/products/"]')
    .evaluateAll((as) => [
      ...new Set(as.map((a) => a.getAttribute("href") ?? "").filter((h) => /^\/products\/[^/?#]+$/.test(h) && !h.endsWith(".csv"))),
    ]);
  await page.goto(`${baseURL}/providers`);
  const provider = await firstLinkPath(page, "/providers/");
  await page.goto(`${baseURL}/articles`);
  const article = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((as) =>
      as
        .map((a) => a.getAttribute("href") ?? "")
        .find((h) => /^\/articles\/[a-z0-9-]+$/.test(h) && !["/articles/new", "/articles/manage"].includes(h)),
    );
  if (!article) throw new Error("No article linked from /articles");
  await page.goto(`${baseURL}/rules`);
  const rule = await firstLinkPath(page, "/rules/");
  return { products: productLinks.slice(0, 3), provider, article, rule };
}

export function publicPageTypes(p: Awaited<ReturnType<typeof discoverPaths>>): PageType[] {
  const slugs = p.products.map((h) => h.replace("/products/", ""));
  return [
    { name: "Home", path: "/" },
    { name: "Products", path: "/products" },
    { name: "Products, filtered", path: "/products?model=SaaS&onshore=1" },
    { name: "Products, bad filter (400)", path: "/products?irap=NOT-A-LEVEL", status: 400 },
    { name: "Product", path: p.products[0] },
    { name: "Providers", path: "/providers" },
    { name: "Provider", path: p.provider },
    { name: "Badges", path: "/badges" },
    { name: "Search", path: "/search?q=cloud" },
    { name: "Search, no results", path: "/search?q=zzqxjv" },
    { name: "Articles", path: "/articles" },
    { name: "Article", path: p.article },
    { name: "Community", path: "/community" },
    { name: "Compare", path: `/compare?products=${slugs.join(",")}` },
    { name: "Purchase, empty", path: "/purchase" },
    { name: "Rules", path: "/rules" },
    { name: "Rule", path: p.rule },
    { name: "What's new", path: "/whats-new" },
    { name: "Insights", path: "/insights" },
    { name: "Data dictionary", path: "/data-dictionary" },
    { name: "Sign in", path: "/login" },
    { name: "Join", path: "/join" },
    { name: "Not found (404)", path: "/no-such-page", status: 404 },
  ];
}

export const SIGNED_IN_PAGE_TYPES: PageType[] = [
  { name: "Account", path: "/account", signedInOnly: true },
  { name: "Shortlists", path: "/shortlists", signedInOnly: true },
  { name: "Admin", path: "/admin", signedInOnly: true },
  { name: "Admin moderation", path: "/admin/moderation", signedInOnly: true },
  { name: "Admin audit", path: "/admin/audit", signedInOnly: true },
  { name: "Admin users", path: "/admin/users", signedInOnly: true },
  { name: "Article editor", path: "/articles/new", signedInOnly: true },
];
