import { describe, expect, it } from "vitest";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { responsibilityCsvCells, responsibilityCsvHeader } from "~/responsibility/export";
import { mergeResponsibility } from "~/responsibility/model";

describe("responsibility CSV columns", () => {
  it("gives one column per area plus community rules, marking a difference from the default", () => {
    const rows = mergeResponsibility({ serviceModel: "SaaS", overrides: [{ area: "encryption_keys", party: "agency", note: "BYOK." }] });
    const header = responsibilityCsvHeader();
    const cells = responsibilityCsvCells({ serviceModel: "SaaS", communityRulesRequired: true, areas: rows });
    expect(header).toHaveLength(CONTROL_AREAS.length + 1);
    expect(cells).toHaveLength(header.length);
    expect(cells[header.indexOf("Who secures: Encryption and keys")]).toBe("Agency (differs from SaaS default): BYOK.");
    expect(cells[header.indexOf("Who secures: Physical and environmental security")]).toMatch(/^Provider: /);
    expect(cells.at(-1)).toBe("Required");
  });

  it("leaves the cells blank for a snapshot without a model", () => {
    expect(responsibilityCsvCells(null).every((c) => c === "")).toBe(true);
  });
});
