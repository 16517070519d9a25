/**
 * The outbox sender as its own process, for the crash test (test/notifications/crash.test.ts),
 * which kills it with SIGKILL mid-delivery. It runs the server's sender unchanged but for a short
 * interval and lease, so the test need not wait minutes for a dead sender's lease to run out.
 */
import { smtpTransport, startOutboxSender } from "~/notifications/sender.server";

startOutboxSender({
  transport: smtpTransport(process.env.CRASH_TEST_SMTP_URL ?? ""),
  intervalMs: 10,
  leaseMs: Number(process.env.CRASH_TEST_LEASE_MS ?? 500),
});
// The sender's timer does not hold a process open (the server's socket does): this one waits for its kill.
setInterval(() => {}, 60_000);
