import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { AgencyDashboard } from "./dashboard-view";

/** The most urgent steps first; on screen the rest wait behind a disclosure, in print every one shows. */
const SHOWN_FIRST = 8;

export function NextSteps({ steps, all = false }: { steps: AgencyDashboard["nextSteps"]; all?: boolean }) {
  const first = all ? steps : steps.slice(0, SHOWN_FIRST);
  const rest = all ? [] : steps.slice(SHOWN_FIRST);
  const item = (s: (typeof steps)[number]) => (
    <li key={s.key} style={{ marginBottom: "0.5rem" }}>
      <TextLink href={s.href}>{s.text}</TextLink>
      {s.detail ? <Text as="span"> ({s.detail})</Text> : null}
    </li>
  );
  return (
    <Stack as="section" gap={1} aria-labelledby="next-heading">
      <H2 id="next-heading">What to do next</H2>
      {steps.length === 0 ? (
        <Text as="p">Nothing needs your attention: every product is current, assessed, and has no new reviews.</Text>
      ) : (
        <>
          <ol>{first.map(item)}</ol>
          {rest.length > 0 ? (
            <details>
              <summary style={{ cursor: "pointer", minHeight: "24px" }}>
                {rest.length} more {rest.length === 1 ? "step" : "steps"}, less urgent
              </summary>
              <ol start={SHOWN_FIRST + 1}>{rest.map(item)}</ol>
            </details>
          ) : null}
        </>
      )}
    </Stack>
  );
}

export function ColleagueReviews({ reviews, ownPending }: Pick<AgencyDashboard, "reviews" | "ownPending">) {
  return (
    <Stack as="section" gap={1} aria-labelledby="reviews-heading">
      <H2 id="reviews-heading">Reviews by your colleagues</H2>
      {reviews.length === 0 ? (
        <Text as="p">Nobody at your agency has a published review of these products yet.</Text>
      ) : (
        <ul aria-label="Published reviews by people at your agency">
          {reviews.map((r) => (
            <li key={r.id} style={{ marginBottom: "0.5rem" }}>
              <TextLink href={`/products/${r.productSlug}#review-${r.id}`}>
                {r.productName}: {r.title || `${r.overall} out of 5`}
              </TextLink>{" "}
              ({r.overall} out of 5, by {r.reviewerName}
              {r.publishedWords ? `, published ${r.publishedWords}` : ""}){r.isNew && !r.isOwn ? " New." : ""}
            </li>
          ))}
        </ul>
      )}
      {ownPending.length > 0 ? (
        <>
          <Text as="p" fontWeight="bold">
            Your reviews waiting for moderation
          </Text>
          <ul aria-label="Your reviews waiting for moderation">
            {ownPending.map((r) => (
              <li key={r.id}>
                <TextLink href={`/products/${r.productSlug}/review`}>
                  {r.productName}
                  {r.title ? `: ${r.title}` : ""}
                </TextLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Stack>
  );
}
