import { TextLink } from "@ag.ds-next/react/text-link";

/** Only http(s) addresses become links: a reference like "RPT-2025-014", or a javascript: URL, stays text. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * An evidence reference or address from a listing: a safe link when it is a web address (the
 * other site gets neither our page as referrer nor a handle on it), plain text otherwise. Long
 * addresses wrap rather than widen a phone's page.
 */
export function ReferenceLink({ value }: { value: string }) {
  const text = <span style={{ overflowWrap: "anywhere" }}>{value}</span>;
  return isWebAddress(value) ? (
    <TextLink href={value} rel="noopener noreferrer">
      {text}
    </TextLink>
  ) : (
    text
  );
}
