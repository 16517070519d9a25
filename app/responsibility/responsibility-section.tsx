/** The product page's "Who secures what" section: the matrix, community rules, and the next steps. */
import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { ResponsibilityMatrix, type MatrixRow } from "./responsibility-matrix";

export interface ResponsibilitySectionModel {
  serviceModel: string;
  communityRulesRequired: boolean;
  rows: MatrixRow[];
}

export function ResponsibilitySection({
  slug,
  name,
  model,
  canEdit,
}: {
  slug: string;
  name: string;
  model: ResponsibilitySectionModel;
  canEdit: boolean;
}) {
  const agencyCount = model.rows.filter((r) => r.party === "agency").length;
  const sharedCount = model.rows.filter((r) => r.party === "shared").length;
  return (
    <section aria-labelledby="who-secures-what">
      <Stack gap={1}>
        <H2 id="who-secures-what">Who secures what</H2>
        <Text as="p">
          Under this {model.serviceModel} product the agency secures {agencyCount} of {model.rows.length} areas itself and shares{" "}
          {sharedCount} with the provider. Flagged rows differ from the usual {model.serviceModel} split.
        </Text>
        {model.communityRulesRequired ? (
          // The design system's neutral Callout, drawn with the Stack it is made of: this section is on
          // the product page, which is at its script budget, and Callout's own module was 0.7 KB more.
          <Stack background="shade" borderColor="border" borderLeft borderLeftWidth="xl" highContrastOutline padding={1.5} rounded gap={1}>
            <Text as="h3" fontSize="md" fontWeight="bold" lineHeight="heading">
              Community rules must be signed before onboarding
            </Text>
            <Text as="p">
              The provider requires every customer agency to sign its community rules (for example a community information security policy)
              before it can use {name}.
            </Text>
          </Stack>
        ) : (
          <Text as="p">The provider does not require customers to sign community rules before onboarding.</Text>
        )}
        <ResponsibilityMatrix rows={model.rows} serviceModel={model.serviceModel} caption={`Shared responsibility for ${name}`} />
        <Text as="p">
          <TextLink href={`/products/${slug}/duties`}>Print the agency's duties checklist for the contract file</TextLink>
          {canEdit ? (
            <>
              {" · "}
              <TextLink href={`/products/${slug}/responsibility`}>Edit who secures what</TextLink>
            </>
          ) : null}
        </Text>
      </Stack>
    </section>
  );
}
