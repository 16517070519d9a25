/** How a responsibility proposal reads in the approval queue, the dashboard and the listing history. */
import { expect, it } from "vitest";
import { diffListing } from "~/listings/diff";

const before = {
  communityRulesRequired: false,
  entries: [
    { area: "mfa", party: "shared", note: "The agency turns it on." },
    { area: "network", party: "provider", note: "" },
    { area: "physical", party: "provider", note: "Data centres." },
  ],
};

it("lists the areas that move as party and note, leaving out areas the proposal does not name", () => {
  const after = {
    entries: [
      { area: "mfa", party: "provider", note: "Always on." },
      { area: "network", party: "shared", note: "" },
      { area: "physical", party: "provider", note: "Data centres." },
    ],
    communityRulesRequired: true,
  };
  expect(diffListing(before, after)).toEqual([
    { field: "area.mfa", label: "Multi-factor authentication", before: "Shared: The agency turns it on.", after: "Provider: Always on." },
    { field: "area.network", label: "Network", before: "Provider", after: "Shared" },
    { field: "communityRulesRequired", label: "Customers must sign community rules", before: "No", after: "Yes" },
  ]);
  expect(
    diffListing(before, { entries: [{ area: "mfa", party: "shared", note: "The agency turns it on." }], communityRulesRequired: false }),
  ).toEqual([]);
});

it("ignores entries it cannot read rather than showing them as JSON", () => {
  const changes = diffListing(before, {
    entries: [{ area: "moon", party: "provider", note: "x" }, null, "mfa"],
    communityRulesRequired: false,
  });
  expect(changes).toEqual([]);
});
