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
  const assessedBy = judged?.assessedBy ?? 0;
  const reliedOnBy = judged?.reliedOnBy ?? 0;
  const judgedBy = profile.saved
    ? `your requirements profile (${profile.classification})`
    : `the framework's minimums for ${profile.classification} data, until you set your own requirements`;
  const meeting = judged?.meeting ?? 0;
  const withMinimum = judged ? judged.lines.filter((l) => l.minimum !== null).length : 0;
  const shown = short.slice(0, SHORTFALLS_SHOWN);
  const more = Math.max(0, short.length - SHORTFALLS_SHOWN);
  const sentences =
    assessedBy > 0
      ? [
          `Assessed by ${assessedBy} ${assessedBy === 1 ? "agency" : "agencies"}, relied on by ${reliedOnBy} ${reliedOnBy === 1 ? "other agency" : "other agencies"}${judged?.allStale ? ". Every assessment is over 24 months old, so treat the scores as dated" : ""}.`,
          `Judged against ${judgedBy}.`,
          ...(short.length === 0 ? [`Every quality with a minimum meets it: ${meeting} of ${withMinimum}.`] : []),
        ]
      : ["No agency has assessed this product yet."];
  return {
    slug: product.slug,
    assessedBy,
    reliedOnBy,
    canAssess: canAssess(viewer, product).ok,
    judgedBy,
    allStale: judged?.allStale ?? false,
    shortfalls:
      judged && judged.assessments > 0
        ? shown
            .map((l) => ({
              key: l.key,
              label: `${l.label}${l.mandatory ? " (mandatory)" : ""}`,
              minimum: l.minimum!,
              latest:
                l.latest === null
                  ? "No agency has scored it"
                  : `${l.latest} of 5, assessed ${formatDate(l.latestOn!)}${l.stale ? " (dated: over 24 months old)" : ""}`,
              spread: spreadWords(l),
              state: STATE_WORDS[l.state],
              latestScore: l.latest,
            }))
            .map((x) => ({ ...x, text: `${x.state}. Your minimum ${x.minimum}; latest ${x.latest}; ${x.spread}.` }))
        : [],
    moreShortfalls: more,
    meeting,
    withMinimum,
    sentences,
    closing:
      assessedBy > 0 && short.length > 0
        ? `${more > 0 ? `${more} more short or not assessed. ` : ""}${meeting} of ${withMinimum} qualities meet your minimums.`
        : null,
  };
}

/**
 * The section as lines of the product page's "At a glance" list: who assessed it, and the gaps
 * against the buyer's minimums, first thing on the page and at no cost in its scripts. The whole
 * judgement, quality by quality with the gaps first, is on /products/:slug/assessments.
 */
export function assessmentGlanceRows(
  v: ProductAssessmentsView,
): { term: string; text: string; link?: { href: string; label: string; first?: boolean } }[] {
  const page = `/products/${v.slug}/assessments`;
  const rows: { term: string; text: string; link?: { href: string; label: string; first?: boolean } }[] = [
    {
      term: "Agency assessments",
      text: v.sentences[0],
      link: { href: page, label: v.assessedBy > 0 ? "See the scores" : "About assessments" },
    },
  ];
  if (v.canAssess)
    rows.push({
      term: "Your agency",
      text: "against the common assessment framework",
      link: { href: `/products/${v.slug}/assess`, label: "Assess this product", first: true },
    });
  if (v.assessedBy === 0) return rows;
  const against = v.sentences[1].replace(/^Judged against /, "").replace(/\.$/, "");
  const text =
    v.shortfalls.length === 0
      ? `Every quality with a minimum meets it (${v.meeting} of ${v.withMinimum}), judged against ${against}.`
      : `Short of the minimum on ${v.shortfalls.map((s) => `${s.label} (${s.latestScore === null ? "not assessed" : `${s.latestScore} against ${s.minimum}`})`).join("; ")}${v.moreShortfalls > 0 ? ` and ${v.moreShortfalls} more` : ""}. ${v.meeting} of ${v.withMinimum} meet, judged against ${against}.`;
  rows.push({ term: "Against your requirements", text, link: { href: "/requirements", label: "Set your requirements" } });
  return rows;
}
