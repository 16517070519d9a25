/**
 * The outbox sender against a real SMTP server (test/notifications/smtp-server.ts): delivered
 * once, never twice by racing senders, redelivered with the same Message-ID after a crash, retried
 * with backoff on a 4xx and given up on a 5xx or after too many tries.
 */
import net, { type AddressInfo, type Socket } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { connection, openDatabase } from "~db/client.server";
import { outbox } from "~db/schema";
import { LEASE_MS, MAX_ATTEMPTS } from "~/notifications/delivery";
import { queueEmail } from "~/notifications/outbox.server";
import { retryDeadMessage } from "~/notifications/outbox-admin.server";
import { claimMessages, deliverClaimed, sendDueMessages, smtpTransport, startOutboxSender } from "~/notifications/sender.server";
import { sendVerificationEmail, verifyEmail } from "~/accounts/verification.server";
import { makeUser } from "../accounts/support";
import { startSmtpServer } from "./smtp-server";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const to = "reader@finance.gov.au";
const start = new Date("2026-03-02T00:00:00.000Z");
const at = (ms: number) => () => new Date(start.getTime() + ms);

function row(id: number) {
  return connection().db.select().from(outbox).where(eq(outbox.id, id)).get()!;
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  await makeUser({ email: to });
});
afterAll(() => smtp.close());
beforeEach(() => {
  connection().db.delete(outbox).run();
  smtp.received.length = 0;
  smtp.answerWith(() => "accept");
});

describe("the outbox sender", () => {
  it("delivers a queued message once, with its Message-ID, subject and body intact", async () => {
    const id = queueEmail({ to, subject: "Your review is live — thank you", body: "Line one\n\nhttp://test/products/x ünïcode" })!;
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(0) })).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(1000) })).toEqual({ sent: 0, failed: 0, dead: 0 });

    const sent = row(id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, sentAt: start.toISOString(), leaseUntil: null });
    expect(sent.messageId).toMatch(new RegExp(`^<outbox-${id}\\.[0-9a-f]{18}@test>$`));
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.subject).toBe("Your review is live — thank you");
    expect(mail.text?.trim()).toBe("Line one\n\nhttp://test/products/x ünïcode");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe(to);
  });

  it("sends a notification's one-click unsubscribe address as List-Unsubscribe and List-Unsubscribe-Post (RFC 8058)", async () => {
    const id = queueEmail({ to, subject: "A badge lapsed", body: "Details", unsubscribe: "watch_digest" })!;
    const url = row(id).unsubscribeUrl!;
    expect(url).toMatch(/^http:\/\/test\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    await sendDueMessages({ transport: smtp.transport, clock: at(0) });
    const [mail] = smtp.received;
    // Unfolded, as RFC 5322 reads a long header line.
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toBe(`List-Unsubscribe: <${url}>`);
    expect(mail.text).toContain(`Stop these e-mails with one click: ${url}`);
    // Account e-mail (a confirmation) carries none.
    queueEmail({ to, subject: "Confirm your address", body: "Follow the link", confirmsAddress: true });
    await sendDueMessages({ transport: smtp.transport, clock: at(1000) });
    expect(smtp.received[1].headerLines.some((h) => h.key.startsWith("list-"))).toBe(false);
  });

  it("lets only one of two senders (two connections, as two processes) claim a message", async () => {
    const other = openDatabase(connection().sqlite.name);
    try {
      const id = queueEmail({ to, subject: "Once", body: "Only once" })!;
      const first = claimMessages({ now: start });
      const second = claimMessages({ database: other.db, now: start });
      expect(first.map((m) => m.id)).toEqual([id]);
      expect(second).toEqual([]);
      await deliverClaimed({ message: first[0], transport: smtp.transport, clock: at(0) });

      for (let i = 0; i < 10; i++) queueEmail({ to, subject: `Race ${i}`, body: "x" });
      const [a, b] = await Promise.all([
        sendDueMessages({ transport: smtp.transport, clock: at(0) }),
        sendDueMessages({ transport: smtp.transport, database: other.db, clock: at(0) }),
      ]);
      expect(a.sent + b.sent).toBe(10);
      const subjects = smtp.received.map((m) => m.subject);
      expect(subjects).toHaveLength(11);
      expect(new Set(subjects).size).toBe(11);
    } finally {
      other.sqlite.close();
    }
  });

  it("redelivers a message whose sender died after claiming it, once its lease expires, with the same Message-ID", async () => {
    const id = queueEmail({ to, subject: "Crash", body: "Sent after a crash" })!;
    const [claimed] = claimMessages({ now: start });
    // The sender dies here. Before the lease runs out nobody else may take the row.
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(LEASE_MS - 1) })).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(LEASE_MS) })).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2, messageId: claimed.messageId });
    expect(smtp.received.map((m) => m.messageId)).toEqual([claimed.messageId]);
  });

  it("gives up on a message whose sender died during each of its allowed attempts", async () => {
    const id = queueEmail({ to, subject: "Crashes every time", body: "x" })!;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(claimMessages({ now: at(attempt * LEASE_MS)() }).map((m) => m.id)).toEqual([id]);
    }
    expect(claimMessages({ now: at((MAX_ATTEMPTS + 1) * LEASE_MS)() })).toEqual([]);
    expect(row(id)).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, leaseUntil: null });
    expect(row(id).lastError).toMatch(/stopped during its last attempt/);
  });

  it("gives a copy sent just before a crash the same Message-ID as the redelivery, and the stale sender cannot overwrite it", async () => {
    const id = queueEmail({ to, subject: "Twice", body: "Accepted, then the sender died" })!;
    const [claimed] = claimMessages({ now: start });
    await smtp.transport.sendMail({ from: "x@test", to, subject: claimed.subject, text: claimed.body, messageId: claimed.messageId });
    await sendDueMessages({ transport: smtp.transport, clock: at(LEASE_MS) });
    expect(smtp.received.map((m) => m.messageId)).toEqual([claimed.messageId, claimed.messageId]);
    // The first sender wakes up and reports a failure on its expired claim: the newer outcome stands.
    smtp.answerWith(() => ({ code: 451, message: "Try later" }));
    await deliverClaimed({ message: claimed, transport: smtp.transport, clock: at(LEASE_MS + 1) });
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("retries a 4xx answer with backoff, then delivers", async () => {
    const id = queueEmail({ to, subject: "Greylisted", body: "Try again" })!;
    let refusals = 1;
    smtp.answerWith(() => (refusals-- > 0 ? { code: 451, message: "Greylisted, try again later" } : "accept"));

    expect(await sendDueMessages({ transport: smtp.transport, clock: at(0) })).toEqual({ sent: 0, failed: 1, dead: 0 });
    const failed = row(id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, nextAttemptAt: new Date(start.getTime() + 60_000).toISOString() });
    expect(failed.lastError).toMatch(/451/);
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(59_999) })).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(60_000) })).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2, messageId: failed.messageId });
    expect(smtp.received.map((m) => m.messageId)).toEqual([failed.messageId]);
  });

  it("waits twice as long after each temporary failure and gives up after the last allowed attempt", async () => {
    const id = queueEmail({ to, subject: "Always later", body: "x" })!;
    smtp.answerWith(() => ({ code: 421, message: "Service not available" }));
    const waits: number[] = [];
    let clock = 0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sendDueMessages({ transport: smtp.transport, clock: at(clock) });
      const r = row(id);
      expect(r.attempts).toBe(attempt);
      if (r.status === "dead") break;
      waits.push(Date.parse(r.nextAttemptAt!) - (start.getTime() + clock));
      clock = Date.parse(r.nextAttemptAt!) - start.getTime();
    }
    expect(waits).toEqual([1, 2, 4, 8, 16].map((m) => m * 60_000));
    expect(row(id)).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS });
    expect(row(id).lastError).toMatch(/421/);
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(clock + 86_400_000) })).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("makes a message dead at once on a 5xx answer, keeping the error", async () => {
    const id = queueEmail({ to, subject: "No such mailbox", body: "x" })!;
    smtp.answerWith(() => ({ code: 550, message: "Mailbox unavailable" }));
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(0) })).toEqual({ sent: 0, failed: 0, dead: 1 });
    expect(row(id)).toMatchObject({ status: "dead", attempts: 1 });
    expect(row(id).lastError).toMatch(/550/);

    // The mailbox is fixed and an administrator retries it: delivered, under the Message-ID it had.
    const admin = await makeUser({ email: "delivery.admin@dta.gov.au", roles: ["admin"] });
    expect(retryDeadMessage({ id, actor: { id: admin }, ip: null })).toBe(true);
    smtp.answerWith(() => "accept");
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(1000) })).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(smtp.received.map((m) => m.messageId)).toEqual([row(id).messageId]);
  });

  it("runs on its interval once the server starts it, until stopped", async () => {
    const sender = startOutboxSender({ transport: smtp.transport, intervalMs: 20 });
    try {
      queueEmail({ to, subject: "First", body: "x" });
      await vi.waitFor(() => expect(smtp.received).toHaveLength(1));
      queueEmail({ to, subject: "Second", body: "x" });
      await vi.waitFor(() => expect(smtp.received.map((m) => m.subject)).toEqual(["First", "Second"]));
    } finally {
      await sender.stop();
    }
    queueEmail({ to, subject: "After stop", body: "x" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.received).toHaveLength(2);
  });

  it("gives up on a server that accepts the connection and never answers, and tries again later", async () => {
    const id = queueEmail({ to, subject: "Hanging server", body: "x" })!;
    const sockets: Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const hanging = smtpTransport(`smtp://127.0.0.1:${port}`, { timeoutMs: 300 });
      expect(await sendDueMessages({ transport: hanging, clock: at(0) })).toEqual({ sent: 0, failed: 1, dead: 0 });
      expect(row(id)).toMatchObject({ status: "failed", attempts: 1, leaseUntil: null });
      expect(row(id).lastError).toMatch(/ETIMEDOUT/);
      hanging.close?.();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
    expect(await sendDueMessages({ transport: smtp.transport, clock: at(60_000) })).toEqual({ sent: 1, failed: 0, dead: 0 });
  });

  it("treats a refused connection as temporary", async () => {
    const id = queueEmail({ to, subject: "Server down", body: "x" })!;
    const down = await startSmtpServer();
    await down.close();
    const nobodyThere = smtpTransport(down.transportUrl);
    expect(await sendDueMessages({ transport: nobodyThere, clock: at(0) })).toEqual({ sent: 0, failed: 1, dead: 0 });
    nobodyThere.close?.();
    expect(row(id).lastError).toMatch(/ECONNREFUSED/);
  });
});

describe("an unconfirmed address", () => {
  it("gets the confirmation and nothing else until it is confirmed", async () => {
    const email = "new.person@health.gov.au";
    const userId = await makeUser({ email, verified: false });
    sendVerificationEmail({ userId });
    expect(queueEmail({ to: email, subject: "A badge lapsed on a product you shortlisted", body: "x" })).toBeNull();
    expect(queueEmail({ to: "nobody@example.com", subject: "Someone else's address", body: "x" })).toBeNull();
    await sendDueMessages({ transport: smtp.transport, clock: at(0) });
    expect(smtp.received.map((m) => m.subject)).toEqual(["Confirm your e-mail address for Cloud Exchange"]);

    const token = /token=([\w-]+)/.exec(smtp.received[0].text ?? "")?.[1] ?? "";
    expect(verifyEmail({ ip: null, token })).toBe(userId);
    expect(queueEmail({ to: email, subject: "Now it may", body: "x" })).not.toBeNull();
  });
});
