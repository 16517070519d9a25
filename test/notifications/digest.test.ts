/**
 * The daily digest of waiting queue items (issue 16, item 2): one e-mail a day per administrator or
 * editor, only with what waits for them, none when nothing waits, and none twice the same day; run
 * by the real script as cron would.
 */
import { execFileSync } from "node:child_process";
import { desc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { connection, db } from "~db/client.server";
import { outbox } from "~db/schema";
import { sendQueueDigest } from "~/notifications/digest.server";
import { makeUser } from "../accounts/support";
import { buildWorld, insertReview } from "../reviews/fixtures";

const mailFor = (email: string) => db().select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(desc(outbox.id)).all();
const none = { pendingReviews: 0, pendingReplies: 0, openReports: 0, pendingChanges: 0 };

beforeAll(async () => {
  await makeUser({ email: "digest-admin@example.org", roles: ["admin"] });
  await makeUser({ email: "digest-editor@example.org", roles: ["editor"] });
});

describe("the queue digest", () => {
  it("sends nothing when nothing waits", () => {
    expect(sendQueueDigest({ counts: none, today: "2026-12-01" })).toEqual({ emails: 0, alreadySent: false });
    expect(db().select().from(outbox).where(like(outbox.subject, "%wait%")).all()).toEqual([]);
  });

  it("gives administrators both queues and editors the approvals only, once a day", () => {
    const counts = { pendingReviews: 2, pendingReplies: 1, openReports: 0, pendingChanges: 3 };
    const first = sendQueueDigest({ counts, today: "2026-12-02" });
    expect(first.alreadySent).toBe(false);
    expect(first.emails).toBeGreaterThanOrEqual(2);
    const [admin] = mailFor("digest-admin@example.org");
    expect(admin.subject).toBe("6 items wait for you on Cloud Exchange");
    expect(admin.body).toContain("- For moderation: 2 reviews, 1 provider reply, 0 reports: http://test/admin/moderation");
    expect(admin.body).toContain("- For approval: 3 listing changes: http://test/admin/approvals");
    const [editor] = mailFor("digest-editor@example.org");
    expect(editor.subject).toBe("3 items wait for you on Cloud Exchange");
    expect(editor.body).not.toContain("moderation");

    expect(sendQueueDigest({ counts, today: "2026-12-02" })).toEqual({ emails: 0, alreadySent: true });
    expect(mailFor("digest-admin@example.org")).toHaveLength(1);
    // Editors with nothing to approve hear nothing.
    sendQueueDigest({ counts: { ...none, pendingReviews: 1 }, today: "2026-12-03" });
    expect(mailFor("digest-editor@example.org")).toHaveLength(1);
    expect(mailFor("digest-admin@example.org")).toHaveLength(2);
  });

  it("is what `npm run digest` sends, counting the real queues", async () => {
    const world = await buildWorld("digest");
    insertReview({ productId: world.product.id, userId: world.ids.staff, status: "pending" });
    const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/send-digest.ts", "2026-12-04"], {
      env: { ...process.env, DATABASE_PATH: connection().sqlite.name },
      encoding: "utf8",
    });
    expect(out).toMatch(/^Digest for 2026-12-04: \d+ e-mails queued\.$/m);
    expect(mailFor("digest-admin@example.org")[0].body).toMatch(/For moderation: [1-9]\d* reviews?/);
    const again = execFileSync(process.execPath, ["--import", "tsx", "scripts/send-digest.ts", "2026-12-04"], {
      env: { ...process.env, DATABASE_PATH: connection().sqlite.name },
      encoding: "utf8",
    });
    expect(again.trim()).toBe("The digest for 2026-12-04 was already sent.");
  });
});
