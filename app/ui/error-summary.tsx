import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Text } from "@ag.ds-next/react/text";

/** Spaces a list of error links so each is a 24px target (WCAG 2.2 target size), not lines touching. */
export const ERROR_LIST_STYLE = { display: "flex", flexDirection: "column", gap: "0.5rem" } as const;

/**
 * "There is a problem" at the top of a form, each message linking to its field (whose id is the
 * field's name), so screen-reader and keyboard users can jump straight to what needs fixing.
 * The key "form" holds a problem with the whole form, shown without a link.
 */
export function ErrorSummary({ errors }: { errors: Record<string, string | undefined> | undefined }) {
  const entries = Object.entries(errors ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return null;
  return (
    <PageAlert tone="error" title="There is a problem" focusOnMount>
      <Text as="p">Check the following and try again:</Text>
      <ul style={ERROR_LIST_STYLE}>
        {entries.map(([field, message]) => (
          <li key={field}>{field === "form" ? message : <a href={`#${field}`}>{message}</a>}</li>
        ))}
      </ul>
    </PageAlert>
  );
}
