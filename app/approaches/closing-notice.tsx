/**
 * The close as a seller reads it: when responses close (in Canberra time, with how long is left as
 * the server counted it when the page was drawn), every extension with the buyer's reason, and,
 * once it has passed, that nothing more can be sent.
 */
import { H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { formatCanberra } from "./closing";
import type { ApproachStatus } from "./vocabulary";

export interface ClosingExtension {
  previousClosesAt: string;
  closesAt: string;
  reason: string;
}

/** The sentence every closed view uses, so the page and its refusals say the same thing. */
export const closedSentence = (closesAt: string) =>
  `Responses closed at ${formatCanberra(closesAt)}; nothing can be submitted, changed or withdrawn.`;

export function ClosingNotice({
  state,
  closesAt,
  timeLeft,
  changes,
}: {
  state: ApproachStatus;
  closesAt: string;
  timeLeft: string | null;
  changes: ClosingExtension[];
}) {
  const open = state === "open";
  return (
    <section aria-labelledby="closing-heading">
      <Stack gap={1}>
        <H2 id="closing-heading">Closing time</H2>
        {open ? (
          <Text as="p">
            <strong>Responses close at {formatCanberra(closesAt)}</strong>
            {timeLeft ? ` (${timeLeft})` : ""}. The server&apos;s clock decides: a response that arrives at or after that moment cannot be
            accepted.
          </Text>
        ) : (
          <PageAlert tone="info" title="Responses have closed">
            <Text as="p">{closedSentence(closesAt)}</Text>
          </PageAlert>
        )}
        {changes.length === 0 ? null : (
          <ul aria-label="Extensions of the closing time">
            {changes.map((c, i) => (
              <li key={i}>
                Extended from {formatCanberra(c.previousClosesAt)} to {formatCanberra(c.closesAt)}: {c.reason}
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </section>
  );
}
