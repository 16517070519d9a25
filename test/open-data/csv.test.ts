import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv } from "~/platform/csv";
import { parseCsv } from "./parse-csv";

describe("CSV writer", () => {
  it("leaves plain text alone and writes empty cells for missing values", () => {
    expect(csvRow(["Secure Records", null, undefined, 42, true, false])).toBe("Secure Records,,,42,yes,no");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("Smith, Jones")).toBe('"Smith, Jones"');
    expect(csvCell('The "best" cloud')).toBe('"The ""best"" cloud"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("line one\r\nline two")).toBe('"line one\r\nline two"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+61 2 6123 4567")).toBe("'+61 2 6123 4567");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("=1,2")).toBe('"\'=1,2"');
    // Our own numbers are not formulas, and a sign inside text is harmless.
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("ISO-27001")).toBe("ISO-27001");
  });

  it("round-trips awkward values through a strict reader, CRLF rows and a byte order mark", () => {
    const rows = [
      ["a,b", 'say "hi"', "multi\nline", "=cmd|' /C calc'!A0"],
      ["plain", "", "@home", "+1"],
    ];
    const text = toCsv(["one", "two", "three", "four"], rows);
    expect(text.startsWith("\uFEFFone,two,three,four\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed).toEqual([
      ["one", "two", "three", "four"],
      ["a,b", 'say "hi"', "multi\nline", "'=cmd|' /C calc'!A0"],
      ["plain", "", "'@home", "'+1"],
    ]);
  });
});
