/**
 * The crash test: a sender process is killed with SIGKILL mid-delivery ten times while 500
 * messages are queued. Afterwards every message has reached the SMTP server. One can arrive twice
 * only when a kill falls between the server's acceptance and the row being marked sent (SMTP
 * cannot close that window; the kills here aim at it); both copies then carry the same
 * Message-ID, and there is at most one such repeat per kill.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connection, db } from "~db/client.server";
import { outbox } from "~db/schema";
import { queueEmail } from "~/notifications/outbox.server";
import { makeUser } from "../accounts/support";
import { startSmtpServer } from "./smtp-server";

const MESSAGES = 500;
const KILLS = 10;
const to = "crash.reader@finance.gov.au";
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  await makeUser({ email: to });
  db().transaction(() => {
    for (let i = 0; i < MESSAGES; i++) queueEmail({ to, subject: `Crash test ${i}`, body: `Message ${i} of ${MESSAGES}` });
  });
});
afterAll(() => smtp.close());

function startSender(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "test/notifications/support/sender-process.ts"], {
    env: {
      ...process.env,
      DATABASE_PATH: connection().sqlite.name,
      CRASH_TEST_SMTP_URL: smtp.transportUrl,
      CRASH_TEST_LEASE_MS: "300",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const unsent = () =>
  db()
    .select({ status: outbox.status })
    .from(outbox)
    .all()
    .filter((r) => r.status !== "sent").length;

it(`delivers all ${MESSAGES} messages through ${KILLS} kill -9s mid-delivery, repeating at most one per kill`, async () => {
  let kills = 0;
  for (let round = 0; round < KILLS; round++) {
    const sender = startSender();
    const target = smtp.received.length + 5 + Math.floor(Math.random() * 30);
    await until(() => smtp.received.length >= target, 30_000);
    // Just after the server took a message (inside the window), or a few milliseconds later (mid-conversation).
    if (round % 2 === 1) await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
    sender.kill("SIGKILL");
    await once(sender, "exit");
    kills += 1;
  }
  expect(unsent()).toBeGreaterThan(0);

  const last = startSender();
  try {
    await until(() => unsent() === 0, 60_000);
  } finally {
    last.kill("SIGKILL");
    await once(last, "exit");
  }

  const rows = db().select({ subject: outbox.subject, messageId: outbox.messageId }).from(outbox).all();
  const copies = new Map<string, string[]>();
  for (const mail of smtp.received) copies.set(mail.messageId ?? "", [...(copies.get(mail.messageId ?? "") ?? []), mail.subject ?? ""]);
  for (const row of rows) {
    expect(copies.get(row.messageId!), row.subject).toBeDefined();
    // A repeat is the same message, not another one under its Message-ID.
    expect(new Set(copies.get(row.messageId!)), row.subject).toEqual(new Set([row.subject]));
  }
  expect(copies.size).toBe(MESSAGES);
  const repeats = smtp.received.length - copies.size;
  console.info(`crash test: ${kills} kills, ${smtp.received.length} deliveries of ${MESSAGES} messages, ${repeats} repeated`);
  expect(repeats).toBeLessThanOrEqual(kills);
}, 180_000);
