/**
 * The product page's "Agency assessments" section, worded on the server: the page ships a few
 * sentences, not the framework, so the section costs next to nothing in the page's scripts.
 */
import type { Classification } from "~/assurance/vocabulary";
import { formatDate } from "~/platform/dates";
import { buyerAssessments, spreadWords, STATE_WORDS, visitorProfile } from "./buyer-assessments.server";
import type { ProductAssessmentsView } from "./buyer-views";
import { canAssess, type Actor } from "./permissions";

/** Shortfalls shown on the product page; the rest are on /products/:slug/assessments. */
export const SHORTFALLS_SHOWN = 5;

export function productAssessmentsSection({
  product,
  viewer,
  classification,
}: {
  product: { id: number; slug: string; providerId: number };
  viewer: Actor | null;
  classification: Classification | null;
}): ProductAssessmentsView | null {
  const found = visitorProfile({ userId: viewer?.id ?? null, classification });
  if (!found) return null;
  const { profile } = found;
  const judged = buyerAssessments({ productIds: [product.id], profile }).get(product.id);
  const short = judged ? judged.lines.filter((l) => l.state === "gap" || l.state === "unassessed") : [];
  return {
    slug: product.slug,
    assessedBy: judged?.assessedBy ?? 0,
    reliedOnBy: judged?.reliedOnBy ?? 0,
    canAssess: canAssess(viewer, product).ok,
    judgedBy: profile.saved
      ? `your requirements profile (${profile.classification})`
      : `the framework's minimums for ${profile.classification} data, until you set your own requirements`,
    allStale: judged?.allStale ?? false,
    shortfalls:
      judged && judged.assessments > 0
        ? short.slice(0, SHORTFALLS_SHOWN).map((l) => ({
            key: l.key,
            label: `${l.label}${l.mandatory ? " (mandatory)" : ""}`,
            minimum: l.minimum!,
            latest:
              l.latest === null
                ? "No agency has scored it"
                : `${l.latest} of 5, assessed ${formatDate(l.latestOn!)}${l.stale ? " (dated: over 24 months old)" : ""}`,
            spread: spreadWords(l),
            state: STATE_WORDS[l.state],
          }))
        : [],
    moreShortfalls: Math.max(0, short.length - SHORTFALLS_SHOWN),
    meeting: judged?.meeting ?? 0,
    withMinimum: judged ? judged.lines.filter((l) => l.minimum !== null).length : 0,
  };
}
