/** Which kinds of notification e-mail a person has stopped, and changing that from their notifications page. */
import { and, eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { emailOptOuts } from "~db/schema";
import { isEmailKind, type EmailKind } from "./email-kinds";

export function stoppedKinds({ userId }: { userId: number }): EmailKind[] {
  return db()
    .select({ kind: emailOptOuts.kind })
    .from(emailOptOuts)
    .where(eq(emailOptOuts.userId, userId))
    .all()
    .map((r) => r.kind)
    .filter(isEmailKind);
}

/** Of the kinds the page offered, those ticked are received and the rest stopped; kinds not offered are left alone. */
export function setEmailChoices({ userId, offered, received }: { userId: number; offered: EmailKind[]; received: EmailKind[] }) {
  const stop = offered.filter((k) => !received.includes(k));
  const start = offered.filter((k) => received.includes(k));
  db().transaction((tx) => {
    if (start.length > 0)
      tx.delete(emailOptOuts)
        .where(and(eq(emailOptOuts.userId, userId), inArray(emailOptOuts.kind, start)))
        .run();
    for (const kind of stop) tx.insert(emailOptOuts).values({ userId, kind }).onConflictDoNothing().run();
  });
}
