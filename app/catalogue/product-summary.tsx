import { Box } from "@ag.ds-next/react/box";
import { Flex } from "@ag.ds-next/react/flex";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { H3 } from "@ag.ds-next/react/heading";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { CatalogueEntry } from "./facets";
import { HCF_LABELS, type HcfLevel } from "~/assurance/vocabulary";

const IRAP_TONE = {
  current: "successMedium",
  due: "warningMedium",
  overdue: "errorMedium",
  none: "unknownLow",
  no_expiry: "infoLow",
} as const;
const IRAP_WORDS = { current: "current", due: "reassessment due", overdue: "reassessment overdue", none: "", no_expiry: "" } as const;

/**
 * One catalogue result: what a buyer scans for before opening a product. With a proposed purchase
 * it also shows how the product fits; with `pickForm` it offers a checkbox (owned by that form,
 * which sits outside the filter form) to compare or shortlist the product.
 */
export function ProductSummary({
  entry,
  fit,
  pickForm,
  from,
  assessedBy = 0,
  price,
}: {
  entry: CatalogueEntry;
  /** How many agencies published an assessment of it (common assessment framework). */
  assessedBy?: number;
  fit?: { label: string; fits: boolean } | null;
  pickForm?: string;
  /** The catalogue query the buyer came from, so the product page's breadcrumb leads back to it. */
  from?: string;
  /** "From $0.05 per vCPU-hour · 6 price items" or "Price on request", worded on the server. */
  price?: string;
}) {
  return (
    <Box as="li" paddingY={1} borderBottom borderColor="muted">
      <H3>
        <TextLink href={`/products/${entry.slug}${from ? `?from=${encodeURIComponent(from)}` : ""}`}>{entry.name}</TextLink>
      </H3>
      {pickForm ? (
        <div className="no-print">
          <Checkbox size="sm" name="products" value={entry.slug} {...{ form: pickForm }}>
            Select {entry.name} to compare or shortlist
          </Checkbox>
        </div>
      ) : null}
      {fit ? (
        <Text as="p" fontSize="xs" fontWeight="bold">
          Your purchase: {fit.fits ? "meets every product rule" : "does not meet every product rule"} ({fit.label})
        </Text>
      ) : null}
      <Text as="p" fontSize="xs" color="muted">
        {entry.serviceModel} by {entry.providerName}
        {entry.verified ? " · Listing verified by Cloud Exchange" : " · As supplied by the provider"}
      </Text>
      {price ? (
        <Text as="p" fontSize="xs">
          {price}
        </Text>
      ) : null}
      <Text as="p">{entry.summary}</Text>
      {/* A class, so the catalogue can let long badge labels wrap on a phone (the design system's do not). */}
      <Flex gap={0.5} flexWrap="wrap" paddingTop={0.5} className="product-badges">
        {entry.irapLevel ? (
          <StatusBadge
            appearance="subtle"
            tone={IRAP_TONE[entry.irapCurrency]}
            label={`IRAP ${entry.irapLevel}${IRAP_WORDS[entry.irapCurrency] ? `, ${IRAP_WORDS[entry.irapCurrency]}` : ""}`}
          />
        ) : (
          <StatusBadge appearance="subtle" tone="unknownLow" label="No IRAP assessment" />
        )}
        {entry.hcf !== "none" ? (
          <StatusBadge appearance="subtle" tone="infoLow" label={`HCF ${HCF_LABELS[entry.hcf as HcfLevel]}`} />
        ) : null}
        {entry.e8 !== "none" ? <StatusBadge appearance="subtle" tone="infoLow" label={`Essential Eight ${entry.e8}`} /> : null}
        {assessedBy > 0 ? (
          <StatusBadge appearance="subtle" tone="infoLow" label={`Assessed by ${assessedBy} ${assessedBy === 1 ? "agency" : "agencies"}`} />
        ) : null}
        {entry.reviewCount > 0 ? (
          <StatusBadge appearance="subtle" tone="infoLow" label={ratingLabel(entry.rating, entry.reviewCount)} />
        ) : null}
      </Flex>
    </Box>
  );
}

/** The recency-weighted rating the product page shows, with how many reviews it rests on. */
export function ratingLabel(rating: number | null, count: number): string {
  const reviews = `${count} ${count === 1 ? "review" : "reviews"}`;
  return rating === null ? `No recent reviews (${reviews}, all over two years old)` : `Rated ${rating.toFixed(1)} of 5 (${reviews})`;
}
