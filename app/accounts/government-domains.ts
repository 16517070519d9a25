/**
 * Which e-mail domains count as government. Any subdomain of gov.au qualifies (gov.au itself is
 * not an address domain anyone is issued); other domains only when an admin has listed them.
 * Public webmail can never be listed, so a personal address can never become agency staff.
 */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Lower-cased domain part of an address, or null when the address has no usable domain. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return isDomainName(domain) ? domain : null;
}

function isDomainName(domain: string): boolean {
  const labels = domain.split(".");
  return labels.length >= 2 && labels.every((l) => LABEL.test(l));
}

function isGovAuDomain(domain: string): boolean {
  return domain.endsWith(".gov.au") && isDomainName(domain);
}

/** Free and consumer mail services: never acceptable as an agency domain, whatever an admin types. */
const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "yahoo.com.au",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "mail.com",
  "zoho.com",
  "yandex.com",
  "fastmail.com",
  "bigpond.com",
  "bigpond.net.au",
  "optusnet.com.au",
  "iinet.net.au",
  "tpg.com.au",
  "example.com",
  "example.org",
  "example.net",
]);

/** A listed domain also covers its subdomains (listing "abc.net.au" admits "news.abc.net.au"). */
function matchListedDomain(domain: string, listed: readonly string[]): string | null {
  if (PUBLIC_MAIL_DOMAINS.has(domain)) return null;
  return listed.find((d) => !PUBLIC_MAIL_DOMAINS.has(d) && (domain === d || domain.endsWith(`.${d}`))) ?? null;
}

export function isGovernmentEmail(email: string, listed: readonly string[] = []): boolean {
  const domain = emailDomain(email);
  if (!domain) return false;
  return isGovAuDomain(domain) || matchListedDomain(domain, listed) !== null;
}

const PUBLIC_SUFFIXES = new Set([
  "gov.au",
  "com.au",
  "net.au",
  "org.au",
  "edu.au",
  "asn.au",
  "id.au",
  "com",
  "net",
  "org",
  "edu",
  "gov",
  "au",
]);

/** Why a domain cannot be listed as an agency domain, or null when it can. */
export function agencyDomainProblem(domain: string): string | null {
  if (!isDomainName(domain)) return "Enter a domain like agency.gov.au or example.org.au, without the @ or any spaces";
  if (PUBLIC_SUFFIXES.has(domain)) return "That is a whole top-level domain; enter an organisation's own domain";
  if (PUBLIC_MAIL_DOMAINS.has(domain)) return "Public e-mail services can never be agency domains";
  return null;
}
