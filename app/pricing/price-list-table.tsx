import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TableScroll } from "~/ui/table-scroll";
import { BILLING_PERIOD_LABELS, GST_LABELS, PRICE_UNIT_LABELS } from "./price-items";
import type { PriceListView } from "./price-list";
import { minimumsInWords, tiersInWords } from "./price-words";

/** One approved list, an item a row; tiers read "first 1,000: $0.05; then $0.04" in the unit of the item. */
export function PriceListTable({ list, caption }: { list: PriceListView; caption: string }) {
  return (
    <Stack gap={0.5}>
      {list.source === "sample" ? (
        <Text as="p" fontWeight="bold">
          Sample prices (fictional, for demonstration)
        </Text>
      ) : null}
      <TableScroll label={caption}>
        <Table striped>
          <TableCaption>{caption}</TableCaption>
          <TableHead>
            <TableRow>
              <TableHeader scope="col">Item</TableHeader>
              <TableHeader scope="col">Price ex GST</TableHeader>
              <TableHeader scope="col">GST</TableHeader>
              <TableHeader scope="col">Billing</TableHeader>
              <TableHeader scope="col">Minimum term and spend</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.items.map((item) => (
              <TableRow key={item.key}>
                <TableHeader scope="row">{item.name}</TableHeader>
                <TableCell>
                  {tiersInWords(item.tiers)} {PRICE_UNIT_LABELS[item.unit] ?? item.unit}
                </TableCell>
                <TableCell>{GST_LABELS[item.gst] ?? item.gst}</TableCell>
                <TableCell>{BILLING_PERIOD_LABELS[item.billingPeriod] ?? item.billingPeriod}</TableCell>
                <TableCell>{minimumsInWords(item) ?? "None"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      {list.note ? <Text as="p">Note: {list.note}</Text> : null}
    </Stack>
  );
}
