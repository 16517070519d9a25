/**
 * The frozen decision record's downloads, with real Requests: the JSON is the stored canonical text
 * byte for byte (its SHA-256 is the stored checksum, the one in its headers and the one the page
 * shows), the PDF is drawn from it with the checksum on every page, and neither exists for anyone
 * outside the agency or before the decision.
 */
import { createHash } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { decide, decisionOf } from "~/approaches/decision.server";
import { allResponses } from "~/approaches/responses.server";
import { DecisionRecord } from "~/approaches/decision-record";
import { loader as decisionLoader } from "~/routes/approaches.$id_.decision";
import { loader as jsonLoader } from "~/routes/approaches.$id_.record[.]json";
import { loader as pdfLoader } from "~/routes/approaches.$id_.record[.]pdf";
import { db } from "~db/client.server";
import { seedProcurementRules } from "../../seed/procurement-rules";
import { signIn } from "../accounts/support";
import { call, get } from "../procurement/route-helpers";
import { declareAll, makeInvitedApproach, must, pastClose, respond, scoreAll, type InvitedApproach } from "./approach-fixtures";

let a: InvitedApproach;
let noAward: InvitedApproach;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const json = (x: InvitedApproach, cookie: string) =>
  call(jsonLoader, get(`/approaches/${x.approachId}/record.json`, cookie), { id: String(x.approachId) });
const pdf = (x: InvitedApproach, cookie: string) =>
  call(pdfLoader, get(`/approaches/${x.approachId}/record.pdf`, cookie), { id: String(x.approachId) });

function responsesOf(x: InvitedApproach) {
  const all = allResponses(x.approachId, ["submitted"]);
  const of = (providerId: number) => all.find((r) => r.providerId === providerId)?.id ?? 0;
  return { A: of(x.sellerA.providerId), B: of(x.sellerB.providerId) };
}

beforeAll(async () => {
  // The rules, so the listings frozen at sending carry rule results for the record to show.
  seedProcurementRules(db());
  a = await makeInvitedApproach({ tag: "rec" });
  respond(a, a.sellerA, { priceCents: 9_900_000, body: "Café-grade service ≥ 99.9% — with “quotes”." });
  respond(a, a.sellerB, { priceCents: 11_000_000 });
  pastClose(a.approachId);
  declareAll(a);
  const r = responsesOf(a);
  scoreAll(a, r.A, [9, 10]);
  scoreAll(a, r.B, [7, 9]);
  must(
    decide({
      approachId: a.approachId,
      input: {
        outcome: "awarded",
        responseId: r.A,
        contractValueCents: 9_900_000,
        austenderId: "CN4000001",
        reason: "Best on every criterion",
        notChosen: { [r.B]: "Lower on the requirement" },
      },
      actor: { id: a.owner.id },
      ip: null,
    }),
    "decide",
  );

  noAward = await makeInvitedApproach({ tag: "rec-none" });
  respond(noAward, noAward.sellerA, { priceCents: 50_000_000 });
  pastClose(noAward.approachId);
  declareAll(noAward);
  const only = responsesOf(noAward).A;
  must(
    decide({
      approachId: noAward.approachId,
      input: { outcome: "no_award", reason: "Over budget", notChosen: { [only]: "Above the budget" } },
      actor: { id: noAward.owner.id },
      ip: null,
    }),
    "decide no award",
  );
});

describe("record.json", () => {
  it("is the stored canonical text exactly, whose SHA-256 is the stored checksum, the headers' and the page's", async () => {
    const stored = decisionOf(a.approachId)!;
    const res = await json(a, signIn(a.bystander.id).cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="approach-${a.approachId}-decision-record.json"`);
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.toString("utf8")).toBe(stored.record);
    expect(sha256(bytes)).toBe(stored.checksum);
    expect(res.headers.get("X-Checksum-SHA256")).toBe(stored.checksum);
    expect(res.headers.get("Digest")).toBe(`sha-256=${createHash("sha256").update(bytes).digest("base64")}`);
    expect(Number(res.headers.get("Content-Length"))).toBe(bytes.length);

    const page = await (
      await call(decisionLoader, get(`/approaches/${a.approachId}/decision`, signIn(a.bystander.id).cookie), { id: String(a.approachId) })
    ).json();
    expect(page.record.checksum).toBe(sha256(bytes));
    const html = renderToStaticMarkup(createElement(DecisionRecord, { id: a.approachId, record: page.record }));
    expect(html).toMatch(new RegExp(`<code data-checksum="true"[^>]*>${sha256(bytes)}</code>`));
    expect(html).toContain(`sha256sum approach-${a.approachId}-decision-record.json`);
    expect(html).toContain(`href="/approaches/${a.approachId}/record.json"`);
    expect(html).toContain(`href="/approaches/${a.approachId}/record.pdf"`);
    expect(html).toContain("This record is final");

    const record = JSON.parse(bytes.toString("utf8"));
    expect(record.decision).toMatchObject({ outcome: "awarded", austenderId: "CN4000001", contractValueCents: 9_900_000 });
    expect(record.sentWith.listings).toHaveLength(2);
  });

  it("records a non-award with its reasons", async () => {
    const res = await json(noAward, signIn(noAward.owner.id).cookie);
    expect(res.status).toBe(200);
    const record = JSON.parse(await res.text());
    expect(record.decision).toMatchObject({ outcome: "no_award", responseId: null, contractValueCents: null, reason: "Over budget" });
    expect(record.decision.notChosen[0].reason).toBe("Above the budget");
  });

  it("does not exist before the decision, or for anyone outside the agency", async () => {
    const open = await makeInvitedApproach({ tag: "rec-open" });
    const owner = signIn(open.owner.id).cookie;
    expect((await json(open, owner)).status).toBe(404);
    expect((await pdf(open, owner)).status).toBe(404);
    pastClose(open.approachId);
    expect((await json(open, owner)).status).toBe(404);
    for (const cookie of [signIn(a.outsider.id).cookie, signIn(a.sellerA.repId).cookie, signIn(noAward.owner.id).cookie]) {
      expect((await json(a, cookie)).status).toBe(404);
      expect((await pdf(a, cookie)).status).toBe(404);
    }
    expect((await json(a, "")).status).toBe(302);
  });
});

describe("record.pdf", () => {
  it("is a tagged PDF of the record with its checksum in the Subject and on every page", async () => {
    const stored = decisionOf(a.approachId)!;
    const res = await pdf(a, signIn(a.evaluator.id).cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="approach-${a.approachId}-decision-record.pdf"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (process.env.KEEP_RECORD_PDF) (await import("node:fs")).writeFileSync(process.env.KEEP_RECORD_PDF, bytes);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(en-AU\)/);
    // The Subject is an indirect object: the dictionary refers to it, and it holds the checksum.
    expect(raw).toMatch(/\/Subject \d+ 0 R/);
    expect(raw).toContain(`(SHA-256 ${stored.checksum})`);

    const { text, total } = await new PDFParse({ data: bytes }).getText();
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(`SHA-256 of the canonical JSON record (RFC 8785): ${stored.checksum}`);
    expect(flat.split(`SHA-256 ${stored.checksum}`).length - 1).toBe(total);
    expect(flat).toContain("Outcome: Contract awarded");
    expect(flat).toContain(`Chosen response: ${a.sellerA.productName} (${a.sellerA.providerName})`);
    expect(flat).toContain("Contract value (GST inclusive): $99,000");
    expect(flat).toContain("AusTender contract notice: CN4000001");
    expect(flat).toContain("Lower on the requirement");
    expect(flat).toContain("Meets the requirement (weight 60%): How well");
    expect(flat).toContain("Price (weight 40%, price): Whole of life");
    expect(flat).toContain("Rank 1:");
    expect(flat).toContain("declared no conflict");
    expect(flat).toContain("The listings and rule results as sent");
    const firstRule = JSON.parse(stored.record).sentWith.listings[0].results[0];
    expect(flat).toContain(`${firstRule.name}: `);
    // What the standard fonts cannot print is spelt out, not printed as noise.
    expect(flat).toContain("Café-grade service >= 99.9% — with “quotes”.");
  });
});
