import { describe, expect, it } from "vitest";
import { formatAud, parseAud } from "~/platform/money";

describe("formatAud", () => {
  it("writes whole dollars without cents and cents when there are some", () => {
    expect(formatAud(80_000)).toBe("$80,000");
    expect(formatAud(79_999.99)).toBe("$79,999.99");
    expect(formatAud(100_000_000.01)).toBe("$100,000,000.01");
    expect(formatAud(0)).toBe("$0");
    expect(formatAud(-5)).toBe("-$5");
  });

  it("shortens round millions only when asked", () => {
    expect(formatAud(100_000_000, { compact: true })).toBe("$100m");
    expect(formatAud(2_500_000, { compact: true })).toBe("$2.5m");
    expect(formatAud(80_000, { compact: true })).toBe("$80,000");
    expect(formatAud(1_234_567, { compact: true })).toBe("$1,234,567");
    expect(formatAud(100_000_000)).toBe("$100,000,000");
  });
});

describe("parseAud", () => {
  it("reads what people type", () => {
    expect(parseAud("$80,000")).toBe(80_000);
    expect(parseAud(" 79999.99 ")).toBe(79_999.99);
    expect(parseAud("1 200")).toBe(1_200);
  });

  it("refuses anything that is not a plain amount", () => {
    for (const bad of ["", "abc", "-5", "1.234", "$", "1e6", "12,34.5.6"]) expect(parseAud(bad)).toBeNull();
  });
});
