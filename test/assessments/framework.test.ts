/** The framework as data: minimums by classification, mandatory qualities, versions in force. */
import { describe, expect, it } from "vitest";
import { aggregate, judgeAgainstProfile, type PublishedAssessment } from "~/assessments/aggregate";
import {
  belowMandatoryMinimum,
  defaultMinimums,
  frameworkTimeline,
  isMandatory,
  minimumFor,
  versionInForce,
  type FrameworkDocument,
} from "~/assessments/framework";
import { FRAMEWORK_V1 } from "~/assessments/framework-v1";

const quality = (key: string) => FRAMEWORK_V1.qualities.find((q) => q.key === key)!;

/** Version 2 as an editor might publish it: price transparency rises to 5 for every classification. */
const V2: FrameworkDocument = {
  ...FRAMEWORK_V1,
  qualities: FRAMEWORK_V1.qualities.map((q) => (q.key === "price_transparency" ? { ...q, minimum: 5, minimumSource: "proposed" } : q)),
};

describe("minimums by classification", () => {
  it("rises with the classification where the framework says so, and says who set it", () => {
    const sovereignty = quality("data_sovereignty");
    expect(minimumFor(sovereignty, "UNOFFICIAL")).toEqual({ minimum: 3, source: "dta" });
    expect(minimumFor(sovereignty, "OFFICIAL")).toEqual({ minimum: 3, source: "dta" });
    expect(minimumFor(sovereignty, "OFFICIAL: Sensitive")).toEqual({ minimum: 4, source: "proposed" });
    expect(minimumFor(sovereignty, "PROTECTED")).toEqual({ minimum: 5, source: "proposed" });
    // Above PROTECTED, the highest rise still applies.
    expect(minimumFor(sovereignty, "SECRET")).toEqual({ minimum: 5, source: "proposed" });
  });

  it("stays at the base minimum for a quality with no rise", () => {
    const price = quality("price_transparency");
    expect(price.raisedFrom).toBeUndefined();
    for (const c of ["OFFICIAL", "OFFICIAL: Sensitive", "PROTECTED"] as const)
      expect(minimumFor(price, c)).toEqual({ minimum: 4, source: "dta" });
  });

  it("keeps the higher of two rises when a lower one comes later in the list", () => {
    const q = {
      ...quality("price_transparency"),
      raisedFrom: [
        { classification: "OFFICIAL: Sensitive" as const, minimum: 5, source: "proposed" as const },
        { classification: "PROTECTED" as const, minimum: 4, source: "dta" as const },
      ],
    };
    expect(minimumFor(q, "PROTECTED")).toEqual({ minimum: 5, source: "proposed" });
  });

  it("gives the framework's own minimums as a profile starts, one per quality", () => {
    const official = defaultMinimums(FRAMEWORK_V1, "OFFICIAL");
    const protectedData = defaultMinimums(FRAMEWORK_V1, "PROTECTED");
    expect(Object.keys(official)).toHaveLength(FRAMEWORK_V1.qualities.length);
    expect(official).toMatchObject({ price_transparency: 4, data_sovereignty: 3 });
    expect(protectedData).toMatchObject({ price_transparency: 4, data_sovereignty: 5 });
  });
});

describe("mandatory qualities", () => {
  it("makes a quality mandatory from its classification up, and one marked UNOFFICIAL always", () => {
    const sovereignty = quality("data_sovereignty");
    expect(isMandatory(sovereignty, "OFFICIAL: Sensitive")).toBe(false);
    expect(isMandatory(sovereignty, "PROTECTED")).toBe(true);
    expect(isMandatory(sovereignty, "TOP SECRET")).toBe(true);
    const always = FRAMEWORK_V1.qualities.find((q) => q.mandatoryFrom === "UNOFFICIAL")!;
    expect(isMandatory(always, "UNOFFICIAL")).toBe(true);
    expect(isMandatory(quality("price_transparency"), "PROTECTED")).toBe(false);
  });

  it("lists the mandatory qualities a profile leaves below the framework's minimum or without one", () => {
    const minimums: Record<string, number | undefined> = { ...defaultMinimums(FRAMEWORK_V1, "PROTECTED"), data_sovereignty: 4 };
    expect(belowMandatoryMinimum(FRAMEWORK_V1, "PROTECTED", minimums)).toEqual([
      { key: "data_sovereignty", label: "Data sovereignty", minimum: 5 },
    ]);
    // Not mandatory for OFFICIAL data, so 4 (or nothing) is the buyer's choice there.
    expect(belowMandatoryMinimum(FRAMEWORK_V1, "OFFICIAL", { ...minimums, data_sovereignty: undefined })).not.toContainEqual(
      expect.objectContaining({ key: "data_sovereignty" }),
    );
  });
});

describe("the version in force", () => {
  const versions = [
    { version: 1, effectiveFrom: "2025-01-01" },
    { version: 2, effectiveFrom: "2026-07-01" },
    { version: 3, effectiveFrom: "2027-01-01" },
  ];

  it("is the newest whose effective date has come", () => {
    expect(versionInForce(versions, "2024-12-31")).toBeUndefined();
    expect(versionInForce(versions, "2025-01-01")?.version).toBe(1);
    expect(versionInForce(versions, "2026-06-30")?.version).toBe(1);
    expect(versionInForce(versions, "2026-07-01")?.version).toBe(2);
    expect(versionInForce(versions, "2030-01-01")?.version).toBe(3);
  });

  it("places each version on the timeline by the same rule", () => {
    expect(frameworkTimeline(versions, "2026-08-01").map((v) => [v.version, v.state, v.until])).toEqual([
      [1, "superseded", "2026-07-01"],
      [2, "in_force", "2027-01-01"],
      [3, "upcoming", null],
    ]);
    // A later version that starts no later than an earlier one means the earlier is never in force.
    const clash = [...versions, { version: 4, effectiveFrom: "2026-12-01" }];
    const states = frameworkTimeline(clash, "2026-08-01").map((v) => v.state);
    expect(states).toEqual(["superseded", "in_force", "never_in_force", "upcoming"]);
    expect(versionInForce(clash, "2027-02-01")?.version).toBe(4);
  });
});

describe("an assessment is judged by the version it used", () => {
  const assessment: PublishedAssessment = {
    id: 1,
    agencyId: 10,
    assessedOn: "2026-03-01",
    frameworkVersion: 1,
    scores: [{ qualityKey: "price_transparency", score: 4 }],
    relyingAgencyIds: [],
  };
  const documents = new Map([
    [1, FRAMEWORK_V1],
    [2, V2],
  ]);
  const judge = (document: FrameworkDocument) =>
    judgeAgainstProfile(document, aggregate(document, [assessment], "2026-08-01"), {
      classification: "OFFICIAL",
      minimums: { price_transparency: defaultMinimums(document, "OFFICIAL").price_transparency! },
    });

  it("meets version 1's minimum even after version 2 raises it", () => {
    const own = documents.get(assessment.frameworkVersion)!;
    const byOwn = judge(own);
    expect(byOwn.judgements[0]).toMatchObject({ key: "price_transparency", minimum: 4, state: "meets" });
    expect(byOwn.meets).toBe(true);
    // Judged by version 2 instead, the same score would be a gap: which is why the version is kept.
    const byNew = judge(V2);
    expect(byNew.judgements[0]).toMatchObject({ key: "price_transparency", minimum: 5, state: "gap" });
    expect(byNew.meets).toBe(false);
  });
});
