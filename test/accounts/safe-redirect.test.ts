import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/platform/safe-redirect";

describe("safeRedirect", () => {
  it.each([
    ["/products", "/products"],
    ["/products?q=storage#top", "/products?q=storage#top"],
    ["/", "/"],
  ])("keeps the same-site path %s", (to, expected) => {
    expect(safeRedirect(to)).toBe(expected);
  });

  it.each([
    "//evil.com",
    "//evil.com/path",
    "https://evil.com",
    "http://evil.com/",
    "/\\evil.com",
    "/\\/evil.com",
    "\\\\evil.com",
    "javascript:alert(1)",
    "evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "",
  ])("falls back for %j", (to) => {
    expect(safeRedirect(to, "/account")).toBe("/account");
  });

  it("falls back for missing values and files", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined, "/x")).toBe("/x");
    expect(safeRedirect(new File(["x"], "f.txt"))).toBe("/");
  });
});
