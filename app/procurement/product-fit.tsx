import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import type { RuleResult } from "./results";
import { RuleResults } from "./rule-results";

export interface ProductFitView {
  results: RuleResult[] | null;
  summary: string | null;
  signingDate: string | null;
}

/** "Fit with your proposed purchase", for the product page. */
export function ProductFit({ fit, name }: { fit: ProductFitView; name: string }) {
  return (
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
            <TextLink href="/purchase">Describe your proposed purchase</TextLink> to see whether this product meets each procurement rule
            for it.
          </Text>
        )}
      </Stack>
    </section>
  );
}
