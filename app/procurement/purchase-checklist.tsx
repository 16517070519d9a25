/**
 * A proposed purchase judged on its own, split the way a planner works: what the agency must do
 * (checklists, approvals, records: a to-do list with the policy cited) and what each product must
 * meet (checked product by product, and the catalogue's "fits" filter). Rules that do not apply,
 * and rules not in force on the signing date, are named but folded away.
 */
import { H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import { productRules, purchaseDuties, type RuleResult } from "./results";
import { RuleResults } from "./rule-results";

const TO_DO: RuleResult["outcome"][] = ["does_not_meet", "needs_evidence"];

export function PurchaseChecklist({
  results,
  notInForce,
  signingDate,
}: {
  results: RuleResult[];
  notInForce: { key: string; name: string; window: string }[];
  signingDate: string;
}) {
  const duties = purchaseDuties(results);
  const toDo = duties.filter((r) => TO_DO.includes(r.outcome));
  const done = duties.filter((r) => r.outcome === "meets");
  const product = productRules(results).filter((r) => r.outcome !== "not_applicable");
  const folded = results.filter((r) => r.outcome === "not_applicable");
  return (
    <Stack gap={2}>
      <section aria-labelledby="duties-heading">
        <Stack gap={1}>
          <H2 id="duties-heading">What your purchase must do</H2>
          <Text as="p">
            {toDo.length === 0
              ? "Nothing is outstanding for the purchase itself."
              : `${toDo.length} ${toDo.length === 1 ? "duty is" : "duties are"} still to do before you buy, whichever product you choose.`}
          </Text>
          {toDo.length > 0 ? <RuleResults results={toDo} caption="Still to do for this purchase" /> : null}
          {done.length > 0 ? (
            <>
              <H3>Done</H3>
              <RuleResults results={done} caption="Done for this purchase" />
            </>
          ) : null}
        </Stack>
      </section>
      <section aria-labelledby="product-rules-heading">
        <Stack gap={1}>
          <H2 id="product-rules-heading">What each product must meet</H2>
          {product.length === 0 ? (
            <Text as="p">No rule depends on the product for this purchase.</Text>
          ) : (
            <RuleResults results={product} caption="What each product must meet" />
          )}
          <Text as="p">
            <TextLink href="/products?fits=1">Products that meet every product rule for this purchase</TextLink>
          </Text>
        </Stack>
      </section>
      {folded.length > 0 || notInForce.length > 0 ? (
        <details>
          <summary>
            {folded.length} {folded.length === 1 ? "rule does" : "rules do"} not apply to this purchase
            {notInForce.length > 0 ? `; ${notInForce.length} not in force on ${formatDate(signingDate)}` : ""}
          </summary>
          <Stack gap={1}>
            {folded.length > 0 ? <RuleResults results={folded} caption="Rules that do not apply to this purchase" /> : null}
            {notInForce.length > 0 ? (
              <ul aria-label={`Rules not in force on ${formatDate(signingDate)}`}>
                {notInForce.map((r) => (
                  <li key={r.key}>
                    <TextLink href={`/rules/${r.key}`}>{r.name}</TextLink>: in force {r.window}, not on your signing date
                  </li>
                ))}
              </ul>
            ) : null}
          </Stack>
        </details>
      ) : null}
    </Stack>
  );
}
