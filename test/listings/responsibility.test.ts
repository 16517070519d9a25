/** A provider's responsibility refinement is applied, re-checked, only on approval. */
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { db } from "~db/client.server";
import { listingVersions, responsibilityOverrides } from "~db/schema";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { approveChange, proposeResponsibilityChange } from "~/listings/listing-change.server";
import { getResponsibilityModel } from "~/responsibility/responsibility.server";
import { buildWorld } from "../reviews/fixtures";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld("resp");
});

it("refuses another provider's product and applies the owner's change on approval", () => {
  const area = CONTROL_AREAS[0];
  const current = getResponsibilityModel({ productId: world.product.id })!.rows.find((r) => r.area === area)!;
  const party = current.party === "shared" ? "provider" : "shared";
  const after = {
    entries: [{ area, party, note: "We patch the hypervisor; agencies patch their images." }],
    communityRulesRequired: false,
  };
  expect(
    proposeResponsibilityChange({ providerId: world.providerB, productId: world.product.id, userId: world.ids.otherRep, ip: null, after }),
  ).toBeNull();
  const changeId = proposeResponsibilityChange({
    providerId: world.providerA,
    productId: world.product.id,
    userId: world.ids.rep,
    ip: null,
    after,
  })!.id;
  const overrides = () =>
    db()
      .select({ party: responsibilityOverrides.party })
      .from(responsibilityOverrides)
      .where(eq(responsibilityOverrides.productId, world.product.id))
      .all();
  expect(overrides()).toEqual([]);
  expect(approveChange({ changeId, reviewerId: world.ids.editor, note: null })).toBe(true);
  expect(overrides()).toEqual([{ party }]);
  const archived = db().select({ data: listingVersions.data }).from(listingVersions).where(eq(listingVersions.changeId, changeId)).get()!;
  expect((archived.data.entries as { area: string; party: string }[]).find((e) => e.area === area)?.party).toBe(current.party);
});
