/**
 * One-click unsubscribe (RFC 8058). Each notification carries its own random token; only its
 * hash is stored. Following it stops one kind of e-mail for its owner, once: a used, unknown or
 * altered token changes nothing and says so. No sign-in is needed, because the token is the proof
 * that the person reading it received the e-mail.
 */
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { emailOptOuts, unsubscribeTokens, watches, watchSettings } from "~db/schema";
import { newToken, sha256 } from "~/platform/cookies.server";
import { EMAIL_KIND_LABELS, isEmailKind, parseUnsubscribeKind, type UnsubscribeKind } from "./email-kinds";
import { siteLink } from "./site-link.server";

export function issueUnsubscribeLink({ userId, kind }: { userId: number; kind: UnsubscribeKind }): string {
  const token = newToken();
  db()
    .insert(unsubscribeTokens)
    .values({ tokenHash: sha256(token), userId, kind })
    .run();
  return siteLink(`/unsubscribe/${token}`);
}

export type UnsubscribeLookup =
  | { state: "unknown" }
  | { state: "used"; kind: UnsubscribeKind; what: string; usedAt: string }
  | { state: "ready"; kind: UnsubscribeKind; what: string };

/** The e-mails a kind stands for, as the page says it: "An e-mail for each change to Acme Cloud". */
function describeKind(kind: UnsubscribeKind): string {
  if (isEmailKind(kind)) return EMAIL_KIND_LABELS[kind];
  if (kind === "shortlisted") return "An e-mail for each change to products on your shortlists";
  const watch = db()
    .select({ label: watches.label })
    .from(watches)
    .where(eq(watches.id, Number(kind.slice("watch:".length))))
    .get();
  return watch ? `An e-mail for each change to ${watch.label}` : "E-mails about something you no longer watch";
}

/** What a token would do, without doing it (a GET must never unsubscribe: link scanners follow links). */
export function lookUpUnsubscribe(token: string): UnsubscribeLookup {
  const row = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? db()
        .select({ kind: unsubscribeTokens.kind, usedAt: unsubscribeTokens.usedAt })
        .from(unsubscribeTokens)
        .where(eq(unsubscribeTokens.tokenHash, sha256(token)))
        .get()
    : undefined;
  const kind = row ? parseUnsubscribeKind(row.kind) : null;
  if (!row || !kind) return { state: "unknown" };
  const what = describeKind(kind);
  return row.usedAt ? { state: "used", kind, what, usedAt: row.usedAt } : { state: "ready", kind, what };
}

/** Stops the token's kind of e-mail for its owner and spends the token; a spent or unknown token changes nothing. */
export function unsubscribe(token: string): UnsubscribeLookup {
  return db().transaction((tx) => {
    const found = lookUpUnsubscribe(token);
    if (found.state !== "ready") return found;
    const row = tx
      .update(unsubscribeTokens)
      .set({ usedAt: new Date().toISOString() })
      .where(and(eq(unsubscribeTokens.tokenHash, sha256(token)), isNull(unsubscribeTokens.usedAt)))
      .returning({ userId: unsubscribeTokens.userId })
      .get();
    if (!row) return lookUpUnsubscribe(token);
    stopEmail({ userId: row.userId, kind: found.kind });
    return found;
  });
}

/**
 * Stops one kind of e-mail for a person: an opt-out, or a watch (or their shortlisted products)
 * that e-mailed each event moved to the feed only. Nothing else changes.
 */
export function stopEmail({ userId, kind }: { userId: number; kind: UnsubscribeKind }): void {
  if (isEmailKind(kind)) {
    db().insert(emailOptOuts).values({ userId, kind }).onConflictDoNothing().run();
  } else if (kind === "shortlisted") {
    db()
      .update(watchSettings)
      .set({ shortlistDelivery: "feed" })
      .where(and(eq(watchSettings.userId, userId), eq(watchSettings.shortlistDelivery, "email")))
      .run();
  } else {
    const watchId = Number(kind.slice("watch:".length));
    // Only a watch that e-mails each event sends these; one set to the digest is stopped by "watch_digest".
    db()
      .update(watches)
      .set({ delivery: "feed" })
      .where(and(eq(watches.id, watchId), eq(watches.userId, userId), eq(watches.delivery, "email")))
      .run();
  }
}
