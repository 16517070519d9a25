/**
 * A CSV writer (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled). Cells are data typed by people, so a cell that a spreadsheet would run as a
 * formula (starting = + - @, or a tab or carriage return that some programs skip first) is
 * prefixed with an apostrophe: OWASP's advice against CSV injection. The apostrophe is visible in a
 * text editor but a spreadsheet shows the text as typed.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers are ours, not typed by anyone, and a negative one is not a formula.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = typeof value === "boolean" ? (value ? "yes" : "no") : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",");
}

/**
 * The whole document. A UTF-8 byte order mark comes first because Excel, which most buyers will
 * open the file in, otherwise reads it as Windows-1252 and garbles names with accents or dashes.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[csvRow(header), ...rows.map(csvRow)].join("\r\n")}\r\n`;
}
