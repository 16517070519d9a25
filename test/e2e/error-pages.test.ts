/**
 * Error pages over HTTP from the production server: the status, a tab title that says what went
 * wrong (a tab reading only "Cloud Exchange" tells a screen reader user nothing), and no stack.
 */
import { describe, expect, inject, it } from "vitest";

const baseURL = inject("baseURL");

const page = async (path: string) => {
  const res = await fetch(`${baseURL}${path}`);
  const html = await res.text();
  return { status: res.status, title: /<title>([^<]*)<\/title>/.exec(html)?.[1], html };
};

describe("error pages", () => {
  it("title an unknown address 'Page not found'", async () => {
    const { status, title, html } = await page("/no-such-page-anywhere");
    expect(status).toBe(404);
    expect(title).toBe("Page not found | Cloud Exchange");
    expect(html).toContain("The page may have moved");
    expect(html).not.toMatch(/at .*\.js:\d+/);
  });

  it("title an unknown product 'Product not found'", async () => {
    const { status, title } = await page("/products/no-such-product");
    expect(status).toBe(404);
    expect(title).toBe("Product not found | Cloud Exchange");
  });
});
