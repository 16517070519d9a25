/**
 * Badge expiry reminders. Providers see their due and overdue badges live on the dashboard; the
 * e-mails go out from a scheduled script (`npm run reminders`), never from a page load, and
 * `badge_reminders` makes each state transition mail once.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { badgeReminders, badges, products, userRoles, users } from "~db/schema";
import { badgeCurrency } from "./currency";
import { BADGE_KIND_LABELS, type BadgeKind } from "./vocabulary";
import { formatDate, type IsoDate } from "~/platform/dates";
import { planReminders, reminderState, type ReminderState } from "./reminders";
import { queueEmail } from "~/notifications/outbox.server";
import { siteLink } from "~/notifications/site-link.server";
import { recordWatchEvent } from "~/watches/events.server";
import { badgeDateColumns } from "./badge-columns.server";

const badgeColumns = {
  id: badges.id,
  ...badgeDateColumns,
  productId: products.id,
  productName: products.name,
  productSlug: products.slug,
  providerId: products.providerId,
};

/** A provider's badges that are due within 90 days or overdue, most urgent first. */
export function providerBadgeAlerts({ providerId, today }: { providerId: number; today: IsoDate }) {
  return db()
    .select(badgeColumns)
    .from(badges)
    .innerJoin(products, eq(badges.productId, products.id))
    .where(eq(products.providerId, providerId))
    .all()
    .map((b) => ({ ...b, currency: badgeCurrency(b, today) }))
    .filter((b) => b.currency.state === "due" || b.currency.state === "overdue")
    .sort((a, b) => (a.currency.daysToExpiry ?? 0) - (b.currency.daysToExpiry ?? 0));
}

function providerRepEmails(providerId: number): string[] {
  return db()
    .select({ email: users.email })
    .from(userRoles)
    .innerJoin(users, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, "provider_rep"), eq(userRoles.providerId, providerId), isNotNull(userRoles.approvedAt)))
    .all()
    .map((r) => r.email);
}

type AlertBadge = {
  kind: string;
  level: string;
  assessedOn: string | null;
  expiresOn: string | null;
  periodEnd: string | null;
  productName: string;
  productSlug: string;
};

function providerMessage(b: AlertBadge, state: ReminderState, today: IsoDate) {
  const name = BADGE_KIND_LABELS[b.kind as BadgeKind] ?? b.kind;
  const c = badgeCurrency(b, today);
  const when = c.expiresOn ? formatDate(c.expiresOn) : "";
  return {
    subject: state === "due" ? `${name} for ${b.productName} is due by ${when}` : `${name} for ${b.productName} has lapsed`,
    body: `${c.label}.\n\nRenew it with new dates and evidence from your provider dashboard: ${siteLink(`/provider/products/${b.productSlug}/badges`)}\n\nBuyers see the badge's currency on the listing.`,
  };
}

/** Those who watch the product (or have it on a shortlist) hear that its badge is due or has lapsed. */
function watchEvent(b: AlertBadge & { productId: number; providerId: number }, state: ReminderState, today: IsoDate) {
  const name = BADGE_KIND_LABELS[b.kind as BadgeKind] ?? b.kind;
  recordWatchEvent({
    kind: state === "due" ? "badge_due" : "badge_lapsed",
    productId: b.productId,
    providerId: b.providerId,
    title: state === "due" ? `${name} for ${b.productName} is due for renewal` : `${name} for ${b.productName} has lapsed`,
    detail: `${badgeCurrency(b, today).label}. Check the listing before relying on it.`,
    path: `/products/${b.productSlug}`,
  });
}

/**
 * Mails provider representatives when a badge becomes due or overdue, and tells those who watch the
 * product (or shortlisted it) in the way each chose. One reminder per badge per state; records
 * cleared once a badge is current. The plan is read inside the write transaction, so two runs at
 * once (two server processes) cannot both send the same transition.
 */
export function sendBadgeReminders({ today }: { today: IsoDate }) {
  return db().transaction((tx) => {
    const all = tx.select(badgeColumns).from(badges).innerJoin(products, eq(badges.productId, products.id)).all();
    const sent = new Set(
      tx
        .select({ badgeId: badgeReminders.badgeId, state: badgeReminders.state })
        .from(badgeReminders)
        .all()
        .map((r) => `${r.badgeId}:${r.state}`),
    );
    const plan = planReminders(
      all.map((b) => ({ id: b.id, state: reminderState(b, today) })),
      sent,
    );
    const byId = new Map(all.map((b) => [b.id, b]));
    let emails = 0;
    if (plan.clear.length) tx.delete(badgeReminders).where(inArray(badgeReminders.badgeId, plan.clear)).run();
    for (const { badgeId, state } of plan.send) {
      const b = byId.get(badgeId)!;
      const message = providerMessage(b, state, today);
      for (const to of providerRepEmails(b.providerId)) {
        if (queueEmail({ to, ...message, unsubscribe: "badge_reminders" }) !== null) emails += 1;
      }
      watchEvent(b, state, today);
      tx.insert(badgeReminders).values({ badgeId, state }).run();
    }
    return { transitions: plan.send.length, emails, cleared: plan.clear.length };
  });
}

/** Lapsed badges of the given products, for a shortlist's notice. */
export function lapsedBadges({ productIds, today }: { productIds: number[]; today: IsoDate }) {
  if (productIds.length === 0) return [];
  return db()
    .select(badgeColumns)
    .from(badges)
    .innerJoin(products, eq(badges.productId, products.id))
    .where(inArray(badges.productId, productIds))
    .all()
    .map((b) => ({ ...b, currency: badgeCurrency(b, today) }))
    .filter((b) => b.currency.state === "overdue" && !b.currency.hidden)
    .map((b) => ({ id: b.id, kind: b.kind, productName: b.productName, productSlug: b.productSlug, label: b.currency.label }));
}
