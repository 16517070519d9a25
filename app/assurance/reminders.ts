/**
 * Which reminder a badge needs. A badge mails once when it enters "due" (within 90 days of lapsing)
 * and once when it becomes "overdue"; a renewal back to "current" clears the record so the next
 * cycle mails again.
 */
import { badgeCurrency, type BadgeDates } from "./currency";
import type { IsoDate } from "~/platform/dates";

export type ReminderState = "due" | "overdue";

export function reminderState(badge: BadgeDates, today: IsoDate): ReminderState | null {
  const { state } = badgeCurrency(badge, today);
  return state === "due" || state === "overdue" ? state : null;
}

export interface ReminderPlan {
  badgeId: number;
  state: ReminderState;
}

/**
 * The reminders to send now and the badges whose records should be cleared, given each badge's
 * state today and the states already mailed (as "badgeId:state").
 */
export function planReminders(
  badges: readonly { id: number; state: ReminderState | null }[],
  alreadySent: ReadonlySet<string>,
): { send: ReminderPlan[]; clear: number[] } {
  const send: ReminderPlan[] = [];
  const clear: number[] = [];
  for (const b of badges) {
    if (b.state === null) {
      if (alreadySent.has(`${b.id}:due`) || alreadySent.has(`${b.id}:overdue`)) clear.push(b.id);
    } else if (!alreadySent.has(`${b.id}:${b.state}`)) {
      send.push({ badgeId: b.id, state: b.state });
    }
  }
  return { send, clear };
}
