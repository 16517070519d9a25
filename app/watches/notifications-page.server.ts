/**
 * The notifications page's data and its changes: what a person watches and how they hear of it,
 * which kinds of e-mail they get, and their feed's address. Every change is scoped to the person.
 */
import { z } from "zod";
import { hasRole } from "~/accounts/permissions";
import type { Role } from "~/accounts/roles";
import { setEmailChoices, stoppedKinds } from "~/notifications/email-choices.server";
import { EMAIL_KINDS, type EmailKind } from "~/notifications/email-kinds";
import { feedPath } from "./feed.server";
import { DELIVERIES, SHORTLIST_DELIVERIES } from "./vocabulary";
import {
  recentNotices,
  removeWatch,
  renewFeedSecret,
  setShortlistDelivery,
  setWatchDelivery,
  settingsOf,
  watchesOf,
} from "./watches.server";

type Person = { id: number; roles: readonly Role[] };

/** The kinds of e-mail this person can get at all: providers' and staff's only for them. */
export function offeredKinds(user: Person): EmailKind[] {
  return EMAIL_KINDS.filter((k) => {
    if (k === "provider_news" || k === "badge_reminders") return user.roles.includes("provider_rep");
    if (k === "queue_digest") return hasRole(user, ["admin", "editor"]);
    if (k === "assessment_outcomes") return user.roles.includes("agency_staff");
    return true;
  });
}

export function notificationsPage(user: Person) {
  const stopped = stoppedKinds({ userId: user.id });
  return {
    watches: watchesOf({ userId: user.id }),
    shortlistDelivery: settingsOf({ userId: user.id }).shortlistDelivery,
    emails: offeredKinds(user).map((kind) => ({ kind, on: !stopped.includes(kind) })),
    feedPath: feedPath({ userId: user.id }),
    notices: recentNotices({ userId: user.id, limit: 30 }),
  };
}

const deliveriesForm = z.object({
  shortlistDelivery: z.enum(SHORTLIST_DELIVERIES, { message: "Choose how you hear about products on your shortlists." }),
});

/** Handles the page's forms; answers the notice to show, or field errors. */
export function changeNotifications({ user, form }: { user: Person; form: FormData }): {
  notice?: string;
  errors?: Record<string, string>;
} {
  const intent = form.get("intent");
  const stop = form.get("stop");
  if (stop !== null) {
    return removeWatch({ userId: user.id, watchId: Number(stop) })
      ? { notice: "You no longer watch that." }
      : { errors: { watches: "You do not watch that." } };
  }
  if (intent === "save-deliveries") {
    const parsed = deliveriesForm.safeParse({ shortlistDelivery: form.get("shortlistDelivery") });
    if (!parsed.success) return { errors: { shortlistDelivery: parsed.error.issues[0]!.message } };
    const errors: Record<string, string> = {};
    const changes: { watchId: number; delivery: (typeof DELIVERIES)[number] }[] = [];
    for (const w of watchesOf({ userId: user.id })) {
      const chosen = form.get(`delivery-${w.id}`);
      if (chosen === null) continue;
      const delivery = z.enum(DELIVERIES).safeParse(chosen);
      if (delivery.success) changes.push({ watchId: w.id, delivery: delivery.data });
      else errors[`delivery-${w.id}`] = `Choose how you hear of ${w.label}.`;
    }
    if (Object.keys(errors).length > 0) return { errors };
    for (const c of changes) setWatchDelivery({ userId: user.id, ...c });
    setShortlistDelivery({ userId: user.id, delivery: parsed.data.shortlistDelivery });
    return { notice: "Saved how you hear of what you watch." };
  }
  if (intent === "save-emails") {
    const offered = offeredKinds(user);
    const received = form.getAll("email").filter((k): k is EmailKind => offered.includes(k as EmailKind));
    setEmailChoices({ userId: user.id, offered, received });
    return { notice: "Saved which e-mails we send you." };
  }
  if (intent === "renew-feed") {
    renewFeedSecret({ userId: user.id });
    return { notice: "Your feed has a new address. The old one no longer works: update your feed reader." };
  }
  return { errors: { intent: "That action is not available here." } };
}
