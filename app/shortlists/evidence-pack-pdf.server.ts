/**
 * The evidence pack as a PDF, drawn on the server with PDFKit (no browser to install): the same
 * rows as the pack page (evidence-pack-words.server.ts), tagged for screen readers (headings,
 * paragraphs and links in a structure tree, English (Australia), the title shown in the window),
 * and the checksum of the content on every page so that a printed copy can be checked too.
 */
import PDFDocument from "pdfkit";
import type { PackRow, PackWords } from "./evidence-pack";

const MARGIN = 56;
const INK = "#1a1a1a";
const MUTED = "#4a4a4a";
const LINK = "#00558b";

/**
 * The standard PDF fonts encode Windows-1252 only; anything else (a "≥", an emoji, a name in
 * another script) would print as noise, so it is spelt out or replaced by "?".
 */
const SPELT: Record<string, string> = { "≥": ">=", "≤": "<=", "→": "->", "✓": "yes", "×": "x", "\u00a0": " " };
const WIN_1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
export function pdfText(text: string): string {
  return Array.from(text.normalize("NFC"), (ch) => {
    if (SPELT[ch]) return SPELT[ch];
    const code = ch.codePointAt(0)!;
    if (code === 10 || (code >= 32 && code < 127) || (code >= 0xa1 && code <= 0xff) || WIN_1252_EXTRA.has(ch)) return ch;
    return "?";
  }).join("");
}

export function renderPackPdf({ words, checksum, url }: { words: PackWords; checksum: string; url: string }): Promise<Buffer> {
  const title = `Evidence pack: ${words.shortlistName}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 24, left: MARGIN, right: MARGIN },
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-AU",
    displayTitle: true,
    bufferPages: true,
    info: { Title: pdfText(title), Author: "Cloud Exchange", Subject: `SHA-256 ${checksum}`, Creator: "Cloud Exchange" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - MARGIN * 2;
  const put = (tag: string, text: string, options: PDFKit.Mixins.TextOptions & { font?: string; size?: number; color?: string } = {}) => {
    const { font = "Helvetica", size = 10, color = INK, ...rest } = options;
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(pdfText(text), { width, structParent: root, structType: tag, ...rest });
  };
  const heading = (level: 1 | 2 | 3, text: string) => {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.moveDown(level === 1 ? 0 : 0.8);
    put(`H${level}`, text, { font: "Helvetica-Bold", size: level === 1 ? 18 : level === 2 ? 14 : 12 });
    doc.moveDown(0.3);
  };
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

  // The footer on every page: which pack this is and its checksum, as an artifact (not read twice).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // or PDFKit starts a new page for text below the margin
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Courier")
      .fontSize(7)
      .fillColor(MUTED)
      .text(pdfText(`Page ${i + 1} of ${range.count}  SHA-256 ${checksum}`), MARGIN, doc.page.height - MARGIN, {
        width,
        lineBreak: false,
      });
    doc.endMarkedContent();
  }
  root.end();
  doc.end();
  return done;
}
