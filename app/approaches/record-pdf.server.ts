/**
 * The decision record as a PDF, drawn on the server with PDFKit as evidence packs are
 * (app/shortlists/evidence-pack-pdf.server.ts): tagged for screen readers, in English (Australia),
 * with the checksum of the JSON record in its Subject and on every page, so that a printed page can
 * be matched to the record it came from. It is drawn from the frozen record alone, never from the
 * live tables, so it says what the checksum covers.
 */
import { formatDateTime } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import { PDF_LINK, PDF_MUTED, taggedPdf, type PutOptions } from "~/platform/tagged-pdf.server";
import { OUTCOME_LABELS, type Outcome } from "~/procurement/results";
import { formatCanberra } from "./closing";
import type { DecisionRecord } from "./decision.server";

const MUTED = PDF_MUTED;
const LINK = PDF_LINK;

const rankText = (r: { rank: number | null; tied: boolean }) => (r.rank === null ? "not ranked" : `${r.tied ? "=" : ""}${r.rank}`);

export function renderRecordPdf({ record, checksum, url }: { record: DecisionRecord; checksum: string; url: string }): Promise<Buffer> {
  const a = record.approach;
  const title = `Decision record: ${a.title}`;
  const { doc, put, heading, finish } = taggedPdf({ title, author: a.agency, checksum });
  const line = (text: string, options: PutOptions = {}) => {
    put("P", text, options);
    doc.moveDown(0.15);
  };
  const criterionName = (id: number) => a.criteria.find((c) => c.id === id)?.name ?? `Criterion ${id}`;
  const responseName = (id: number) => {
    const r = record.responses.find((x) => x.id === id);
    return r ? `${r.product} (${r.provider})` : `Response ${id}`;
  };

  heading(1, title);
  line(`${a.agency}. Run by ${a.runBy ?? "a former member of staff"}.`);
  line(`SHA-256 of the canonical JSON record (RFC 8785): ${checksum}`, { font: "Courier", size: 8.5 });
  line(`The JSON record, with the same checksum: ${url}`, { size: 8.5, color: MUTED, link: url });
  line("This record was frozen when the decision was recorded and never changes.", { size: 8.5, color: MUTED });

  heading(2, "The decision");
  const d = record.decision;
  line(`Outcome: ${d.outcome === "awarded" ? "Contract awarded" : "No award"}`, { font: "Helvetica-Bold" });
  if (d.outcome === "awarded") {
    line(`Chosen response: ${d.product} (${d.provider})`);
    line(`Contract value (GST inclusive): ${d.contractValueCents === null ? "not recorded" : formatAud(d.contractValueCents / 100)}`);
    line(`AusTender contract notice: ${d.austenderId ?? "not yet published"}`);
  }
  line(`Decided ${formatDateTime(d.decidedAt)}${d.decidedBy ? ` by ${d.decidedBy}` : ""}.`);
  line(`${d.outcome === "awarded" ? "Why this response was chosen" : "Why no contract is awarded"}: ${d.reason}`);
  for (const n of d.notChosen) line(`Why ${responseName(n.responseId)} was not chosen: ${n.reason}`);

  heading(2, "Scores and ranking");
  if (record.results.length === 0) line("No responses were submitted.");
  for (const r of record.results) {
    line(
      `Rank ${rankText(r)}: ${responseName(r.responseId)}, weighted total ${r.total === null ? "not complete" : `${r.total} out of 100`}`,
      { font: "Helvetica-Bold" },
    );
    for (const c of r.criteria)
      line(`${criterionName(c.criterionId)}: mean ${c.mean ?? "not scored"} of 10 (${c.scored} scored)`, { indent: 12 });
  }
  heading(3, "Every score");
  if (record.scores.length === 0) line("No scores were given.");
  for (const s of record.scores) {
    line(
      `${responseName(s.responseId)}, ${criterionName(s.criterionId)}: ${s.score} by ${s.evaluator}${s.comment ? `: ${s.comment}` : ""}`,
    );
  }

  heading(2, "Evaluators and their declarations");
  for (const e of record.evaluators) {
    const said = !e.declaredAt
      ? "did not declare"
      : e.conflict
        ? `declared a conflict and stood aside: ${e.declaration ?? ""}`
        : "declared no conflict";
    line(`${e.name}: ${said}${e.declaredAt ? ` (${formatDateTime(e.declaredAt)})` : ""}`);
  }

  heading(2, "The requirement");
  // The buyer's Markdown as written: plain text reads the same in print, and nothing in it can run.
  line(a.requirement);
  if (a.pricingBasis) line(`What sellers priced: ${a.pricingBasis}`);
  heading(3, "Evaluation criteria");
  for (const c of a.criteria)
    line(`${c.name} (weight ${c.weight}%${c.isPrice ? ", price" : ""})${c.description ? `: ${c.description}` : ""}`);

  heading(2, "Invitations and closing");
  for (const i of record.invitations) line(`${i.product} (${i.provider})`);
  line(`Sent ${a.sentAt ? formatDateTime(a.sentAt) : "(not recorded)"}; responses closed at ${formatCanberra(a.closesAt)}.`);
  for (const c of a.closingChanges) {
    line(
      `Close extended from ${formatCanberra(c.previousClosesAt)} to ${formatCanberra(c.closesAt)} (${formatDateTime(c.at)}): ${c.reason}`,
    );
  }

  heading(2, "Questions and answers");
  if (record.questions.length === 0) line("No questions were asked.");
  for (const q of record.questions) {
    line(`${q.askedBy} asked (${formatDateTime(q.askedAt)}): ${q.question}`);
    if (q.answer) line(`Published as "${q.publishedQuestion ?? q.question}" and answered: ${q.answer}`, { indent: 12 });
    else line("Not answered.", { indent: 12, color: MUTED });
  }

  heading(2, "Responses");
  if (record.responses.length === 0) line("No responses were received.");
  for (const r of record.responses) {
    heading(3, `${r.product} (${r.provider})`);
    line(
      `${r.status === "withdrawn" ? "Withdrawn" : "Submitted"}; price ${formatAud(r.priceCents / 100)}; revision ${r.revision}, ${formatDateTime(r.updatedAt)}.`,
    );
    line(r.body);
    for (const at of r.attachments) line(`${at.label}: ${at.url}`, { color: LINK, link: at.url, size: 8.5 });
  }

  heading(2, "The listings and rule results as sent");
  if (!record.sentWith) line("Not recorded.");
  else {
    line(`Taken ${formatDateTime(record.sentWith.takenAt)}, when the approach was sent.`);
    for (const l of record.sentWith.listings) {
      heading(3, l.name);
      if (l.results.length === 0) line("No rule results were recorded.");
      for (const r of l.results) {
        line(`${r.name}: ${OUTCOME_LABELS[r.outcome as Outcome] ?? r.outcome}`, { font: "Helvetica-Bold" });
        if (r.reason) line(r.reason);
      }
    }
  }

  return finish();
}
