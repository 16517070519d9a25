/**
 * What every invited seller responds to: the requirement (Markdown rendered and sanitised on the
 * server, shown by the guidance's ArticleBody, whose one dangerouslySetInnerHTML says why that is
 * safe), what to price, and the criteria with their weights.
 */
import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { ArticleBody } from "~/guidance/article-body";
import { CriteriaTable } from "./criteria-table";

export interface SellerCriterion {
  id: number;
  name: string;
  description: string;
  weight: number;
  isPrice: boolean;
}

export function SellerRequirement({ html, pricingBasis, criteria }: { html: string; pricingBasis: string; criteria: SellerCriterion[] }) {
  return (
    <>
      <section aria-labelledby="requirement-heading">
        <Stack gap={1}>
          <H2 id="requirement-heading">The requirement</H2>
          <ArticleBody html={html} label="The requirement" />
        </Stack>
      </section>
      <section aria-labelledby="pricing-heading">
        <Stack gap={1}>
          <H2 id="pricing-heading">What to price</H2>
          <Text as="p">
            <span style={{ whiteSpace: "pre-line" }}>{pricingBasis || "The buyer has not said more than the requirement."}</span>
          </Text>
          <Text as="p">Give one price for these quantities, in dollars, GST inclusive.</Text>
        </Stack>
      </section>
      <section aria-labelledby="criteria-heading">
        <Stack gap={1}>
          <H2 id="criteria-heading">How responses are evaluated</H2>
          <Text as="p">Each evaluator scores each response from 0 to 10 on every criterion; the weights make a total out of 100.</Text>
          <CriteriaTable criteria={criteria} />
        </Stack>
      </section>
    </>
  );
}
