/** Field-level clean-ups for the FedRAMP mapping (fedramp-mapping.server.ts). Pure. */
import { slugify } from "./slugs";

/**
 * FedRAMP business functions to Cloud Exchange categories as [slug, name]: the sample categories
 * (seed/sample/categories.ts) where one fits, otherwise a new category. Giving the sample's slug
 * makes the import and the seed meet on one row whichever of them runs first.
 */
const CATEGORIES: Record<string, [slug: string, name: string]> = {
  Accounting: ["finance", "Finance"],
  Analytics: ["analytics", "Analytics"],
  Collaboration: ["collaboration", "Collaboration"],
  Communication: ["collaboration", "Collaboration"],
  "Contact Center": ["customer-engagement", "Customer engagement"],
  "Content Management System (CMS)": ["content-management", "Content management"],
  "Customer Relations Management (CRM)": ["customer-engagement", "Customer engagement"],
  "Customer Service": ["customer-engagement", "Customer engagement"],
  "Cybersecurity & Risk Management": ["security-operations", "Security operations"],
  "Data Management": ["data-management", "Data management"],
  "Design & Multimedia": ["design-and-media", "Design and media"],
  "Development Tools": ["developer-platforms", "Developer platforms"],
  "Education & Training": ["education-and-training", "Education and training"],
  Finance: ["finance", "Finance"],
  "Fleet Management": ["fleet-management", "Fleet management"],
  "Grant Management": ["case-management", "Case management"],
  "Health & Wellness": ["health-and-wellbeing", "Health and wellbeing"],
  "Human Resources": ["hr-and-payroll", "Human resources and payroll"],
  "Law Enforcement": ["law-enforcement", "Law enforcement"],
  "Legal & Policy": ["legal-and-policy", "Legal and policy"],
  "Marketing & Sales": ["customer-engagement", "Customer engagement"],
  Media: ["design-and-media", "Design and media"],
  "Mobile Device Management (MDM)": ["device-management", "Device management"],
  "Network Management": ["networking", "Networking"],
  "Operations Management": ["operations-management", "Operations management"],
  Storage: ["storage", "Storage"],
  "System Administration": ["system-administration", "System administration"],
  "Travel Management": ["travel-management", "Travel management"],
  "Virtual Private Network (VPN)": ["networking", "Networking"],
};

export function fedrampCategory(businessFunction: string): { slug: string; name: string } {
  const [slug, name] = CATEGORIES[businessFunction] ?? [slugify(businessFunction), businessFunction.replace(/&/g, "and")];
  return { slug, name };
}

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
