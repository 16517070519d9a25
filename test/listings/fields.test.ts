import { describe, expect, it } from "vitest";
import { diffListing, displayValue } from "~/listings/diff";
import { isEvidenceRef } from "~/listings/fields";
import { badgeProposalSchema, productProposalSchema } from "~/listings/fields.server";
import { planReminders, reminderState } from "~/assurance/reminders";

const badge = {
  kind: "irap",
  level: "PROTECTED",
  assessedOn: "2026-03-01",
  expiresOn: "",
  periodEnd: "",
  ismRelease: "ISM December 2025",
  assessorName: "Example Assessors",
  scope: "Production platform in Sydney",
  evidenceLevel: "document",
  evidenceRef: "IRAP-2026-014.pdf",
};

describe("badge proposals", () => {
  it("accepts a document reference or an https link as evidence, nothing else", () => {
    expect(isEvidenceRef("IRAP-2026-014.pdf")).toBe(true);
    expect(isEvidenceRef("https://trust.example.com/irap")).toBe(true);
    expect(isEvidenceRef("http://trust.example.com/irap")).toBe(false);
    expect(isEvidenceRef("javascript:alert(1)")).toBe(false);
    expect(isEvidenceRef("<script>")).toBe(false);
  });

  it("refuses a provider's claim that the badge is verified", () => {
    const result = badgeProposalSchema.safeParse({ ...badge, evidenceLevel: "verified" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("Only Cloud Exchange can mark a badge verified");
  });

  it("checks the level against the kind and needs the kind's anchor date", () => {
    expect(badgeProposalSchema.safeParse({ ...badge, level: "TOP SECRET" }).success).toBe(false);
    expect(badgeProposalSchema.safeParse({ ...badge, assessedOn: "" }).success).toBe(false);
    expect(badgeProposalSchema.safeParse({ ...badge, kind: "soc2", level: "", assessedOn: "", periodEnd: "2026-06-30" }).data?.level).toBe(
      "type2",
    );
    expect(badgeProposalSchema.safeParse({ ...badge, assessedOn: "2026-02-30" }).success).toBe(false);
  });

  it("turns empty optional dates into nulls", () => {
    const parsed = badgeProposalSchema.parse(badge);
    expect(parsed.expiresOn).toBeNull();
    expect(parsed.periodEnd).toBeNull();
  });
});

describe("product proposals", () => {
  it("needs https for the website", () => {
    const base = { name: "Product", summary: "A summary long enough", description: "", categories: [] };
    expect(productProposalSchema.safeParse({ ...base, website: "http://x.example.com" }).success).toBe(false);
    expect(productProposalSchema.parse({ ...base, website: "" }).website).toBeNull();
  });
});

describe("diffListing", () => {
  it("lists only the fields whose shown value changed", () => {
    const changes = diffListing(
      { name: "A", categories: ["x"], sme: false, website: null },
      { name: "B", categories: ["x"], sme: true, website: "" },
    );
    expect(changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["name", "A", "B"],
      ["sme", "No", "Yes"],
    ]);
  });

  it("shows every field of a new record as added", () => {
    // A badge's stored codes read as words: never "irap".
    expect(diffListing(null, { kind: "irap" })).toEqual([{ field: "kind", label: "Badge", before: "—", after: "IRAP assessment" }]);
    expect(displayValue([])).toBe("—");
  });
});

describe("reminders", () => {
  it("knows due and overdue at the boundaries", () => {
    const irap = { kind: "irap", level: "PROTECTED", assessedOn: "2024-06-01" };
    expect(reminderState(irap, "2026-03-02")).toBeNull();
    expect(reminderState(irap, "2026-03-03")).toBe("due");
    expect(reminderState(irap, "2026-06-01")).toBe("due");
    expect(reminderState(irap, "2026-06-02")).toBe("overdue");
    expect(reminderState({ kind: "hcf", level: "strategic", assessedOn: "2000-01-01" }, "2026-01-01")).toBeNull();
  });

  it("sends each state once and clears a renewed badge", () => {
    const sent = new Set(["1:due", "2:due", "3:overdue"]);
    const plan = planReminders(
      [
        { id: 1, state: "due" },
        { id: 2, state: "overdue" },
        { id: 3, state: null },
        { id: 4, state: null },
      ],
      sent,
    );
    expect(plan.send).toEqual([{ badgeId: 2, state: "overdue" }]);
    expect(plan.clear).toEqual([3]);
  });
});
