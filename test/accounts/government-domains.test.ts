import { describe, expect, it } from "vitest";
import { agencyDomainProblem, emailDomain, isGovernmentEmail } from "~/accounts/government-domains";

describe("government e-mail domains", () => {
  it.each(["a@finance.gov.au", "A@Finance.GOV.AU", "x@health.nsw.gov.au", "x@deep.sub.agency.vic.gov.au"])("accepts %s", (email) => {
    expect(isGovernmentEmail(email)).toBe(true);
  });

  it.each([
    "x@gov.au",
    "x@example.com",
    "x@gov.au.evil.com",
    "x@evilgov.au",
    "x@finance.gov.au.",
    "x@gmail.com",
    "finance.gov.au",
    "x@fake-gov.au",
    "x@finance.gov.au@gmail.com",
  ])("refuses %s", (email) => {
    expect(isGovernmentEmail(email)).toBe(false);
  });

  it("accepts listed domains and their subdomains, but never public mail services even if listed", () => {
    expect(isGovernmentEmail("a@abc.net.au", ["abc.net.au"])).toBe(true);
    expect(isGovernmentEmail("a@news.abc.net.au", ["abc.net.au"])).toBe(true);
    expect(isGovernmentEmail("a@notabc.net.au", ["abc.net.au"])).toBe(false);
    expect(isGovernmentEmail("a@gmail.com", ["gmail.com"])).toBe(false);
  });

  it("explains why a domain cannot be listed", () => {
    expect(agencyDomainProblem("abc.net.au")).toBeNull();
    expect(agencyDomainProblem("gmail.com")).toMatch(/Public e-mail/);
    expect(agencyDomainProblem("com.au")).toMatch(/top-level/);
    expect(agencyDomainProblem("not a domain")).toMatch(/Enter a domain/);
    expect(emailDomain("no-at-sign")).toBeNull();
  });
});
