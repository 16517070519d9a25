import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { AgencyDashboard } from "./dashboard-view";

export function NextSteps({ steps }: { steps: AgencyDashboard["nextSteps"] }) {
  return (
    <Stack as="section" gap={1} aria-labelledby="next-heading">
      <H2 id="next-heading">What to do next</H2>
      {steps.length === 0 ? (
        <Text as="p">Nothing needs your attention: every product is current, assessed, and has no new reviews.</Text>
      ) : (
        <ol>
          {steps.map((s) => (
            <li key={s.key} style={{ marginBottom: "0.5rem" }}>
              <TextLink href={s.href}>{s.text}</TextLink>
              {s.detail ? <Text as="span"> ({s.detail})</Text> : null}
            </li>
          ))}
        </ol>
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
