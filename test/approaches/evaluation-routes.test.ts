/**
 * The evaluation and decision pages, called as Remix calls them with real Requests and sessions:
 * responses sealed until the close, who may read and score them, declarations before scoring, bad
 * scores refused with what was typed kept, the owner's decision (and the debrief it sends), a
 * non-award without a reason refused, and a decision that never changes, in the app or in SQL.
 */
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formatCanberra } from "~/approaches/closing";
import { decisionOf } from "~/approaches/decision.server";
import { EvaluationStanding, SealedResponses } from "~/approaches/evaluation-notices";
import { EvaluationResults, type RankingRow } from "~/approaches/evaluation-results";
import { ResponseScoring } from "~/approaches/response-scoring";
import { action as decisionAction, loader as decisionLoader } from "~/routes/approaches.$id_.decision";
import { action as evaluateAction, loader as evaluateLoader } from "~/routes/approaches.$id_.evaluate";
import { loader as jsonLoader } from "~/routes/approaches.$id_.record[.]json";
import { loader as pdfLoader } from "~/routes/approaches.$id_.record[.]pdf";
import { connection, db } from "~db/client.server";
import { approachDecisions, approachScores, outbox } from "~db/schema";
import { signIn } from "../accounts/support";
import { call, get, post } from "../procurement/route-helpers";
import { replyErrors, replyValues } from "../support/form-reply";
import { declareAll, makeInvitedApproach, pastClose, respond, scoreAll, type InvitedApproach } from "./approach-fixtures";

type Browser = { cookie: string; csrf: string };

let a: InvitedApproach;
let owner: Browser, evaluator: Browser, bystander: Browser, outsider: Browser, repA: Browser;
let responseA: number, responseB: number;

const params = () => ({ id: String(a.approachId) });
const evaluateGet = (b: Browser) => call(evaluateLoader, get(`/approaches/${a.approachId}/evaluate`, b.cookie), params());
const evaluatePost = (b: Browser, fields: Record<string, string>) =>
  call(evaluateAction, post(`/approaches/${a.approachId}/evaluate`, fields, b), params());
const decisionGet = (b: Browser) => call(decisionLoader, get(`/approaches/${a.approachId}/decision`, b.cookie), params());
const decisionPost = (b: Browser, fields: Record<string, string>) =>
  call(decisionAction, post(`/approaches/${a.approachId}/decision`, fields, b), params());
const scoreRows = () => db().select({ n: count() }).from(approachScores).get()!.n;

beforeAll(async () => {
  a = await makeInvitedApproach({ tag: "evr" });
  owner = signIn(a.owner.id);
  evaluator = signIn(a.evaluator.id);
  bystander = signIn(a.bystander.id);
  outsider = signIn(a.outsider.id);
  repA = signIn(a.sellerA.repId);
  respond(a, a.sellerA, { priceCents: 10_000_000, body: "Seller A's **secret** approach.\n\n<script>alert(1)</script>" });
  respond(a, a.sellerB, { priceCents: 12_500_000, body: "Seller B's plan." });
});

describe("before the close", () => {
  it("keeps the responses sealed: only how many are in, for every colleague", async () => {
    for (const b of [evaluator, bystander]) {
      const res = await evaluateGet(b);
      expect(res.status).toBe(200);
      const text = await res.text();
      const data = JSON.parse(text);
      expect(data.sealed).toBe(true);
      expect(data.count).toBe(2);
      expect(text).not.toContain("secret");
      expect(text).not.toContain("12500000");
      expect(text).not.toContain(a.sellerA.providerName);
      const html = renderToStaticMarkup(createElement(SealedResponses, { ...data.approach, count: data.count }));
      expect(html).toContain(`Responses are sealed until ${formatCanberra(data.approach.closesAt)}`);
      expect(html).toContain("2 responses are in so far.");
    }
  });

  it("refuses scores and decisions", async () => {
    declareAll(a);
    const res = await evaluatePost(evaluator, { intent: "score", responseId: "1", [`score.${a.criteria.meets.id}`]: "5" });
    expect(res.status).toBe(409);
    expect(scoreRows()).toBe(0);
    const decided = await decisionPost(owner, { outcome: "no_award", reason: "Too early" });
    expect(decided.status).toBe(409);
    expect(replyErrors(await decided.json()).form).toMatch(/only after the approach has closed/);
    expect(decisionOf(a.approachId)).toBeNull();
  });

  it("says on the decision page when it closes", async () => {
    const data = await (await decisionGet(owner)).json();
    expect(data.approach.state).toBe("open");
    expect(data.manage).toBe(false);
    expect(data.record).toBeNull();
  });
});

describe("another agency and sellers", () => {
  it("are told nothing exists, on every route and every method", async () => {
    for (const b of [outsider, repA]) {
      expect((await evaluateGet(b)).status).toBe(404);
      expect((await evaluatePost(b, { intent: "score", responseId: "1" })).status).toBe(404);
      expect((await decisionGet(b)).status).toBe(404);
      expect((await decisionPost(b, { outcome: "no_award", reason: "x" })).status).toBe(404);
      expect((await call(jsonLoader, get(`/approaches/${a.approachId}/record.json`, b.cookie), params())).status).toBe(404);
      expect((await call(pdfLoader, get(`/approaches/${a.approachId}/record.pdf`, b.cookie), params())).status).toBe(404);
    }
  });
});

describe("after the close", () => {
  beforeAll(async () => {
    pastClose(a.approachId);
    const data = await (await evaluateGet(owner)).json();
    responseA = data.responses.find((r: { providerName: string }) => r.providerName === a.sellerA.providerName).id;
    responseB = data.responses.find((r: { providerName: string }) => r.providerName === a.sellerB.providerName).id;
  });

  it("lets the evaluators read every response, sanitised, with its price, revision and attachments", async () => {
    const res = await evaluateGet(evaluator);
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.sealed).toBe(false);
    expect(data.responses).toHaveLength(2);
    const mine = data.responses.find((r: { id: number }) => r.id === responseA);
    expect(mine.bodyHtml).toContain("<strong>secret</strong>");
    expect(mine.bodyHtml).not.toContain("<script");
    expect(mine.priceCents).toBe(10_000_000);
    expect(mine.revision).toBe(1);
    expect(mine.priceGuide).toBe(10);
    expect(data.responses.find((r: { id: number }) => r.id === responseB).priceGuide).toBe(8);
    expect(mine.attachments[0].url).toMatch(/^https:\/\/example\.org\//);
    const html = renderToStaticMarkup(
      createElement(ResponseScoring, { response: mine, criteria: data.approach.criteria, canScore: false, reply: null }),
    );
    expect(html).toContain("$100,000");
    expect(html).toMatch(/<a href="https:\/\/example\.org\/[^"]+" rel="noopener noreferrer external" target="_blank">Service definition/);
  });

  it("answers 403 to a colleague who is not on the panel, before the decision", async () => {
    expect((await evaluateGet(bystander)).status).toBe(403);
    expect((await evaluatePost(bystander, { intent: "score", responseId: String(responseA) })).status).toBe(403);
    const page = await (await decisionGet(bystander)).json();
    expect(page.ranking).toBeNull();
    expect(page.manage).toBe(false);
  });

  it("refuses scores from an evaluator who has not declared", async () => {
    const b = await makeInvitedApproach({ tag: "evu" });
    respond(b, b.sellerA, { priceCents: 500_000 });
    pastClose(b.approachId);
    const browser = signIn(b.evaluator.id);
    const page = await (
      await call(evaluateLoader, get(`/approaches/${b.approachId}/evaluate`, browser.cookie), { id: String(b.approachId) })
    ).json();
    expect(page.me.standing).toBe("undeclared");
    const notice = renderToStaticMarkup(createElement(EvaluationStanding, { state: "closed", me: page.me, id: b.approachId }));
    expect(notice).toContain("Declare your interests before you score");
    expect(notice).toContain(`href="/approaches/${b.approachId}#declare-heading"`);
    expect(page.panel.filter((p: { standing: string }) => p.standing === "undeclared")).toHaveLength(2);
    const id = page.responses[0].id;
    const before = scoreRows();
    const res = await call(
      evaluateAction,
      post(
        `/approaches/${b.approachId}/evaluate`,
        { intent: "score", responseId: String(id), [`score.${b.criteria.meets.id}`]: "7" },
        browser,
      ),
      { id: String(b.approachId) },
    );
    expect(res.status).toBe(409);
    expect(replyErrors(await res.json()).form).toBe("Declare your interests before you score.");
    expect(scoreRows()).toBe(before);
  });

  it("refuses a score of 11 or 'abc' with the message next to the field, keeps what was typed and saves nothing", async () => {
    const meets = `score.${a.criteria.meets.id}`;
    const price = `score.${a.criteria.price.id}`;
    const res = await evaluatePost(evaluator, {
      intent: "score",
      responseId: String(responseA),
      [meets]: "11",
      [price]: "abc",
      [`comment.${a.criteria.meets.id}`]: "Strong on case handling",
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    const errors = replyErrors(body);
    expect(errors[meets]).toBe("Enter a whole number from 0 to 10, or leave it blank");
    expect(errors[price]).toBe("Enter a whole number from 0 to 10, or leave it blank");
    const typed = replyValues(body);
    expect(typed[meets]).toBe("11");
    expect(typed[price]).toBe("abc");
    expect(typed[`comment.${a.criteria.meets.id}`]).toBe("Strong on case handling");
    expect(scoreRows()).toBe(0);
  });

  it("saves an evaluator's scores and shows what is still to come", async () => {
    const res = await evaluatePost(evaluator, {
      intent: "score",
      responseId: String(responseA),
      [`score.${a.criteria.meets.id}`]: "8",
      [`comment.${a.criteria.meets.id}`]: "Strong on case handling",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/approaches/${a.approachId}/evaluate?done=scored#response-${responseA}`);
    const data = await (await evaluateGet(evaluator)).json();
    const row = data.ranking.find((r: { responseId: number }) => r.responseId === responseA);
    // Two evaluators x two criteria, one score given.
    expect(row.missing).toBe(3);
    expect(row.total).toBeNull();
    expect(renderToStaticMarkup(createElement(EvaluationResults, { rows: data.ranking, panel: data.panel }))).toContain("3 scores to come");
    expect(data.responses.find((r: { id: number }) => r.id === responseA).myScores[String(a.criteria.meets.id)]).toEqual({
      score: "8",
      comment: "Strong on case handling",
    });
  });

  it("ranks the responses once every counted evaluator has scored, and shows the evaluators the ranking before the decision", async () => {
    scoreAll(a, responseA, [8, 10]);
    scoreAll(a, responseB, [6, 8]);
    const data = await (await evaluateGet(owner)).json();
    expect(data.ranking.map((r: { responseId: number; total: number; rank: number }) => [r.responseId, r.total, r.rank])).toEqual([
      [responseA, 88, 1],
      [responseB, 68, 2],
    ]);
    const html = renderToStaticMarkup(createElement(EvaluationResults, { rows: data.ranking, panel: data.panel }));
    // The chart, and its numbers as text for those who cannot see it.
    expect(html).toMatch(/<p id="weighted-totals-title"[^>]*>Weighted totals, out of 100<\/p>/);
    expect(html).toContain('role="img" aria-labelledby="weighted-totals-title" aria-describedby="weighted-totals-desc"');
    expect(html).toContain(`${a.sellerA.productName}: 88 (rank 1); ${a.sellerB.productName}: 68 (rank 2)`);
    expect(html).toContain("Show the data as a table");
    expect(html).toContain("Everyone on the panel has declared no conflict of interest.");
    const page = await (await decisionGet(evaluator)).json();
    expect(page.ranking).toHaveLength(2);
    expect(page.manage).toBe(false);
    expect((await decisionGet(owner)).status).toBe(200);
    expect((await decisionGet(owner).then((r) => r.json())).manage).toBe(true);
  });
});

describe("the results table", () => {
  it("shows a shared rank as =2 and an unranked response as such", () => {
    const row = (responseId: number, total: number | null, rank: number | null, tied: boolean): RankingRow => ({
      responseId,
      productName: `Product ${responseId}`,
      providerName: `Provider ${responseId}`,
      priceCents: 100,
      total,
      rank,
      tied,
      missing: total === null ? 2 : 0,
      means: [{ criterionId: 1, name: "Fit", weight: 100, mean: total === null ? null : total / 10 }],
    });
    const html = renderToStaticMarkup(
      createElement(EvaluationResults, {
        rows: [row(1, 90, 1, false), row(2, 70, 2, true), row(3, 70, 2, true), row(4, null, null, false)],
        panel: [
          { userId: 1, name: "Pat", standing: "conflict" },
          { userId: 2, name: "Sam", standing: "undeclared" },
        ],
      }),
    );
    expect(html.match(/<td[^>]*>=2<\/td>/g)).toHaveLength(2);
    expect(html).toContain("Not ranked");
    expect(html).toContain("2 scores to come");
    expect(html).toContain("Pat declared a conflict of interest and stands aside");
    expect(html).toContain("Sam has not yet declared their interests");
  });
});

describe("the decision", () => {
  it("is the owner's alone", async () => {
    const res = await decisionPost(evaluator, { outcome: "no_award", reason: "Neither fits" });
    expect(res.status).toBe(403);
    expect(decisionOf(a.approachId)).toBeNull();
  });

  it("refuses no award without a reason, keeping what was typed", async () => {
    const res = await decisionPost(owner, { outcome: "no_award", reason: "  ", [`notChosen.${responseA}`]: "Too dear" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(replyErrors(body).reason).toMatch(/Say why no contract is awarded/);
    expect(replyValues(body)[`notChosen.${responseA}`]).toBe("Too dear");
    expect(decisionOf(a.approachId)).toBeNull();
  });

  it("refuses an award without a reason for the other response (409), keeping what was typed", async () => {
    const res = await decisionPost(owner, {
      outcome: "awarded",
      responseId: String(responseA),
      contractValue: "100000",
      reason: "Best value",
    });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(replyErrors(body)[`notChosen.${responseB}`]).toMatch(/was not chosen: the seller is told/);
    expect(replyValues(body).contractValue).toBe("100000");
    expect(decisionOf(a.approachId)).toBeNull();
  });

  it("records an award, and the unsuccessful seller's debrief has their own scores and reason, nothing of the other seller's", async () => {
    const res = await decisionPost(owner, {
      outcome: "awarded",
      responseId: String(responseA),
      contractValue: "$100,000",
      austenderId: "cn3912345",
      reason: "Highest weighted total and lowest price",
      [`notChosen.${responseA}`]: "",
      [`notChosen.${responseB}`]: "Scored lower on meeting the requirement",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/approaches/${a.approachId}/decision?done=decided`);
    const decision = decisionOf(a.approachId)!;
    expect(decision).toMatchObject({ outcome: "awarded", responseId: responseA, contractValueCents: 10_000_000, austenderId: "CN3912345" });

    const debrief = db()
      .select({ body: outbox.body })
      .from(outbox)
      .where(and(eq(outbox.toAddress, a.sellerB.email), eq(outbox.subject, `Outcome and debrief: Case management evr`)))
      .get()!;
    expect(debrief.body).toContain("Scored lower on meeting the requirement");
    expect(debrief.body).toContain("Meets the requirement (weight 60%): 6");
    expect(debrief.body).toContain("Price (weight 40%): 8");
    expect(debrief.body).toContain("Weighted total: 68 out of 100, ranked 2 of 2");
    for (const other of [a.sellerA.providerName, a.sellerA.productName, "$100,000", "100,000", "secret", "88"]) {
      expect(debrief.body).not.toContain(other);
    }

    const page = await (await decisionGet(bystander)).json();
    expect(page.record).toMatchObject({
      outcome: "awarded",
      product: a.sellerA.productName,
      provider: a.sellerA.providerName,
      contractValueCents: 10_000_000,
      austenderId: "CN3912345",
      reason: "Highest weighted total and lowest price",
      checksum: decision.checksum,
    });
    expect(page.record.notChosen).toEqual([
      {
        responseId: responseB,
        product: a.sellerB.productName,
        provider: a.sellerB.providerName,
        reason: "Scored lower on meeting the requirement",
      },
    ]);
    expect(page.record.ranking.map((r: { responseId: number; rank: number }) => [r.responseId, r.rank])).toEqual([
      [responseA, 1],
      [responseB, 2],
    ]);
    // Once decided the whole agency may read the evaluation.
    expect((await evaluateGet(bystander)).status).toBe(200);
  });

  it("refuses a second decision (409) and the stored record is unchanged", async () => {
    const before = decisionOf(a.approachId)!;
    const res = await decisionPost(owner, {
      outcome: "no_award",
      reason: "Changed my mind",
      [`notChosen.${responseA}`]: "x",
      [`notChosen.${responseB}`]: "y",
    });
    expect(res.status).toBe(409);
    expect(replyErrors(await res.json()).form).toMatch(/a decision record never changes/);
    expect(decisionOf(a.approachId)).toEqual(before);
    // Scores are part of the record too.
    const score = await evaluatePost(evaluator, { intent: "score", responseId: String(responseB), [`score.${a.criteria.meets.id}`]: "10" });
    expect(score.status).toBe(409);
    expect(decisionOf(a.approachId)).toEqual(before);
  });

  it("cannot be changed or removed in SQL either: the trigger refuses", () => {
    const before = decisionOf(a.approachId)!;
    expect(() =>
      db().update(approachDecisions).set({ reason: "Edited" }).where(eq(approachDecisions.approachId, a.approachId)).run(),
    ).toThrow(/A decision record is final/);
    expect(() =>
      connection().sqlite.prepare("UPDATE approach_decisions SET record = '{}' WHERE approach_id = ?").run(a.approachId),
    ).toThrow(/final/);
    expect(() => connection().sqlite.prepare("DELETE FROM approach_decisions WHERE approach_id = ?").run(a.approachId)).toThrow(/final/);
    expect(decisionOf(a.approachId)).toEqual(before);
  });
});
