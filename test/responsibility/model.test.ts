import { describe, expect, it } from "vitest";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { DEFAULT_MATRICES, defaultMatrix } from "~/responsibility/defaults";
import { agencyDuties, compareResponsibility, mergeResponsibility, serviceModelOrFallback, withArticle } from "~/responsibility/model";

const partyOf = (rows: ReturnType<typeof mergeResponsibility>, area: string) => rows.find((r) => r.area === area)?.party;

describe("defaults per service model", () => {
  it("covers every control area for every service model, each with a one-line note", () => {
    for (const model of ["IaaS", "PaaS", "SaaS"] as const) {
      const rows = mergeResponsibility({ serviceModel: model, overrides: [] });
      expect(rows.map((r) => r.area)).toEqual([...CONTROL_AREAS]);
      for (const r of rows) {
        expect(r.note.length).toBeGreaterThan(10);
        expect(r.note).not.toMatch(/\n/);
        expect(r.differsFromDefault).toBe(false);
        expect(r.refined).toBe(false);
      }
    }
  });

  it("moves the guest operating system and data location from the agency to the provider as the model rises", () => {
    const iaas = mergeResponsibility({ serviceModel: "IaaS", overrides: [] });
    const paas = mergeResponsibility({ serviceModel: "PaaS", overrides: [] });
    const saas = mergeResponsibility({ serviceModel: "SaaS", overrides: [] });
    expect([partyOf(iaas, "os_patching"), partyOf(paas, "os_patching"), partyOf(saas, "os_patching")]).toEqual([
      "agency",
      "provider",
      "provider",
    ]);
    expect([partyOf(iaas, "app_patching"), partyOf(paas, "app_patching"), partyOf(saas, "app_patching")]).toEqual([
      "agency",
      "shared",
      "provider",
    ]);
    expect([partyOf(iaas, "data_location"), partyOf(saas, "data_location")]).toEqual(["agency", "provider"]);
    for (const rows of [iaas, paas, saas]) {
      expect(partyOf(rows, "physical")).toBe("provider");
      expect(partyOf(rows, "hypervisor")).toBe("provider");
    }
  });

  it("leaves the agency fewer duties the more of the stack it buys", () => {
    const count = (m: "IaaS" | "PaaS" | "SaaS") =>
      agencyDuties(mergeResponsibility({ serviceModel: m, overrides: [] })).filter((d) => d.party === "agency").length;
    expect(count("IaaS")).toBeGreaterThan(count("PaaS"));
    expect(count("PaaS")).toBeGreaterThan(count("SaaS"));
    expect(count("SaaS")).toBe(0);
  });

  it("hands out copies, so a caller cannot change everyone's defaults", () => {
    const copy = defaultMatrix("SaaS");
    copy.encryption_keys.party = "agency";
    expect(DEFAULT_MATRICES.SaaS.encryption_keys.party).toBe("provider");
  });

  it("reads an unknown service model as IaaS, where the agency holds the most", () => {
    expect(serviceModelOrFallback("Managed service")).toBe("IaaS");
    expect(serviceModelOrFallback("PaaS")).toBe("PaaS");
  });

  it('reads IaaS as "an IaaS" and the others with "a"', () => {
    expect([withArticle("IaaS"), withArticle("PaaS"), withArticle("SaaS")]).toEqual(["an IaaS", "a PaaS", "a SaaS"]);
  });
});

describe("product overrides", () => {
  it("shows the product's own party and note instead of the default, and marks the difference", () => {
    const rows = mergeResponsibility({
      serviceModel: "SaaS",
      overrides: [{ area: "encryption_keys", party: "agency", note: "The agency holds its own keys (BYOK)." }],
    });
    const keys = rows.find((r) => r.area === "encryption_keys")!;
    expect(keys).toMatchObject({
      party: "agency",
      note: "The agency holds its own keys (BYOK).",
      defaultParty: "provider",
      differsFromDefault: true,
      refined: true,
    });
    expect(rows.filter((r) => r.differsFromDefault)).toHaveLength(1);
  });

  it("keeps the default note for a refinement that keeps the party and leaves its note blank", () => {
    const rows = mergeResponsibility({ serviceModel: "IaaS", overrides: [{ area: "network", party: "shared", note: "  " }] });
    const network = rows.find((r) => r.area === "network")!;
    expect(network.note).toBe(DEFAULT_MATRICES.IaaS.network.note);
    expect(network).toMatchObject({ refined: true, differsFromDefault: false });
  });

  it("never borrows a note written for another party", () => {
    const rows = mergeResponsibility({ serviceModel: "IaaS", overrides: [{ area: "os_patching", party: "provider", note: "" }] });
    expect(rows.find((r) => r.area === "os_patching")).toMatchObject({ party: "provider", note: "", differsFromDefault: true });
  });

  it("ignores rows naming an unknown area or party", () => {
    const rows = mergeResponsibility({
      serviceModel: "PaaS",
      overrides: [
        { area: "quantum", party: "agency", note: "x" },
        { area: "mfa", party: "nobody", note: "x" },
      ],
    });
    expect(rows).toHaveLength(CONTROL_AREAS.length);
    expect(rows.some((r) => r.refined)).toBe(false);
  });
});

describe("agency duties and comparison", () => {
  it("lists the areas the agency holds, then those it shares, with the duty wording", () => {
    const rows = mergeResponsibility({
      serviceModel: "SaaS",
      overrides: [{ area: "backup_recovery", party: "agency", note: "No backups: export nightly." }],
    });
    const duties = agencyDuties(rows);
    expect(duties[0]).toMatchObject({ area: "backup_recovery", party: "agency", note: "No backups: export nightly." });
    expect(duties[0]!.duty).toMatch(/restore/);
    expect(duties.slice(1).every((d) => d.party === "shared")).toBe(true);
    expect(duties.some((d) => rows.find((r) => r.area === d.area)?.party === "provider")).toBe(false);
  });

  it("flags exactly the areas where the products' splits differ", () => {
    const a = { productId: 1, rows: mergeResponsibility({ serviceModel: "SaaS", overrides: [] }) };
    const b = {
      productId: 2,
      rows: mergeResponsibility({ serviceModel: "SaaS", overrides: [{ area: "mfa", party: "provider", note: "Enforced for all." }] }),
    };
    const compared = compareResponsibility([a, b]);
    expect(compared.filter((r) => r.differs).map((r) => r.area)).toEqual(["mfa"]);
    expect(compared.find((r) => r.area === "mfa")!.cells.map((c) => c.party)).toEqual(["shared", "provider"]);

    const c = { productId: 3, rows: mergeResponsibility({ serviceModel: "IaaS", overrides: [] }) };
    expect(compareResponsibility([a, c]).filter((r) => r.differs).length).toBeGreaterThan(5);
  });
});
