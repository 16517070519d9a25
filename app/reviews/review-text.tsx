/**
 * Review and reply text is plain text from the public: React escapes it, and pre-line keeps the
 * author's line breaks. Never render it as HTML or Markdown.
 */
export function ReviewText({ children }: { children: string }) {
  return <p style={{ whiteSpace: "pre-line", margin: 0, overflowWrap: "anywhere" }}>{children}</p>;
}
