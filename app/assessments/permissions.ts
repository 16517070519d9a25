/**
 * Who may do what with assessments (pure). Like reviews, an assessment is attributed content
 * ("assessed by <agency>"), so writing one needs agency staff identity, not just privilege: an
 * administrator who is not agency staff moderates but cannot assess. Reading published
 * assessments is for signed-in government users; the public sees aggregates only.
 */
import { hasRole } from "~/accounts/permissions";
import type { Role } from "~/accounts/roles";

export interface Actor {
  id: number;
  roles: readonly Role[];
  agencyId: number | null;
  providerId: number | null;
}

export interface AssessmentFacts {
  authorId: number;
  agencyId: number;
  status: string;
  providerId: number;
}

export type Decision = { ok: true } | { ok: false; reason: string };
const yes: Decision = { ok: true };
const no = (reason: string): Decision => ({ ok: false, reason });

const isStaff = (actor: Actor) => actor.roles.includes("agency_staff") && actor.agencyId !== null;

/** Government users: agency staff (a verified government address) and administrators. */
export function isGovernment(actor: Actor | null): boolean {
  return hasRole(actor, "agency_staff");
}

export function canAssess(actor: Actor | null, product: { providerId: number }): Decision {
  if (!actor) return no("Sign in to assess a product.");
  if (!isStaff(actor)) return no("Only agency staff with a verified government e-mail address can assess products.");
  if (actor.roles.includes("provider_rep") && actor.providerId === product.providerId) {
    return no("You represent this product's provider, so you cannot assess it.");
  }
  return yes;
}

/** Drafts and rejected assessments are the author's own; colleagues in the agency can read them. */
export function canRead(actor: Actor | null, a: AssessmentFacts): Decision {
  if (!actor) return no("Sign in with a government account to read agencies' assessments.");
  if (a.status === "published") return isGovernment(actor) ? yes : no("Only government users can read agencies' assessments.");
  if (a.authorId === actor.id) return yes;
  if (isStaff(actor) && actor.agencyId === a.agencyId) return yes;
  if (a.status === "pending" && actor.roles.includes("admin")) return yes;
  return no("That assessment belongs to another agency and is not published.");
}

export function canEdit(actor: Actor | null, a: AssessmentFacts): Decision {
  if (!actor) return no("Sign in to edit your assessment.");
  if (a.authorId !== actor.id) return no("Only the person who wrote an assessment can change it.");
  if (a.status === "published") return no("A published assessment is final: agencies may rely on it. Assess the product again instead.");
  return yes;
}

export function canRely(actor: Actor | null, a: AssessmentFacts): Decision {
  if (!actor) return no("Sign in to rely on an assessment.");
  if (!isStaff(actor)) return no("Only agency staff can record that their agency relies on an assessment.");
  if (a.status !== "published") return no("You can rely only on a published assessment.");
  if (a.agencyId === actor.agencyId) return no("Your agency wrote this assessment, so it does not need to rely on it.");
  return yes;
}
