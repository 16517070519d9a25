/**
 * Who may do what with reviews. Unlike the role checks elsewhere (~/accounts/permissions), writing
 * a review or a provider reply is attributed content ("Verified: <agency>", "Reply from
 * <provider>"), so it needs that identity, not just privilege. An administrator who is not agency
 * staff cannot write a review, and cannot reply for a provider.
 */
import type { Role } from "~/accounts/roles";

export interface Actor {
  id: number;
  roles: readonly Role[];
  agencyId: number | null;
  providerId: number | null;
}

export interface ReviewFacts {
  authorId: number;
  status: string;
  /** The provider whose product is reviewed. */
  providerId: number;
}

export type Decision = { ok: true } | { ok: false; reason: string };
const yes: Decision = { ok: true };
const no = (reason: string): Decision => ({ ok: false, reason });

/** Own role list only: admin does not imply agency staff or provider representative here. */
const holds = (actor: Actor, role: Role) => actor.roles.includes(role);

export function canWriteReview(actor: Actor | null, product: { providerId: number }): Decision {
  if (!actor) return no("Sign in to write a review.");
  if (!holds(actor, "agency_staff") || actor.agencyId === null) {
    return no("Only agency staff with a verified government e-mail address can write reviews.");
  }
  if (holds(actor, "provider_rep") && actor.providerId === product.providerId) {
    return no("You represent this product's provider, so you cannot review it.");
  }
  return yes;
}

export function canVote(actor: Actor | null, review: ReviewFacts): Decision {
  if (!actor) return no("Sign in to mark a review as helpful.");
  if (review.status !== "published") return no("That review is not published.");
  if (review.authorId === actor.id) return no("You cannot vote for your own review.");
  return yes;
}

export function canReport(actor: Actor | null, review: ReviewFacts): Decision {
  if (!actor) return no("Sign in to report a concern.");
  if (review.status !== "published") return no("That review is not published.");
  return yes;
}

export function canReply(actor: Actor | null, review: ReviewFacts): Decision {
  if (!actor) return no("Sign in to reply.");
  if (!holds(actor, "provider_rep") || actor.providerId !== review.providerId) {
    return no("Only representatives of this product's provider can reply.");
  }
  if (review.status !== "published") return no("You can reply once the review is published.");
  return yes;
}
