/**
 * What the evaluation and decision pages read: the approach as its agency may see it, the responses
 * (only once closed; the routes check who may read them), the panel's own scores to put back in
 * the score forms, the ranking, and the frozen record's headline facts. Plain values in, plain data
 * out: the routes authorise and answer HTTP.
 */
import { renderMarkdown } from "~/platform/markdown.server";
import { approachDetail, approachFacts, approachId } from "./approach.server";
import { decisionOf, parseRecord, type Decision } from "./decision.server";
import { evaluationOf, type Evaluation } from "./evaluation.server";
import { priceGuide } from "./evaluation";
import type { RankingRow } from "./evaluation-results";
import { canReadAsBuyer, type Actor } from "./permissions";
import { allResponses, responseCount } from "./responses.server";

/** The approach an agency's staff member may read, or null (the route answers 404 for every kind of null). */
export function buyerApproach(actor: Actor, param: string | undefined) {
  const id = approachId(param);
  const facts = id === null ? null : approachFacts(id);
  if (id === null || !facts || !canReadAsBuyer(actor, facts).ok) return null;
  return { id, facts };
}

/** The results joined to the responses and criteria they are about, best first (incomplete last). */
export function rankingRows({
  criteria,
  responses,
  results,
}: {
  criteria: { id: number; name: string; weight: number }[];
  responses: { id: number; productName: string; providerName: string; priceCents: number }[];
  results: Evaluation["results"];
}): RankingRow[] {
  return results.flatMap((r) => {
    const response = responses.find((x) => x.id === r.responseId);
    if (!response) return [];
    return [
      {
        responseId: r.responseId,
        productName: response.productName,
        providerName: response.providerName,
        priceCents: response.priceCents,
        total: r.total,
        rank: r.rank,
        tied: r.tied,
        missing: r.missing,
        means: criteria.map((c) => ({
          criterionId: c.id,
          name: c.name,
          weight: c.weight,
          mean: r.criteria.find((x) => x.criterionId === c.id)?.mean ?? null,
        })),
      },
    ];
  });
}

export type PanelStanding = "undeclared" | "conflict" | "declared";
const standing = (e: { declaredAt: string | null; conflict: boolean | null }): PanelStanding =>
  !e.declaredAt ? "undeclared" : e.conflict ? "conflict" : "declared";

/** The panel and the ranking: what the results and the decision form show. */
export function resultsOf(id: number) {
  const evaluation = evaluationOf(id);
  return {
    evaluation,
    ranking: rankingRows(evaluation),
    panel: evaluation.evaluators.map((e) => ({ userId: e.userId, name: e.name, standing: standing(e) })),
  };
}

/** The evaluation page: sealed (a count) before the close, every response and its scoring after. */
export function evaluatePage({ id, me, now = new Date() }: { id: number; me: number; now?: Date }) {
  const detail = approachDetail(id, now)!;
  const approach = { id, title: detail.title, state: detail.state, closesAt: detail.closesAt, criteria: detail.criteria };
  if (detail.state === "draft" || detail.state === "open") return { approach, sealed: true as const, count: responseCount(id) };
  const { evaluation, ranking, panel } = resultsOf(id);
  const lowest = Math.min(...evaluation.responses.map((r) => r.priceCents));
  const mine = evaluation.evaluators.find((e) => e.userId === me) ?? null;
  return {
    approach,
    sealed: false as const,
    responses: evaluation.responses.map((r) => ({
      id: r.id,
      productName: r.productName,
      providerName: r.providerName,
      priceCents: r.priceCents,
      bodyHtml: renderMarkdown(r.body).html,
      attachments: r.attachments,
      revision: r.revision,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      priceGuide: priceGuide(r.priceCents, lowest),
      myScores: Object.fromEntries(
        evaluation.scores
          .filter((s) => s.responseId === r.id && s.evaluatorId === me)
          .map((s) => [String(s.criterionId), { score: String(s.score), comment: s.comment }]),
      ),
    })),
    withdrawn: allResponses(id, ["withdrawn"]).map((r) => ({
      id: r.id,
      productName: r.productName,
      providerName: r.providerName,
      updatedAt: r.updatedAt,
    })),
    ranking,
    panel,
    me: mine ? { standing: standing(mine) } : null,
  };
}

/** The frozen record as the decision page summarises it, read back from the stored canonical text. */
export function recordSummary(decision: Decision) {
  const record = parseRecord(decision);
  const responses = record.responses.map((r) => ({ id: r.id, productName: r.product, providerName: r.provider, priceCents: r.priceCents }));
  const providerOf = (responseId: number) => responses.find((r) => r.id === responseId)?.providerName ?? "";
  return {
    outcome: record.decision.outcome,
    product: record.decision.product,
    provider: record.decision.provider,
    contractValueCents: record.decision.contractValueCents,
    austenderId: record.decision.austenderId,
    decidedAt: record.decision.decidedAt,
    decidedBy: record.decision.decidedBy,
    reason: record.decision.reason,
    notChosen: record.decision.notChosen.map((n) => ({ ...n, provider: providerOf(n.responseId) })),
    ranking: rankingRows({ criteria: record.approach.criteria, responses, results: record.results }),
    checksum: decision.checksum,
  };
}
export type RecordSummary = ReturnType<typeof recordSummary>;

/** The decision page: the record once decided; before that the ranking (for those who may see it) and what the form needs. */
export function decisionPage({ id, now = new Date() }: { id: number; now?: Date }) {
  const detail = approachDetail(id, now)!;
  const approach = { id, title: detail.title, state: detail.state, closesAt: detail.closesAt };
  const decision = detail.state === "decided" ? decisionOf(id) : null;
  if (decision) return { approach, record: recordSummary(decision) };
  return { approach, record: null };
}

/**
 * The stored record for the downloads: the canonical text exactly as frozen, its parsed form, and
 * the checksum again in base64 (an HTTP Digest header's form); null before the decision.
 */
export function frozenRecord(id: number) {
  const decision = decisionOf(id);
  if (!decision) return null;
  return { decision, record: parseRecord(decision), digest: Buffer.from(decision.checksum, "hex").toString("base64") };
}
