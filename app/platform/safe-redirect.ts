/**
 * Only same-site paths may be redirect targets: "//evil.com" and "/\evil.com" are read by browsers
 * as other hosts, and anything with a scheme is another site.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  if (to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // Control characters (tabs, newlines) are stripped by URL parsers, which can turn "/\t/evil" into "//evil".
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  return to;
}
