import type { ReactNode } from "react";
import { Box } from "@ag.ds-next/react/box";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CurrencyStatus } from "~/assurance/currency-status";
import { formatDayCount } from "~/platform/dates";
import { TableScroll } from "~/ui/table-scroll";
import { PRODUCT_STATE_LABELS, type DashboardBadge, type DashboardProduct, type ProductState } from "./dashboard-view";
import { STATE_MARKS } from "./compliance-tiles";

const TONES: Record<ProductState, "successMedium" | "warningMedium" | "errorMedium" | "infoLow"> = {
  current: "successMedium",
  due: "warningMedium",
  overdue: "errorMedium",
  undated: "infoLow",
};

export const PRICES_PLACEHOLDER = "Price history appears here once the product publishes prices";

function daysWords(b: DashboardBadge): string {
  if (b.daysToExpiry === null) return "No expiry set";
  if (b.daysToExpiry < 0) return `Lapsed ${formatDayCount(b.daysToExpiry)} ago`;
  if (b.daysToExpiry === 0) return "Last day today";
  return `${formatDayCount(b.daysToExpiry)} left`;
}

export function ProductStateBadge({ state }: { state: ProductState }) {
  return <StatusBadge appearance="subtle" tone={TONES[state]} label={`${STATE_MARKS[state]} ${PRODUCT_STATE_LABELS[state]}`} />;
}

/** One product the agency uses: its compliance status badge by badge, then its prices since the agency started. */
export function ProductCompliance({ product: p, children }: { product: DashboardProduct; children?: ReactNode }) {
  const headingId = `product-${p.productId}`;
  const urgent = p.badges.filter((b) => b.state === "due" || b.state === "overdue");
  return (
    <Box as="section" aria-labelledby={headingId} border rounded padding={1.5}>
      <Stack gap={1}>
        <H3 id={headingId}>
          <TextLink href={`/products/${p.slug}`}>{p.name}</TextLink>
        </H3>
        <Text as="p">
          {p.providerName}. {p.relationshipWords}
          {p.sinceWords ? `, using it since ${p.sinceWords}` : ", start date not recorded"}.
          {p.mapped ? " Listed from US FedRAMP data: its assurance is mapped, not Australian." : ""}
        </Text>
        <div>
          <ProductStateBadge state={p.state} />
        </div>
        {urgent.length > 0 ? (
          <ul aria-label={`What needs attention for ${p.name}`}>
            {urgent.map((b) => (
              <li key={b.id}>
                <strong>{b.state === "overdue" ? "Lapsed" : "Falls due"}:</strong> {b.title}: {b.label}
                {b.expiresWords ? ` (last day current ${b.expiresWords}, ${daysWords(b).toLowerCase()})` : ""}
              </li>
            ))}
          </ul>
        ) : null}
        {p.badges.length === 0 ? (
          <Text as="p">This product lists no certification or assurance.</Text>
        ) : (
          <TableScroll>
            <Table>
              <TableCaption>Assurance of {p.name}</TableCaption>
              <TableHead>
                <TableRow>
                  <TableHeader scope="col">Assurance</TableHeader>
                  <TableHeader scope="col">Status</TableHeader>
                  <TableHeader scope="col">Last day current</TableHeader>
                  <TableHeader scope="col">Time left</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {p.badges.map((b) => (
                  <TableRow key={b.id}>
                    <TableCell>{b.title}</TableCell>
                    <TableCell>
                      <CurrencyStatus currency={b} />
                    </TableCell>
                    <TableCell>{b.expiresWords ?? "None set"}</TableCell>
                    <TableCell>{daysWords(b)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
        <PriceChanges product={p} />
        {children}
      </Stack>
    </Box>
  );
}

function PriceChanges({ product: p }: { product: DashboardProduct }) {
  if (!p.prices.published) return <Text as="p">Prices: {PRICES_PLACEHOLDER}.</Text>;
  return (
    <Stack gap={0.5}>
      <Text as="p">
        Prices today: {p.prices.summary ?? "no list in force yet"}.{" "}
        {p.prices.changes.length === 0
          ? p.since
            ? `No price changes since you started using it on ${p.sinceWords}.`
            : "No price changes recorded."
          : p.since
            ? `Price changes since ${p.sinceWords}:`
            : "Price changes (your start date is not recorded, so every change is shown):"}
      </Text>
      {p.prices.changes.length > 0 ? (
        <ul aria-label={`Price changes of ${p.name}`}>
          {p.prices.changes.map((c) => (
            <li key={c.effectiveFrom}>
              {c.upcoming ? "From" : "On"} {c.effectiveWords}
              {c.upcoming ? " (upcoming)" : ""}: {c.words.length ? c.words.join("; ") : "a new list with the same prices"}
            </li>
          ))}
        </ul>
      ) : null}
    </Stack>
  );
}
