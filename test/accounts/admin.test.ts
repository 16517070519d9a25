import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getUser } from "~/accounts/session.server";
import { action as accountAction } from "~/routes/account";
import { loader as auditLoader } from "~/routes/admin.audit";
import { action as domainsAction } from "~/routes/admin.domains";
import { action as usersAction, loader as usersLoader } from "~/routes/admin.users";
import { db } from "~db/client.server";
import { agencyDomains, auditLog, providers, userRoles } from "~db/schema";
import { makeUser, postForm, run, signIn } from "./support";
import { replyErrors } from "../support/form-reply";

let providerId: number;
beforeAll(() => {
  providerId = db().insert(providers).values({ slug: "acme-cloud", name: "Acme Cloud" }).returning({ id: providers.id }).get().id;
});

const as = (cookie: string, path = "/admin/users") =>
  new Request(`http://test${path}`, { headers: { cookie, "x-forwarded-for": "203.0.113.50" } });

describe("administration", () => {
  it("a provider representative asks on /account and an admin approves; a non-admin cannot", async () => {
    const repId = await makeUser({ email: "rep@acme.example" });
    const rep = signIn(repId);
    const asked = await run(
      accountAction,
      postForm("http://test/account", { intent: "request-provider", providerId: String(providerId) }, rep),
    );
    expect(await asked.json()).toMatchObject({ notice: expect.stringMatching(/request has been sent/) });
    const pending = db().select().from(userRoles).where(eq(userRoles.userId, repId)).get()!;
    expect(pending).toMatchObject({ role: "provider_rep", providerId, approvedAt: null });
    expect((await getUser(as(rep.cookie)))?.roles).toEqual(["buyer"]);

    const editor = signIn(await makeUser({ email: "editor@acme.example", roles: ["editor"] }));
    const denied = await run(
      usersAction,
      postForm("http://test/admin/users", { intent: "approve-provider", requestId: String(pending.id) }, editor),
    );
    expect(denied.status).toBe(403);
    expect((await run(usersLoader, as(editor.cookie))).status).toBe(403);
    expect(
      db().select({ approvedAt: userRoles.approvedAt }).from(userRoles).where(eq(userRoles.id, pending.id)).get()!.approvedAt,
    ).toBeNull();

    const adminId = await makeUser({ email: "boss@acme.example", roles: ["admin"] });
    const admin = signIn(adminId);
    const list = await (await run(usersLoader, as(admin.cookie))).json();
    expect(list.pending).toEqual([expect.objectContaining({ id: pending.id, email: "rep@acme.example", providerName: "Acme Cloud" })]);
    const approved = await run(
      usersAction,
      postForm("http://test/admin/users", { intent: "approve-provider", requestId: String(pending.id) }, admin, {
        "x-forwarded-for": "203.0.113.50",
      }),
    );
    expect(await approved.json()).toMatchObject({ notice: "The provider representative has been approved." });
    expect(await getUser(as(rep.cookie))).toMatchObject({ roles: ["buyer", "provider_rep"], providerId });

    const row = db().select().from(auditLog).where(eq(auditLog.action, "role.approved")).get()!;
    expect(row).toMatchObject({
      actorUserId: adminId,
      entity: "user_role",
      entityId: String(pending.id),
      ip: "203.0.113.50",
      details: { role: "provider_rep", userId: repId, providerId },
    });

    const twice = await run(
      usersAction,
      postForm("http://test/admin/users", { intent: "approve-provider", requestId: String(pending.id) }, admin),
    );
    expect(twice.status).toBe(400);
  });

  it("only admins grant editor, and the last admin cannot be removed", async () => {
    const personId = await makeUser({ email: "future-editor@example.com" });
    const buyer = signIn(await makeUser({ email: "sneaky@example.com" }));
    expect(
      (
        await run(
          usersAction,
          postForm("http://test/admin/users", { intent: "grant-role", userId: String(personId), role: "editor" }, buyer),
        )
      ).status,
    ).toBe(403);

    const adminId = await makeUser({ email: "granter@example.com", roles: ["admin"] });
    const admin = signIn(adminId);
    const res = await run(
      usersAction,
      postForm("http://test/admin/users", { intent: "grant-role", userId: String(personId), role: "editor" }, admin),
    );
    expect(await res.json()).toMatchObject({ notice: "Role editor granted." });
    expect((await getUser(as(signIn(personId).cookie)))?.roles).toEqual(["buyer", "editor"]);
    expect(
      db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "role.granted"), eq(auditLog.entityId, String(personId))))
        .get(),
    ).toMatchObject({ actorUserId: adminId, details: { role: "editor" } });

    // Remove every other admin, then try to remove the last one.
    const admins = db().select({ userId: userRoles.userId }).from(userRoles).where(eq(userRoles.role, "admin")).all();
    for (const a of admins)
      if (a.userId !== adminId)
        db()
          .delete(userRoles)
          .where(and(eq(userRoles.userId, a.userId), eq(userRoles.role, "admin")))
          .run();
    const last = await run(
      usersAction,
      postForm("http://test/admin/users", { intent: "revoke-role", userId: String(adminId), role: "admin" }, admin),
    );
    expect(last.status).toBe(400);
    expect((await getUser(as(admin.cookie)))?.roles).toContain("admin");
  });

  it("admin-managed domains: public mail is refused, a listed domain is audited", async () => {
    const admin = signIn(await makeUser({ email: "domains@example.com", roles: ["admin"] }));
    const gmail = await run(
      domainsAction,
      postForm("http://test/admin/domains", { intent: "save", domain: "gmail.com", agencyId: "" }, admin),
    );
    expect(gmail.status).toBe(400);
    expect(replyErrors(await gmail.json()).domain).toMatch(/Public e-mail/);
    expect(db().select().from(agencyDomains).all()).toHaveLength(0);

    const ok = await run(
      domainsAction,
      postForm("http://test/admin/domains", { intent: "save", domain: "@CSIRO.au", agencyId: "" }, admin),
    );
    expect(ok.status).toBe(200);
    expect(db().select({ domain: agencyDomains.domain }).from(agencyDomains).all()).toEqual([{ domain: "csiro.au" }]);
    const audit = await (
      await run(auditLoader, new Request("http://test/admin/audit?entity=agency_domain", { headers: { cookie: admin.cookie } }))
    ).json();
    expect(audit.rows).toEqual([expect.objectContaining({ action: "agency_domain.added", entityId: "csiro.au" })]);
  });
});
