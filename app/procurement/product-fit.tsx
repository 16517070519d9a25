import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import type { RuleResult } from "./results";
import { RuleResults } from "./rule-results";

export interface ProductFitView {
  /** Whether the buyer has described a purchase; without one there is nothing to judge. */
  described: boolean;
  /** The verdict in one line. */
  line: string;
  signingDate: string | null;
  /** The rules that depend on the product, judged on this one. */
  rules: RuleResult[];
  /** The purchase's own duties not yet done (the same whichever product is chosen). */
  dutiesToDo: number;
}

/**
 * "Fit with your proposed purchase", for the product page: the rules that depend on the product,
 * judged on this one. The purchase's own duties are the same for every product and live on /purchase.
 */
export function ProductFit({ fit, name }: { fit: ProductFitView; name: string }) {
  const duties = fit.dutiesToDo;
  return (
    <section aria-labelledby="fit">
      <Stack gap={1}>
        <H2 id="fit">Fit with your proposed purchase</H2>
        {fit.described ? (
          <>
            <Text as="p">
              {fit.line}. Judged by the rules in force on your signing date, {formatDate(fit.signingDate!)}.{" "}
              <TextLink href="/purchase">Change your purchase</TextLink>
            </Text>
            <RuleResults results={fit.rules} caption={`How ${name} meets the product rules for your purchase`} />
            {duties > 0 ? (
              <Text as="p">
                Your purchase also has {duties} {duties === 1 ? "duty" : "duties"} of its own still to do, whichever product you choose:{" "}
                <TextLink href="/purchase#duties-heading">see your purchase</TextLink>.
              </Text>
            ) : null}
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
