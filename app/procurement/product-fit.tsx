import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import type { RuleResult } from "./results";
import { AddToShortlist, type ShortlistOption } from "~/shortlists/add-to-shortlist";
import { RuleResults } from "./rule-results";

export interface ProductFitView {
  results: RuleResult[] | null;
  summary: string | null;
  signingDate: string | null;
  shortlists: ShortlistOption[] | null;
}

/** "Fit with your proposed purchase" and the shortlist and compare controls, for the product page. */
export function ProductFit({ fit, slug, name }: { fit: ProductFitView; slug: string; name: string }) {
  return (
    <>
      <section aria-labelledby="fit">
        <Stack gap={1}>
          <H2 id="fit">Fit with your proposed purchase</H2>
          {fit.results ? (
            <>
              <Text as="p">
                {fit.summary}. Judged by the rules in force on your signing date, {formatDate(fit.signingDate!)}.{" "}
                <TextLink href="/purchase">Change your purchase</TextLink>
              </Text>
              <RuleResults results={fit.results} caption={`How ${name} fits your proposed purchase`} />
            </>
          ) : (
            <Text as="p">
              <TextLink href="/purchase">Describe your proposed purchase</TextLink> to see whether this product meets each
              procurement rule for it.
            </Text>
          )}
        </Stack>
      </section>
      <section aria-labelledby="shortlist-compare">
        <Stack gap={1}>
          <H2 id="shortlist-compare">Shortlist or compare</H2>
          <AddToShortlist slugs={[slug]} shortlists={fit.shortlists} redirectTo={`/products/${slug}`} />
          <Text as="p">
            <TextLink href={`/compare?products=${encodeURIComponent(slug)}`}>Compare {name} with other products</TextLink>
          </Text>
        </Stack>
      </section>
    </>
  );
}
