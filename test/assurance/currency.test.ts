import { describe, expect, it } from "vitest";
import { badgeCurrency, expiryDate } from "~/assurance/currency";
import { addMonths, monthsBetween } from "~/platform/dates";

const irap = (assessedOn: string) => ({ kind: "irap", level: "PROTECTED", assessedOn });

describe("IRAP: reassess at least every 24 months", () => {
  it("is current the day after assessment", () => {
    expect(badgeCurrency(irap("2025-03-12"), "2025-03-13").state).toBe("current");
  });
  it("is current 91 days before the 24-month mark and due at 90 days", () => {
    expect(badgeCurrency(irap("2025-03-12"), "2026-12-11").state).toBe("current"); // 91 days before 2027-03-12
    const due = badgeCurrency(irap("2025-03-12"), "2026-12-12");
    expect(due.state).toBe("due");
    expect(due.daysToExpiry).toBe(90);
    expect(due.label).toBe("IRAP reassessment due in 90 days");
  });
  it("still counts on the day 24 months after assessment, and is overdue the day after", () => {
    const onTheDay = badgeCurrency(irap("2025-03-12"), "2027-03-12");
    expect(onTheDay.state).toBe("due");
    expect(onTheDay.label).toBe("IRAP reassessment due today");
    const after = badgeCurrency(irap("2025-03-12"), "2027-03-13");
    expect(after.state).toBe("overdue");
    expect(after.label).toBe("IRAP reassessment overdue since 13 Mar 2027");
  });
  it("never calls a FedRAMP authorisation shown as an Australian level an IRAP reassessment", () => {
    const mapped = { ...irap("2025-03-12"), mapped: true };
    expect(badgeCurrency(mapped, "2027-03-13").label).toBe("FedRAMP authorisation past its 24 months since 13 Mar 2027");
    expect(badgeCurrency(mapped, "2026-12-12").label).toBe("Check of the FedRAMP authorisation due in 90 days");
  });
  it("clamps 29 February to 28 February two years on", () => {
    expect(expiryDate(irap("2024-02-29"))).toBe("2026-02-28");
  });
  it("says in days how long is left", () => {
    expect(badgeCurrency(irap("2024-11-01"), "2026-09-21").label).toBe("IRAP reassessment due in 41 days");
  });
});

describe("ISO/IEC 27001: three-year certificate", () => {
  it("uses the certificate's expiry date when given", () => {
    const b = { kind: "iso27001", level: "certified", assessedOn: "2024-01-10", expiresOn: "2026-12-31" };
    expect(badgeCurrency(b, "2026-10-01").state).toBe("current"); // 91 days before
    expect(badgeCurrency(b, "2026-10-02").state).toBe("due"); // 90 days before
    expect(badgeCurrency(b, "2026-12-31").state).toBe("due");
    expect(badgeCurrency(b, "2027-01-01").state).toBe("overdue");
  });
  it("falls back to three years after issue", () => {
    const b = { kind: "iso27001", level: "certified", assessedOn: "2023-06-01" };
    expect(expiryDate(b)).toBe("2026-06-01");
    expect(badgeCurrency(b, "2026-06-01").state).toBe("due");
    expect(badgeCurrency(b, "2026-06-02").label).toBe("ISO/IEC 27001 certificate expired since 2 Jun 2026");
  });
});

describe("SOC 2 Type II: stale 12 months after the period end", () => {
  const b = { kind: "soc2", level: "type2", periodEnd: "2025-06-30" };
  it("runs from the period end, not the report date", () => {
    expect(expiryDate(b)).toBe("2026-06-30");
    expect(badgeCurrency(b, "2026-03-31").state).toBe("current"); // 91 days before
    expect(badgeCurrency(b, "2026-04-01").state).toBe("due"); // 90 days before
    expect(badgeCurrency(b, "2026-06-30").state).toBe("due");
    expect(badgeCurrency(b, "2026-07-01").state).toBe("overdue");
  });
});

describe("CSA STAR", () => {
  it("deprecates a Level 1 CAIQ after 1 year and hides it after 3", () => {
    const caiq = { kind: "csa_star", level: "level1_caiq", assessedOn: "2022-05-01" };
    expect(badgeCurrency(caiq, "2023-05-01").state).toBe("due");
    const deprecated = badgeCurrency(caiq, "2023-05-02");
    expect(deprecated.state).toBe("overdue");
    expect(deprecated.label).toContain("CAIQ deprecated");
    expect(deprecated.hidden).toBe(false);
    expect(badgeCurrency(caiq, "2025-05-01").hidden).toBe(false);
    expect(badgeCurrency(caiq, "2025-05-02").hidden).toBe(true);
  });
  it("renews STAR Attestation every 12 months", () => {
    const att = { kind: "csa_star", level: "level2_attestation", assessedOn: "2025-09-15" };
    expect(badgeCurrency(att, "2026-09-15").state).toBe("due");
    expect(badgeCurrency(att, "2026-09-16").state).toBe("overdue");
  });
  it("gives STAR Certification the ISO three-year cycle", () => {
    const cert = { kind: "csa_star", level: "level2_certification", assessedOn: "2024-02-01" };
    expect(expiryDate(cert)).toBe("2027-02-01");
  });
});

describe("PCI DSS: annual", () => {
  it("lapses a year after attestation", () => {
    const b = { kind: "pci_dss", level: "aoc", assessedOn: "2025-11-23" };
    expect(badgeCurrency(b, "2026-08-24").state).toBe("current");
    expect(badgeCurrency(b, "2026-08-25").state).toBe("due");
    expect(badgeCurrency(b, "2026-11-24").state).toBe("overdue");
  });
});

describe("frameworks without an expiry", () => {
  it("never marks HCF or Essential Eight overdue", () => {
    expect(badgeCurrency({ kind: "hcf", level: "strategic", assessedOn: "2019-01-01" }, "2026-11-23").state).toBe("no_expiry");
    expect(badgeCurrency({ kind: "e8", level: "ML2", assessedOn: "2019-01-01" }, "2026-11-23").state).toBe("no_expiry");
  });
});

describe("date helper", () => {
  it("counts whole months only once the day is reached", () => {
    expect(monthsBetween("2023-03-12", "2025-03-11")).toBe(23);
    expect(monthsBetween("2023-03-12", "2025-03-12")).toBe(24);
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
  });
});
