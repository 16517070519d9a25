/**
 * /admin/outbox: administrators see delivery by status and the newest messages (never their
 * bodies), and a Retry on a dead message queues it again, once, with an audit entry.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { auditLog, outbox } from "~db/schema";
import { queueEmail } from "~/notifications/outbox.server";
import { loader, action } from "~/routes/admin.outbox";
import { makeUser, postForm, run, signIn } from "../accounts/support";

let admin: { cookie: string; csrf: string };
let adminId: number;
const to = "outbox.reader@dta.gov.au";

function deadMessage(subject: string): number {
  const id = queueEmail({ to, subject, body: "Secret link http://test/reset-password?token=abc" })!;
  db()
    .update(outbox)
    .set({ status: "dead", attempts: 6, lastError: "550 Mailbox unavailable", messageId: `<outbox-${id}.x@test>` })
    .where(eq(outbox.id, id))
    .run();
  return id;
}

beforeAll(async () => {
  adminId = await makeUser({ email: "outbox.admin@dta.gov.au", roles: ["admin"] });
  admin = signIn(adminId);
  await makeUser({ email: to });
});

describe("/admin/outbox", () => {
  it("shows counts by status and the newest messages with their last error, without bodies", async () => {
    const id = deadMessage("Your password reset");
    queueEmail({ to, subject: "Waiting", body: "x" });
    const res = await run(loader, new Request("http://test/admin/outbox", { headers: { cookie: admin.cookie } }));
    expect(res.status).toBe(200);
    const data = (await res.json()) as { counts: Record<string, number>; messages: Record<string, unknown>[] };
    expect(data.counts).toMatchObject({ dead: 1, queued: 1, sending: 0, failed: 0, sent: 0 });
    expect(data.messages.find((m) => m.id === id)).toMatchObject({
      toAddress: to,
      subject: "Your password reset",
      attempts: 6,
      lastError: "550 Mailbox unavailable",
    });
    expect(JSON.stringify(data)).not.toContain("token=abc");
  });

  it("requeues a dead message once, keeping its Message-ID, and audits who did it", async () => {
    const id = deadMessage("Retry me");
    const res = await run(action, postForm("http://test/admin/outbox", { intent: "retry", id: String(id) }, admin));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/admin/outbox?retried=${id}`);
    expect(db().select().from(outbox).where(eq(outbox.id, id)).get()).toMatchObject({
      status: "queued",
      attempts: 0,
      nextAttemptAt: null,
      messageId: `<outbox-${id}.x@test>`,
    });
    const entries = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "outbox.retried"), eq(auditLog.entityId, String(id))))
      .all();
    expect(entries).toMatchObject([{ actorUserId: adminId, entity: "outbox" }]);

    const again = await run(action, postForm("http://test/admin/outbox", { intent: "retry", id: String(id) }, admin));
    expect(again.headers.get("location")).toBe("/admin/outbox?retried=stale");
    expect(
      db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "outbox.retried"), eq(auditLog.entityId, String(id))))
        .all(),
    ).toHaveLength(1);
  });

  it("refuses a retry of a message that is not dead, and a form without a message", async () => {
    const queued = queueEmail({ to, subject: "Still queued", body: "x" })!;
    const res = await run(action, postForm("http://test/admin/outbox", { intent: "retry", id: String(queued) }, admin));
    expect(res.headers.get("location")).toBe("/admin/outbox?retried=stale");
    expect(db().select({ status: outbox.status }).from(outbox).where(eq(outbox.id, queued)).get()).toEqual({ status: "queued" });
    const bad = await run(action, postForm("http://test/admin/outbox", { intent: "retry", id: "x" }, admin));
    expect(bad.status).toBe(400);
  });

  it("is for administrators only", async () => {
    const editor = signIn(await makeUser({ email: "outbox.editor@dta.gov.au", roles: ["editor"] }));
    const id = deadMessage("Not yours");
    expect((await run(loader, new Request("http://test/admin/outbox", { headers: { cookie: editor.cookie } }))).status).toBe(403);
    expect((await run(action, postForm("http://test/admin/outbox", { intent: "retry", id: String(id) }, editor))).status).toBe(403);
    expect(db().select({ status: outbox.status }).from(outbox).where(eq(outbox.id, id)).get()).toEqual({ status: "dead" });
  });
});
