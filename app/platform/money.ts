/**
 * The one money formatter. Amounts are Australian dollars held as numbers of dollars (cents as
 * decimals), as buyers type them; rules quote them back in the buyer's own figures.
 */
const whole = new Intl.NumberFormat("en-AU", { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat("en-AU", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export interface MoneyFormat {
  /** "$100m" for round millions: reads better for thresholds than "$100,000,000". */
  compact?: boolean;
}

/** "$80,000", "$79,999.99", and with `compact` "$100m" or "$2.5m". */
export function formatAud(amount: number, { compact = false }: MoneyFormat = {}): string {
  const sign = amount < 0 ? "-" : "";
  const n = Math.abs(amount);
  if (compact && n >= 1_000_000 && Number.isInteger(n / 100_000)) {
    return `${sign}$${n / 1_000_000}m`;
  }
  // Two decimals only when there are cents, so that "$80,000" is not "$80,000.00".
  const hasCents = Math.round(n * 100) % 100 !== 0;
  return `${sign}$${hasCents ? cents.format(n) : whole.format(Math.round(n))}`;
}

/**
 * Reads what a person types: "$80,000", "80000.50", " 1 200 ". Returns null for anything that is
 * not a plain non-negative amount, so that the form can say what it expected.
 */
export function parseAud(input: string): number | null {
  const cleaned = input.trim().replace(/^\$/, "").replace(/[,\s]/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const cents = Math.round(Number(cleaned) * 100);
  // A long digit string is a number JavaScript cannot hold exactly (or at all: 1e308 * 100 is Infinity).
  return Number.isSafeInteger(cents) ? cents / 100 : null;
}
