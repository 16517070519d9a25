import { Text } from "@ag.ds-next/react/text";

/**
 * Review and reply text is plain text from the public: React escapes it, and pre-line keeps the
 * author's line breaks. Never render it as HTML or Markdown.
 */
export function ReviewText({ children }: { children: string }) {
  return <p style={{ whiteSpace: "pre-line", margin: 0, overflowWrap: "anywhere" }}>{children}</p>;
}

/** What every review says in its own words, under its three headings, wherever it is shown. */
export function ReviewWords({ review }: { review: { pros: string; cons: string; useCase: string } }) {
  return (
    <>
      {(
        [
          ["Pros", review.pros],
          ["Cons", review.cons],
          ["Use case", review.useCase],
        ] as const
      ).map(([heading, text]) => (
        <div key={heading}>
          <Text as="p" fontWeight="bold">
            {heading}
          </Text>
          <ReviewText>{text}</ReviewText>
        </div>
      ))}
    </>
  );
}
