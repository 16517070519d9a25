/**
 * Compare's "Agency assessments" rows, worded on the server: who assessed each product, and each
 * quality that falls short of the buyer's minimum for at least one of them. The other qualities
 * are summed up in one row that links to each product's assessments page.
 */
import type { Classification } from "~/assurance/vocabulary";
import { buyerAssessments, STATE_WORDS, visitorProfile, type BuyerAssessments } from "./buyer-assessments.server";
import type { CompareAssessmentCell, CompareAssessments } from "./buyer-views";

function cell(judged: BuyerAssessments | undefined, key: string): CompareAssessmentCell {
  const line = judged?.lines.find((l) => l.key === key);
  if (!judged || judged.assessments === 0 || !line || line.latest === null) return { text: "Not assessed", state: "unassessed" };
  // The verdict first: a buyer scanning the row reads "Below" or "Meets" before the numbers.
  const against = line.minimum === null ? "no minimum set" : `your minimum ${line.minimum}`;
  return {
    text: `${STATE_WORDS[line.state]}: latest ${line.latest} of 5, ${against}${line.stale ? " (dated)" : ""}`,
    state: line.state,
  };
}

export function compareAssessments({
  productIds,
  userId,
  classification,
}: {
  productIds: number[];
  userId: number | null;
  classification: Classification | null;
}): CompareAssessments | null {
  const found = visitorProfile({ userId, classification });
  if (!found || productIds.length === 0) return null;
  const { profile } = found;
  const judged = buyerAssessments({ productIds, profile });
  const all = productIds.map((id) => judged.get(id));
  const order = all.find((j) => j)?.lines ?? [];
  const gapKeys = new Set(all.flatMap((j) => j?.lines.filter((l) => l.state === "gap").map((l) => l.key) ?? []));
  // Rows in the judged order (mandatory gaps first), taken from whichever product has them.
  const labels = new Map(all.flatMap((j) => j?.lines.map((l) => [l.key, `${l.label}${l.mandatory ? " (mandatory)" : ""}`] as const) ?? []));
  const keys = [...gapKeys].sort((a, b) => order.findIndex((l) => l.key === a) - order.findIndex((l) => l.key === b));
  return {
    judgedBy: profile.saved
      ? `your requirements profile (${profile.classification})`
      : `the framework's minimums for ${profile.classification} data`,
    reach: all.map((j) =>
      j && j.assessedBy > 0
        ? {
            text: `Assessed by ${j.assessedBy} ${j.assessedBy === 1 ? "agency" : "agencies"}, relied on by ${j.reliedOnBy}`,
            state: "assessed",
          }
        : { text: "No agency has assessed it", state: "unassessed" },
    ),
    gapRows: keys.map((key) => ({ key, label: labels.get(key) ?? key, cells: all.map((j) => cell(j, key)) })),
    rest: all.map((j) => {
      if (!j || j.assessments === 0) return { text: "Not assessed", state: "unassessed" };
      const others = j.lines.filter((l) => !gapKeys.has(l.key) && l.minimum !== null);
      const meeting = others.filter((l) => l.state === "meets").length;
      return { text: `${meeting} of ${others.length} meet your minimums`, state: meeting === others.length ? "meets" : "mixed" };
    }),
  };
}
