/**
 * The sample approaches to market: one open (the demo provider invited, a question answered and
 * one waiting, a response from another provider), one decided (a frozen record whose checksum
 * verifies), one closed and waiting for its evaluator; no mail queued; a second run adds nothing;
 * and `--force` replaces them, decided record included, twice over.
 */
import { count, eq, inArray } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { beforeAll, describe, expect, it } from "vitest";
import { approachDetail, listForProvider } from "~/approaches/approach.server";
import { fromCanberra } from "~/approaches/closing";
import { decisionOf, parseRecord, sha256 } from "~/approaches/decision.server";
import { evaluationOf } from "~/approaches/evaluation.server";
import { publishedAnswers, questionsForBuyer } from "~/approaches/questions.server";
import { allResponses } from "~/approaches/responses.server";
import { AUSTENDER_ID } from "~/approaches/vocabulary";
import { fitsPurchase } from "~/procurement/rules";
import { addDays, todayIso } from "~/platform/dates";
import { db } from "~db/client.server";
import * as s from "~db/schema";
import { seedDatabase } from "../../seed/seed";
import { DEMO_STAFF_EMAIL } from "../../seed/sample/assessment-plan";

// The real day: which approach is open or closed is judged on the server's clock, as pages judge it.
const TODAY = todayIso();

const sampleApproaches = () =>
  db()
    .select({ id: s.approaches.id, title: s.approaches.title })
    .from(s.approaches)
    .where(eq(s.approaches.source, "sample"))
    .orderBy(s.approaches.id)
    .all();
const byState = () => {
  const out = new Map<string, number[]>();
  for (const a of sampleApproaches()) {
    const state = approachDetail(a.id)!.state;
    out.set(state, [...(out.get(state) ?? []), a.id]);
  }
  return out;
};
const n = (table: SQLiteTable) => db().select({ n: count() }).from(table).get()?.n ?? 0;
const counts = () => ({
  approaches: n(s.approaches),
  invitations: n(s.approachInvitations),
  questions: n(s.approachQuestions),
  responses: n(s.approachResponses),
  evaluators: n(s.approachEvaluators),
  scores: n(s.approachScores),
  decisions: n(s.approachDecisions),
  users: n(s.users),
  outbox: n(s.outbox),
});
const userId = (email: string) => db().select({ id: s.users.id }).from(s.users).where(eq(s.users.email, email)).get()!.id;
const wattleGrid = () => db().select({ id: s.providers.id }).from(s.providers).where(eq(s.providers.slug, "wattle-grid")).get()!.id;

beforeAll(async () => {
  await seedDatabase({ db: db(), today: TODAY });
}, 120_000);

describe("sample approaches to market", () => {
  it("seeds one open, one decided and one closed approach, all the Finance demo agency's and run by its staff", () => {
    const states = byState();
    expect([...states.keys()].sort()).toEqual(["closed", "decided", "open"]);
    for (const ids of states.values()) expect(ids).toHaveLength(1);
    const staff = userId(DEMO_STAFF_EMAIL);
    for (const a of sampleApproaches()) {
      const d = approachDetail(a.id)!;
      expect(d.agencyName).toBe("Finance and Budget Office (sample)");
      expect(d.ownerId).toBe(staff);
      expect(d.requirement).toMatch(/## Background[\s\S]*## What we need[\s\S]*## Security requirements[\s\S]*## How to respond/);
      expect(d.requirement).toContain(d.purchase.classification);
      expect(d.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
      expect(d.criteria.filter((c) => c.isPrice)).toHaveLength(1);
    }
  });

  it("invites only products that meet every rule for the purchase, as they stood when sent", () => {
    for (const a of sampleApproaches()) {
      const snapshot = db().select({ snapshot: s.approaches.snapshot }).from(s.approaches).where(eq(s.approaches.id, a.id)).get()!
        .snapshot as {
        listings: { slug: string; results: Parameters<typeof fitsPurchase>[0] }[];
      };
      expect(snapshot.listings.length).toBe(approachDetail(a.id)!.invitations.length);
      for (const l of snapshot.listings) expect(fitsPurchase(l.results), `${a.title}: ${l.slug}`).toBe(true);
    }
  });

  it("leaves the open one open until 2 pm Canberra time ten days on, with the demo provider invited", () => {
    const id = byState().get("open")![0];
    const d = approachDetail(id)!;
    const close = fromCanberra(addDays(TODAY, 10), "14:00");
    expect(close.ok && d.closesAt).toBe(close.ok ? close.utc : null);
    expect(d.invitations.length).toBeGreaterThanOrEqual(3);
    expect(d.invitations.length).toBeLessThanOrEqual(4);
    expect(d.purchase.classification).toMatch(/^(OFFICIAL|OFFICIAL: Sensitive|PROTECTED)$/);
    expect(d.invitations.some((i) => i.providerName === "Wattle Grid Systems")).toBe(true);
    // The demo representative's dashboard lists it (and the decided one).
    const rep = db()
      .select({ providerId: s.userRoles.providerId })
      .from(s.userRoles)
      .where(eq(s.userRoles.userId, userId("provider@example.com")))
      .get()!;
    expect(rep.providerId).toBe(wattleGrid());
    const listed = listForProvider({ providerId: rep.providerId! });
    expect(listed.find((a) => a.id === id)?.state).toBe("open");
    expect(listed.map((a) => a.id)).toContain(byState().get("decided")![0]);

    const questions = questionsForBuyer(id);
    expect(questions.filter((q) => q.answeredAt)).toHaveLength(1);
    expect(questions.filter((q) => !q.answeredAt)).toHaveLength(1);
    expect(publishedAnswers(id)).toHaveLength(1);
    const responses = allResponses(id, ["submitted"]);
    expect(responses).toHaveLength(1);
    expect(responses[0].providerName).not.toBe("Wattle Grid Systems");
  });

  it("freezes the decided one's record, whose checksum is the SHA-256 of its text", () => {
    const id = byState().get("decided")![0];
    const decision = decisionOf(id)!;
    expect(decision.outcome).toBe("awarded");
    expect(sha256(decision.record)).toBe(decision.checksum);
    expect(
      db().select({ sample: s.approachDecisions.sample }).from(s.approachDecisions).where(eq(s.approachDecisions.approachId, id)).get()!
        .sample,
    ).toBe(true);
    expect(decision.austenderId).toMatch(AUSTENDER_ID);
    expect(decision.austenderId).toMatch(/^CN\d{7}$/);

    const record = parseRecord(decision);
    expect(record.invitations).toHaveLength(3);
    expect(record.invitations.some((i) => i.provider === "Wattle Grid Systems")).toBe(true);
    expect(record.responses).toHaveLength(3);
    expect(record.approach.closingChanges).toHaveLength(1);
    expect(record.evaluators).toHaveLength(2);
    for (const e of record.evaluators) expect(e.declaredAt && e.conflict === false).toBe(true);
    expect(record.scores).toHaveLength(3 * record.approach.criteria.length * 2);
    for (const sc of record.scores) expect(sc.comment.length).toBeGreaterThan(10);
    expect(record.results.every((r) => r.total !== null)).toBe(true);
    // The reasons quote the totals: the plan's scores must still produce them.
    const chosen = record.results.find((r) => r.responseId === decision.responseId)!;
    expect(chosen.rank).toBe(1);
    expect(record.decision.reason).toContain(String(chosen.total));
    expect(record.decision.contractValueCents).toBe(record.responses.find((r) => r.id === decision.responseId)!.priceCents);
    expect(record.decision.notChosen).toHaveLength(2);
    for (const r of record.decision.notChosen) {
      const total = record.results.find((x) => x.responseId === r.responseId)!.total;
      expect(r.reason).toContain(String(total));
    }
    // Everything happened before the decision, which was well after the close.
    expect(Date.parse(decision.decidedAt)).toBeGreaterThan(Date.parse(record.approach.closesAt));
    for (const r of record.responses) expect(Date.parse(r.updatedAt)).toBeLessThan(Date.parse(record.approach.closesAt));
  });

  it("leaves the closed one for its evaluator to declare and score", () => {
    const id = byState().get("closed")![0];
    const evaluation = evaluationOf(id);
    expect(evaluation.responses).toHaveLength(2);
    expect(evaluation.scores).toHaveLength(0);
    expect(evaluation.evaluators.map((e) => e.email)).toEqual([DEMO_STAFF_EMAIL]);
    expect(evaluation.undeclared).toHaveLength(1);
    expect(decisionOf(id)).toBeNull();
  });

  it("queues no e-mail, and its seller stand-ins can neither sign in nor be mailed", () => {
    expect(counts().outbox).toBe(0);
    const standIns = db()
      .select()
      .from(s.users)
      .where(inArray(s.users.email, ["tenders@halcyon-compute.example.com", "tenders@meridian-stratus.example.com"]))
      .all();
    expect(standIns).toHaveLength(2);
    for (const u of standIns) {
      expect(u.emailVerifiedAt).toBeNull();
      expect(u.passwordHash.startsWith("!")).toBe(true);
    }
  });

  it("adds nothing when seeded again", async () => {
    const before = counts();
    const ids = sampleApproaches();
    await seedDatabase({ db: db(), today: TODAY });
    expect(counts()).toEqual(before);
    expect(sampleApproaches()).toEqual(ids);
  });

  it("is replaced by a forced reseed, decided record and all, however often", async () => {
    const before = counts();
    for (let run = 0; run < 2; run += 1) {
      const old = sampleApproaches().map((a) => a.id);
      await seedDatabase({ db: db(), today: TODAY, force: true });
      const now = sampleApproaches();
      expect(now).toHaveLength(3);
      expect(now.some((a) => old.includes(a.id))).toBe(false);
      expect(db().select({ n: count() }).from(s.approachDecisions).where(inArray(s.approachDecisions.approachId, old)).get()!.n).toBe(0);
      expect([...byState().keys()].sort()).toEqual(["closed", "decided", "open"]);
      expect(counts()).toEqual(before);
      const decision = decisionOf(byState().get("decided")![0])!;
      expect(sha256(decision.record)).toBe(decision.checksum);
    }
  });
});
