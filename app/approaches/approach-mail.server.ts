/**
 * What sellers are told, by e-mail, as an approach moves on. This is procurement correspondence,
 * not a notification: every invited seller must hear the same thing at the same time (fairness),
 * so it carries no unsubscribe link and cannot be stopped; it goes, like all our mail, only to
 * confirmed addresses of the provider's approved representatives. The outbox sender delivers it.
 */
import { providerReps, sendNotice } from "~/notifications/notices.server";
import { siteLink } from "~/notifications/site-link.server";
import { formatAud } from "~/platform/money";
import { formatCanberra } from "./closing";

interface Told {
  id: number;
  title: string;
  agencyName: string;
  closesAt: string;
  invitations: { providerId: number; productName: string }[];
}

function byProvider(invitations: Told["invitations"]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const i of invitations) out.set(i.providerId, [...(out.get(i.providerId) ?? []), i.productName]);
  return out;
}

const sellerLink = (id: number) => siteLink(`/provider/approaches/${id}`);

/** Tells every invited provider's representatives at once: of the invitation, an extension, or a published answer. */
export function tellInvitedSellers({
  approach,
  what,
  reason = "",
}: {
  approach: Told;
  what: "invited" | "extended" | "answered";
  reason?: string;
}): void {
  const close = formatCanberra(approach.closesAt);
  for (const [providerId, productNames] of byProvider(approach.invitations)) {
    const subjects = {
      invited: `Invitation to respond: ${approach.title}`,
      extended: `Closing time extended: ${approach.title}`,
      answered: `A question has been answered: ${approach.title}`,
    };
    const lines = {
      invited: [
        `${approach.agencyName} invites you to respond to "${approach.title}" for ${productNames.join(", ")}.`,
        `Responses close at ${close}. Late responses cannot be accepted.`,
        `Read the requirement, ask questions and respond: ${sellerLink(approach.id)}`,
      ],
      extended: [
        `${approach.agencyName} has extended the closing time of "${approach.title}".`,
        `Responses now close at ${close}.`,
        ...(reason ? [`Why: ${reason}`] : []),
        `Read it: ${sellerLink(approach.id)}`,
      ],
      answered: [
        `${approach.agencyName} has answered a question about "${approach.title}". Every invited seller receives the same answer; the asker is not named.`,
        `Read the questions and answers: ${sellerLink(approach.id)}`,
        `Responses close at ${close}.`,
      ],
    };
    for (const rep of providerReps(providerId)) sendNotice(rep.email, subjects[what], lines[what]);
  }
}

/**
 * Tells the person running the approach that a seller has asked something, so the answer (which
 * every seller waits on) does not depend on the buyer happening to look. The seller is not named:
 * the page says who asked, to the agency only.
 */
export function tellOwnerOfQuestion({
  approach,
  ownerEmail,
}: {
  approach: Pick<Told, "id" | "title" | "closesAt">;
  ownerEmail: string;
}): void {
  sendNotice(ownerEmail, `A seller has asked a question: ${approach.title}`, [
    `An invited seller has asked a question about "${approach.title}".`,
    `Answer it for every invited seller before responses close at ${formatCanberra(approach.closesAt)}: ${siteLink(`/approaches/${approach.id}#questions-heading`)}`,
  ]);
}

export interface DebriefScore {
  criterion: string;
  weight: number;
  mean: number | null;
}

/** The outcome, to each seller that responded: the chosen one is told so; the others get their own scores and the reason. */
export function sendOutcomes({
  approach,
  awarded,
  responses,
}: {
  approach: { id: number; title: string; agencyName: string };
  awarded: { productName: string; valueCents: number | null } | null;
  responses: {
    providerId: number;
    productName: string;
    chosen: boolean;
    total: number | null;
    rank: number | null;
    of: number;
    reason: string;
    scores: DebriefScore[];
  }[];
}): void {
  for (const r of responses) {
    const subject = r.chosen ? `Your response was chosen: ${approach.title}` : `Outcome and debrief: ${approach.title}`;
    const lines = r.chosen
      ? [
          `${approach.agencyName} has chosen your response for ${r.productName} to "${approach.title}".`,
          awarded?.valueCents != null ? `Contract value: ${formatAud(awarded.valueCents / 100)} (GST inclusive).` : "",
          `The agency will contact you to finalise the contract. ${sellerLink(approach.id)}`,
        ].filter(Boolean)
      : [
          `${approach.agencyName} has decided "${approach.title}". Your response for ${r.productName} was not chosen.`,
          awarded ? `The contract was awarded to another response.` : `No contract was awarded.`,
          "",
          "Your scores (each criterion out of 10, the mean of the evaluators' scores):",
          ...r.scores.map((s) => `- ${s.criterion} (weight ${s.weight}%): ${s.mean === null ? "not scored" : s.mean}`),
          r.total === null
            ? "Your response was not fully scored."
            : `Weighted total: ${r.total} out of 100${r.rank ? `, ranked ${r.rank} of ${r.of}` : ""}.`,
          "",
          `Why it was not chosen: ${r.reason}`,
          "",
          `You may ask the agency for a fuller debrief. ${sellerLink(approach.id)}`,
        ];
    for (const rep of providerReps(r.providerId)) sendNotice(rep.email, subject, lines);
  }
}
