/** Field-level clean-ups for the FedRAMP mapping (fedramp-mapping.server.ts). Pure. */

/**
 * FedRAMP business functions to Cloud Exchange category names: the sample categories
 * (seed/sample/categories.ts) where one fits, otherwise a new category. The import matches
 * names case-insensitively, so these land on the sample rows when the sample is seeded.
 */
export const FEDRAMP_CATEGORY_NAMES: Record<string, string> = {
  Accounting: "Finance",
  Analytics: "Analytics",
  Collaboration: "Collaboration",
  Communication: "Collaboration",
  "Contact Center": "Customer engagement",
  "Content Management System (CMS)": "Content management",
  "Customer Relations Management (CRM)": "Customer engagement",
  "Customer Service": "Customer engagement",
  "Cybersecurity & Risk Management": "Security operations",
  "Data Management": "Data management",
  "Design & Multimedia": "Design and media",
  "Development Tools": "Developer platforms",
  "Education & Training": "Education and training",
  Finance: "Finance",
  "Fleet Management": "Fleet management",
  "Grant Management": "Case management",
  "Health & Wellness": "Health and wellbeing",
  "Human Resources": "Human resources and payroll",
  "Law Enforcement": "Law enforcement",
  "Legal & Policy": "Legal and policy",
  "Marketing & Sales": "Customer engagement",
  Media: "Design and media",
  "Mobile Device Management (MDM)": "Device management",
  "Network Management": "Networking",
  "Operations Management": "Operations management",
  Storage: "Storage",
  "System Administration": "System administration",
  "Travel Management": "Travel management",
  "Virtual Private Network (VPN)": "Networking",
};

/**
 * Entries in the feed's agency lists that are not agencies: bare agency codes ("22-005-01")
 * whose names the feed did not resolve, and catch-all labels.
 */
const NOT_AN_AGENCY = [/^\d{2}-\d{3}(-\d{2})?$/, /^Legacy JAB Authorization$/i, /^Other (Federal Entity|Executive Branch Subagency)$/i];

export function agencyLinks(authorising: string[], reusing: string[]) {
  const links = new Map<string, { name: string; relationship: "authorised" | "reusing" }>();
  const add = (names: string[], relationship: "authorised" | "reusing") => {
    for (const raw of names) {
      const name = raw.trim();
      if (!name || NOT_AN_AGENCY.some((re) => re.test(name))) continue;
      // An agency that both authorised and reuses is listed once, as authorising.
      if (!links.has(name.toLowerCase())) links.set(name.toLowerCase(), { name, relationship });
    }
  };
  add(authorising, "authorised");
  add(reusing, "reusing");
  return [...links.values()];
}

/** The feed's websites sometimes lack a scheme ("www.figma.com"); unusable ones are dropped. */
export function webAddress(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const withScheme = /^https?:\/\//i.test(value) ? value.replace(/^https?/i, (s) => s.toLowerCase()) : `https://${value}`;
  try {
    return new URL(withScheme).hostname.includes(".") ? withScheme : null;
  } catch {
    return null;
  }
}

/** The description's first sentence, as a listing summary; long ones are cut at a word. */
export function firstSentence(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, " ").trim();
  // A stop after a capital ("U.S.") or before a lower-case word ("Inc. provides") ends no sentence.
  const sentence = /^.+?(?<![A-Z])[.!?](?=\s+["A-Z]|$)/.exec(flat)?.[0] ?? flat;
  if (sentence.length <= max) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(" ", max - 1))}…`;
}
