/**
 * The one way we draw a PDF (evidence packs, decision records): PDFKit on the server, no browser to
 * install. Every document is tagged for screen readers (headings and paragraphs in a structure tree,
 * English (Australia), the title shown in the window) and carries the checksum of what it prints in
 * its Subject and on every page, as an artifact a screen reader does not read twice, so that a
 * printed page can be matched to the JSON it came from.
 */
import PDFDocument from "pdfkit";

export const PDF_MARGIN = 56;
export const PDF_INK = "#1a1a1a";
export const PDF_MUTED = "#4a4a4a";
export const PDF_LINK = "#00558b";

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

export type PutOptions = PDFKit.Mixins.TextOptions & { font?: string; size?: number; color?: string };

export interface TaggedPdf {
  doc: PDFKit.PDFDocument;
  /** The text width between the margins. */
  width: number;
  /** One tagged block of text ("P", "H1", ...). */
  put(tag: string, text: string, options?: PutOptions): void;
  /** A heading, starting a new page rather than leaving it alone at the foot of one. */
  heading(level: 1 | 2 | 3, text: string): void;
  /** Writes "Page n of m  SHA-256 <checksum>" on every page and answers the finished file. */
  finish(): Promise<Buffer>;
}

export function taggedPdf({ title, author, checksum }: { title: string; author: string; checksum: string }): TaggedPdf {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PDF_MARGIN, bottom: PDF_MARGIN + 24, left: PDF_MARGIN, right: PDF_MARGIN },
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-AU",
    displayTitle: true,
    bufferPages: true,
    info: { Title: pdfText(title), Author: pdfText(author), Subject: `SHA-256 ${checksum}`, Creator: "Cloud Exchange" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - PDF_MARGIN * 2;
  const put = (tag: string, text: string, options: PutOptions = {}) => {
    const { font = "Helvetica", size = 10, color = PDF_INK, ...rest } = options;
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(pdfText(text), { width, structParent: root, structType: tag, ...rest });
  };
  const heading = (level: 1 | 2 | 3, text: string) => {
    if (doc.y > doc.page.height - PDF_MARGIN - 80) doc.addPage();
    doc.moveDown(level === 1 ? 0 : 0.8);
    put(`H${level}`, text, { font: "Helvetica-Bold", size: level === 1 ? 18 : level === 2 ? 14 : 12 });
    doc.moveDown(0.3);
  };
  const finish = () => {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc.page.margins.bottom = 0; // or PDFKit starts a new page for text below the margin
      doc.markContent("Artifact", { type: "Pagination" });
      doc
        .font("Courier")
        .fontSize(7)
        .fillColor(PDF_MUTED)
        .text(pdfText(`Page ${i + 1} of ${range.count}  SHA-256 ${checksum}`), PDF_MARGIN, doc.page.height - PDF_MARGIN, {
          width,
          lineBreak: false,
        });
      doc.endMarkedContent();
    }
    root.end();
    doc.end();
    return done;
  };
  return { doc, width, put, heading, finish };
}
