/**
 * Who may see and do what in an approach to market (pure). An approach belongs to the agency that
 * runs it: its staff may read it, its owner runs it, and the evaluators the owner names score it.
 * Sellers see an approach only once it is sent and only if one of their products is invited, and
 * then only their own questions and responses. Whoever may not see an approach is told it does not
 * exist (404), so that neither another agency nor an uninvited seller learns that it does.
 */
import type { Role } from "~/accounts/roles";

export interface Actor {
  id: number;
  roles: readonly Role[];
  agencyId: number | null;
  providerId: number | null;
}

export interface ApproachFacts {
  agencyId: number;
  ownerId: number | null;
  status: "draft" | "open" | "decided";
  closesAt: string;
  evaluatorIds: readonly number[];
  invitedProviderIds: readonly number[];
}

export type Decision = { ok: true } | { ok: false; status: 403 | 404; reason: string };
const yes: Decision = { ok: true };
const notFound: Decision = { ok: false, status: 404, reason: "We could not find that approach to market." };
const refuse = (reason: string): Decision => ({ ok: false, status: 403, reason });

const isStaff = (actor: Actor | null): actor is Actor => !!actor && actor.roles.includes("agency_staff") && actor.agencyId !== null;

export function canStart(actor: Actor | null): Decision {
  if (!actor) return refuse("Sign in to approach the market.");
  if (!isStaff(actor)) return refuse("Only agency staff with a verified government e-mail address and an agency can approach the market.");
  return yes;
}

/** The agency's side: its staff read it, in any state. */
export function canReadAsBuyer(actor: Actor | null, a: ApproachFacts): Decision {
  return isStaff(actor) && actor.agencyId === a.agencyId ? yes : notFound;
}

/** Running it (editing, sending, answering, extending, naming evaluators, deciding) is the owner's. */
export function canManage(actor: Actor | null, a: ApproachFacts): Decision {
  const read = canReadAsBuyer(actor, a);
  if (!read.ok) return read;
  return actor!.id === a.ownerId ? yes : refuse("Only the person running this approach to market can do that.");
}

export function canEvaluate(actor: Actor | null, a: ApproachFacts): Decision {
  const read = canReadAsBuyer(actor, a);
  if (!read.ok) return read;
  return a.evaluatorIds.includes(actor!.id) ? yes : refuse("Only the evaluators the buyer named can score responses.");
}

/** The responses and scores: for the evaluators (the owner is one) and, once decided, the agency. */
export function canSeeResponses(actor: Actor | null, a: ApproachFacts): Decision {
  const read = canReadAsBuyer(actor, a);
  if (!read.ok) return read;
  if (a.status === "decided" || a.evaluatorIds.includes(actor!.id)) return yes;
  return refuse("Only the evaluators can read the responses before the decision.");
}

/** A seller's side: a representative of an invited provider, once the approach is sent. */
export function canReadAsSeller(actor: Actor | null, a: ApproachFacts): Decision {
  if (!actor || !actor.roles.includes("provider_rep") || actor.providerId === null) return notFound;
  if (a.status === "draft" || !a.invitedProviderIds.includes(actor.providerId)) return notFound;
  return yes;
}
