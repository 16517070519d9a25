import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { auditLog, products, responsibilityOverrides } from "~db/schema";
import { responsibilitySnapshot } from "~/responsibility/responsibility.server";
import { CONTROL_AREAS } from "~/responsibility/areas";
import { DEFAULT_MATRICES } from "~/responsibility/defaults";
import { noteField, partyField } from "~/responsibility/form";
import { action as editAction, loader as editLoader } from "~/routes/products.$slug_.responsibility";
import { loader as dutiesLoader } from "~/routes/products.$slug_.duties";
import { loader as productLoader } from "~/routes/products.$slug";
import { seedDatabase } from "../../seed/seed";
import { anonymous, makeUser, postForm, signIn } from "../accounts/support";
import { replyErrors, replyValues } from "../support/form-reply";

const SLUG = "polaris-peak-workspace";
let admin: { cookie: string; csrf: string };
let editor: { cookie: string; csrf: string };

beforeAll(async () => {
  await seedDatabase({ db: db() });
  admin = signIn(await makeUser({ email: "resp-admin@example.com", roles: ["admin"] }));
  editor = signIn(await makeUser({ email: "resp-editor@example.com", roles: ["editor"] }));
}, 120_000);

async function call(fn: (args: never) => Promise<Response>, request: Request, slug = SLUG): Promise<Response> {
  try {
    return await fn({ request, params: { slug }, context: {} } as never);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** The form as the edit page would send it: the SaaS defaults, with `changes` on top. */
function fields(changes: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const area of CONTROL_AREAS) {
    out[partyField(area)] = DEFAULT_MATRICES.SaaS[area].party;
    out[noteField(area)] = DEFAULT_MATRICES.SaaS[area].note;
  }
  return { ...out, ...changes };
}

const url = `http://test/products/${SLUG}/responsibility`;
const productId = () => db().select({ id: products.id }).from(products).where(eq(products.slug, SLUG)).get()!.id;

describe("editing who secures what", () => {
  it("lets only administrators open the edit page", async () => {
    const anon = await call(editLoader, new Request(url));
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect((await call(editLoader, new Request(url, { headers: { cookie: editor.cookie } }))).status).toBe(403);
    const ok = await call(editLoader, new Request(url, { headers: { cookie: admin.cookie } }));
    expect(ok.status).toBe(200);
    expect((await ok.json()).model.rows).toHaveLength(CONTROL_AREAS.length);
  });

  it("refuses a post without the CSRF token, and one from a non-administrator", async () => {
    expect((await call(editAction, postForm(url, fields(), { cookie: admin.cookie, csrf: null }))).status).toBe(403);
    expect((await call(editAction, postForm(url, fields(), editor))).status).toBe(403);
    expect((await call(editAction, postForm(url, fields(), anonymous()))).status).toBe(302);
  });

  it("answers 400 with the field's problem and the input kept, and changes nothing", async () => {
    const res = await call(editAction, postForm(url, fields({ [partyField("mfa")]: "provider", [noteField("mfa")]: "" }), admin));
    expect(res.status).toBe(400);
    const data = await res.json();
    expect(replyErrors(data)[noteField("mfa")]).toMatch(/differs from the usual SaaS split/);
    expect(replyValues(data)[partyField("mfa")]).toBe("provider");
    expect(db().select().from(responsibilityOverrides).where(eq(responsibilityOverrides.productId, productId())).all()).toEqual([]);
  });

  it("saves an override, audits exactly what moved, and the product page shows it; the snapshot taken before keeps the old split", async () => {
    const before = responsibilitySnapshot(productId())!;
    const frozen = JSON.stringify(before);
    expect(before.areas.find((a) => a.area === "mfa")!.party).toBe("shared");

    const res = await call(
      editAction,
      postForm(
        url,
        fields({
          [partyField("mfa")]: "provider",
          [noteField("mfa")]: "Enforced for every user; cannot be turned off.",
          communityRulesRequired: "on",
        }),
        admin,
      ),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/products/${SLUG}#who-secures-what`);

    const entry = db()
      .select({ action: auditLog.action, entityId: auditLog.entityId, details: auditLog.details, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "product"), eq(auditLog.action, "responsibility.update")))
      .orderBy(desc(auditLog.id))
      .get()!;
    expect(entry.entityId).toBe(String(productId()));
    expect(entry.actor).not.toBeNull();
    expect(entry.details).toEqual({
      areas: [
        {
          area: "mfa",
          from: { party: "shared", note: DEFAULT_MATRICES.SaaS.mfa.note },
          to: { party: "provider", note: "Enforced for every user; cannot be turned off." },
        },
      ],
      communityRulesRequired: { from: false, to: true },
    });

    const page = await (
      await call(productLoader, new Request(`http://test/products/${SLUG}`, { headers: { cookie: admin.cookie } }))
    ).json();
    expect(page.canEditResponsibility).toBe(true);
    expect(page.responsibility.rows.find((r: { area: string }) => r.area === "mfa")).toMatchObject({
      party: "provider",
      differsFromDefault: true,
    });
    expect(page.responsibility.communityRulesRequired).toBe(true);

    expect(JSON.stringify(before)).toBe(frozen);
    expect(before.areas.find((a) => a.area === "mfa")!.party).toBe("shared");
    expect(responsibilitySnapshot(productId())!.areas.find((a) => a.area === "mfa")!.party).toBe("provider");
  });

  it("keeps a row set back to the default, and saving the same form twice audits nothing new", async () => {
    const count = () => db().select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "responsibility.update")).all().length;
    const n = count();
    await call(editAction, postForm(url, fields({ communityRulesRequired: "on" }), admin));
    expect(count()).toBe(n + 1);
    const rows = db()
      .select({ area: responsibilityOverrides.area, party: responsibilityOverrides.party })
      .from(responsibilityOverrides)
      .where(eq(responsibilityOverrides.productId, productId()))
      .all();
    expect(rows).toEqual([{ area: "mfa", party: "shared" }]);
    await call(editAction, postForm(url, fields({ communityRulesRequired: "on" }), admin));
    expect(count()).toBe(n + 1);
  });
});

describe("the duties checklist", () => {
  it("lists the agency's own areas, then the shared ones, and 404s an unknown product", async () => {
    const data = await (
      await call(dutiesLoader, new Request("http://test/products/lantern-harbour-managed-mysql/duties"), "lantern-harbour-managed-mysql")
    ).json();
    expect(data.duties[0]).toMatchObject({ party: "agency" });
    expect(data.duties.find((d: { area: string }) => d.area === "backup_recovery")).toMatchObject({
      party: "agency",
      note: expect.stringMatching(/No automatic backups/),
    });
    expect(data.duties.some((d: { area: string }) => d.area === "physical")).toBe(false);
    const parties: string[] = data.duties.map((d: { party: string }) => d.party);
    expect(parties.lastIndexOf("agency")).toBeLessThan(parties.indexOf("shared"));
    expect((await call(dutiesLoader, new Request("http://test/products/nope/duties"), "nope")).status).toBe(404);
  });
});
