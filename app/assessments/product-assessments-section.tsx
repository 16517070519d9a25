import { H2 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { ProductAssessmentsView } from "./buyer-views";

/**
 * "Agency assessments" on the product page: how many agencies assessed it and rely on it, then the
 * qualities that fall short of the buyer's minimums, first. Plain elements and the design system
 * pieces the page already has: the page is near its script budget, and nothing here is interactive.
 */
export function ProductAssessmentsSection({ view }: { view: ProductAssessmentsView }) {
  const v = view;
  const assessed = v.assessedBy > 0;
  return (
    <section aria-labelledby="assessments">
      <Stack gap={1}>
        <H2 id="assessments">Agency assessments</H2>
        {assessed ? (
          <Text as="p">
            Assessed by {v.assessedBy} {v.assessedBy === 1 ? "agency" : "agencies"}, relied on by {v.reliedOnBy}{" "}
            {v.reliedOnBy === 1 ? "other agency" : "other agencies"}
            {v.allStale ? ". Every assessment is over 24 months old, so treat the scores as dated" : ""}.
          </Text>
        ) : (
          <Text as="p">No agency has assessed this product yet.</Text>
        )}
        {v.canAssess ? (
          <Text as="p">
            <TextLink href={`/products/${v.slug}/assess`}>Assess this product</TextLink> for your agency.
          </Text>
        ) : null}
        {assessed ? (
          <>
            <Text as="p">Judged against {v.judgedBy}.</Text>
            {v.shortfalls.length === 0 ? (
              <Text as="p">
                Every quality with a minimum meets it: {v.meeting} of {v.withMinimum}.
              </Text>
            ) : (
              <Prose>
                <p>
                  <strong>Short of your minimums</strong>
                </p>
                <ul aria-label="Qualities short of your minimums">
                  {v.shortfalls.map((s) => (
                    <li key={s.key}>
                      <strong>{s.label}</strong>: {s.state}. Your minimum {s.minimum}; latest {s.latest}; {s.spread}.
                    </li>
                  ))}
                </ul>
                <p>
                  {v.moreShortfalls > 0 ? `${v.moreShortfalls} more short or not assessed. ` : ""}
                  {v.meeting} of {v.withMinimum} qualities meet your minimums.
                </p>
              </Prose>
            )}
          </>
        ) : null}
        <Text as="p">
          <TextLink href={`/products/${v.slug}/assessments`}>All qualities and the assessments</TextLink> ·{" "}
          <TextLink href="/requirements">Set your requirements</TextLink>
        </Text>
      </Stack>
    </section>
  );
}
