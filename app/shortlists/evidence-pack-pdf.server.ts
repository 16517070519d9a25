/**
 * The evidence pack as a PDF (app/platform/tagged-pdf.server.ts draws it with PDFKit): the same
 * rows as the pack page (evidence-pack-words.server.ts), tagged for screen readers (headings,
 * paragraphs and links in a structure tree, English (Australia), the title shown in the window),
 * and the checksum of the content on every page so that a printed copy can be checked too.
 */
import { PDF_LINK as LINK, PDF_MUTED as MUTED, taggedPdf } from "~/platform/tagged-pdf.server";
import type { PackRow, PackWords } from "./evidence-pack";

export { pdfText } from "~/platform/tagged-pdf.server";

export function renderPackPdf({ words, checksum, url }: { words: PackWords; checksum: string; url: string }): Promise<Buffer> {
  const title = `Evidence pack: ${words.shortlistName}`;
  const { doc, put, heading, finish } = taggedPdf({ title, author: "Cloud Exchange", checksum });
  const rows = (list: PackRow[]) => {
    for (const r of list) {
      const line = `${r.term}: ${r.value}`;
      if (r.href) put("P", line, { link: r.href, color: LINK, underline: true });
      else put("P", line);
      doc.moveDown(0.15);
    }
  };

  heading(1, title);
  put("P", `Taken ${words.taken} by ${words.takenBy}.`);
  put("P", words.judged);
  doc.moveDown(0.4);
  put("P", `SHA-256 of the canonical content (RFC 8785): ${checksum}`, { font: "Courier", size: 8.5 });
  put("P", `The JSON copy, with the same checksum: ${url}`, { size: 8.5, color: MUTED, link: url });

  heading(2, "Proposed purchase");
  if (words.purchase) rows(words.purchase);
  else put("P", "No proposed purchase was recorded.");
  put("P", words.estimate.summary);
  rows(words.estimate.rows);
  for (const a of words.estimate.assumptions) put("P", `- ${a}`, { size: 8.5, color: MUTED });
  if (words.requirements) put("P", words.requirements);

  for (const l of words.listings) {
    heading(2, l.name);
    put("P", l.about);
    if (l.note) put("P", `Buyer's note: ${l.note}`);
    heading(3, "Badges");
    if (l.badges.length === 0) put("P", "No badges.");
    for (const b of l.badges) {
      doc.moveDown(0.3);
      put("P", b.title, { font: "Helvetica-Bold" });
      rows(b.rows);
    }
    heading(3, "Prices when taken (ex GST)");
    rows(l.prices);
    put("P", `Estimate for the purchase: ${l.estimate}`);
    heading(3, "Service documents when taken");
    rows(l.documents);
    heading(3, "Provider facts");
    rows(l.provider);
    if (l.responsibility) {
      heading(3, "Who secures what");
      rows(l.responsibility);
    }
    heading(3, "Agency assessments");
    if (l.assessments) {
      put("P", l.assessments.summary);
      rows(l.assessments.qualities);
      if (l.assessments.published.length) {
        doc.moveDown(0.3);
        put("P", "The published assessments, as frozen", { font: "Helvetica-Bold" });
        rows(l.assessments.published);
      }
      if (l.assessments.publishedNote) put("P", l.assessments.publishedNote);
    } else put("P", "Not recorded: this snapshot was taken before agencies' assessments were frozen into packs.");
    if (l.rules.length) {
      heading(3, "Rule results");
      for (const r of l.rules) {
        doc.moveDown(0.3);
        put("P", `${r.name}: ${r.outcomeLabel}`, { font: "Helvetica-Bold" });
        put("P", r.reason);
        put("P", r.source, { size: 8.5, color: r.sourceUrl ? LINK : MUTED, ...(r.sourceUrl ? { link: r.sourceUrl } : {}) });
      }
    }
  }

  return finish();
}
