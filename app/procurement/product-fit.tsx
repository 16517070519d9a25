import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import { fitsPurchase, productRules, purchaseDuties, summarise, type RuleResult } from "./results";
import { RuleResults } from "./rule-results";

export interface ProductFitView {
  results: RuleResult[] | null;
  summary: string | null;
  signingDate: string | null;
}

/** One line for the product page's summary: how the product fits, or how to find out. */
export function fitLine(fit: ProductFitView): string {
  if (!fit.results) return "Describe your purchase to see how it fits";
  return fitsPurchase(fit.results) ? "Meets every product rule for your purchase" : summarise(productRules(fit.results)).label;
}

/**
 * "Fit with your proposed purchase", for the product page: the rules that depend on the product,
 * judged on this one. The purchase's own duties are the same for every product and live on /purchase.
 */
export function ProductFit({ fit, name }: { fit: ProductFitView; name: string }) {
  const duties = fit.results
    ? purchaseDuties(fit.results).filter((r) => r.outcome === "does_not_meet" || r.outcome === "needs_evidence")
    : [];
  return (
    <section aria-labelledby="fit">
      <Stack gap={1}>
        <H2 id="fit">Fit with your proposed purchase</H2>
        {fit.results ? (
          <>
            <Text as="p">
              {fitLine(fit)}. Judged by the rules in force on your signing date, {formatDate(fit.signingDate!)}.{" "}
              <TextLink href="/purchase">Change your purchase</TextLink>
            </Text>
            <RuleResults results={productRules(fit.results)} caption={`How ${name} meets the product rules for your purchase`} />
            {duties.length > 0 ? (
              <Text as="p">
                Your purchase also has {duties.length} {duties.length === 1 ? "duty" : "duties"} of its own still to do, whichever product
                you choose: <TextLink href="/purchase#duties-heading">see your purchase</TextLink>.
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
