import { describe, expect, it } from "vitest";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { DEFAULT_MATRICES } from "~/responsibility/defaults";
import { noteField, partyField, planOverrides } from "~/responsibility/form";
import { readReply } from "~/platform/form-reply";
import { replyErrors } from "../support/form-reply";
import { parseResponsibilityChange, parseResponsibilityForm } from "~/responsibility/form.server";
import { mergeResponsibility } from "~/responsibility/model";

function formFor(model: "IaaS" | "PaaS" | "SaaS", changes: Record<string, { party?: string; note?: string }> = {}, community = false) {
  const form = new FormData();
  for (const area of CONTROL_AREAS) {
    const d = DEFAULT_MATRICES[model][area];
    form.set(partyField(area), changes[area]?.party ?? d.party);
    form.set(noteField(area), changes[area]?.note ?? d.note);
  }
  if (community) form.set("communityRulesRequired", "on");
  return form;
}

describe("the responsibility edit form", () => {
  it("accepts the defaults unchanged, and they plan no override rows", () => {
    const parsed = parseResponsibilityForm(formFor("PaaS"), "PaaS");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reply));
    expect(parsed.value.communityRulesRequired).toBe(false);
    const plan = planOverrides({
      serviceModel: "PaaS",
      current: mergeResponsibility({ serviceModel: "PaaS", overrides: [] }),
      entries: parsed.value.entries,
    });
    expect(plan).toEqual({ upserts: [], changes: [] });
  });

  it("rejects an unknown party, a multi-line note, and a moved area without a note, keeping the input", () => {
    const parsed = parseResponsibilityForm(
      formFor("SaaS", {
        mfa: { party: "vendor" },
        network: { note: "line one\nline two" },
        encryption_keys: { party: "agency", note: "" },
      }),
      "SaaS",
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(replyErrors(parsed.reply)).sort()).toEqual(["note.encryption_keys", "note.network", "party.mfa"]);
    expect(replyErrors(parsed.reply)["note.encryption_keys"]).toMatch(/differs from the usual SaaS split/);
    expect(readReply(parsed.reply).value(partyField("mfa"))).toBe("vendor");
  });

  it("plans a row for a moved area, records the change, and keeps a row set back to the default", () => {
    const current = mergeResponsibility({
      serviceModel: "SaaS",
      overrides: [{ area: "mfa", party: "provider", note: "Always enforced." }],
    });
    const parsed = parseResponsibilityForm(formFor("SaaS", { encryption_keys: { party: "agency", note: "BYOK." } }, true), "SaaS");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reply));
    expect(parsed.value.communityRulesRequired).toBe(true);
    const plan = planOverrides({ serviceModel: "SaaS", current, entries: parsed.value.entries });
    expect(plan.upserts).toEqual([
      { area: "mfa", party: "shared", note: "" },
      { area: "encryption_keys", party: "agency", note: "BYOK." },
    ]);
    expect(plan.changes.map((c) => [c.area, c.from.party, c.to.party])).toEqual([
      ["mfa", "provider", "shared"],
      ["encryption_keys", "provider", "agency"],
    ]);
  });
});

describe("a change stored as JSON (the provider approval queue)", () => {
  const current = mergeResponsibility({ serviceModel: "PaaS", overrides: [] });

  it("is held to the same rules as the form, keeping areas it leaves out", () => {
    const ok = parseResponsibilityChange(
      { entries: [{ area: "backup_recovery", party: "agency", note: "No automatic backups." }], communityRulesRequired: false },
      { serviceModel: "PaaS", current, communityRulesRequired: false },
    );
    if (!ok.ok) throw new Error(JSON.stringify(ok.reply));
    expect(ok.value.entries).toHaveLength(CONTROL_AREAS.length);
    expect(ok.value.entries.find((e) => e.area === "backup_recovery")).toEqual({
      area: "backup_recovery",
      party: "agency",
      note: "No automatic backups.",
    });
    expect(ok.value.entries.find((e) => e.area === "physical")!.party).toBe("provider");

    const moved = parseResponsibilityChange(
      { entries: [{ area: "backup_recovery", party: "agency", note: "" }], communityRulesRequired: false },
      { serviceModel: "PaaS", current, communityRulesRequired: false },
    );
    expect(moved.ok).toBe(false);
    const junk = parseResponsibilityChange(
      { entries: [{ area: "moon", party: "agency", note: "x" }], communityRulesRequired: "yes" },
      { serviceModel: "PaaS", current, communityRulesRequired: false },
    );
    expect(junk.ok).toBe(false);
    if (!junk.ok) expect(replyErrors(junk.reply)).toEqual({ form: expect.any(String) });
  });
});
