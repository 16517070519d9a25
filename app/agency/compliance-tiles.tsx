import { Box } from "@ag.ds-next/react/box";
import { Flex } from "@ag.ds-next/react/flex";
import { Text } from "@ag.ds-next/react/text";
import { PRODUCT_STATE_LABELS, PRODUCT_STATES, type ProductState } from "./dashboard-view";

/** A mark that reads without colour: the words carry the meaning, the symbol and border repeat it. */
export const STATE_MARKS: Record<ProductState, string> = { current: "✓", due: "!", overdue: "✕", undated: "–" };

const BORDERS: Record<ProductState, string> = { current: "#0b7a3b", due: "#9a5b00", overdue: "#b3261e", undated: "#5c6670" };

/** How many of the agency's products are current, due within 90 days, overdue, or carry no dated assurance. */
export function ComplianceTiles({ counts, total }: { counts: Record<ProductState, number>; total: number }) {
  return (
    <Flex as="ul" gap={1} flexWrap="wrap" aria-label={`Compliance of your agency's ${total} products`} style={{ padding: 0 }}>
      {PRODUCT_STATES.map((state) => (
        <Box
          as="li"
          key={state}
          padding={1}
          rounded
          border
          style={{ listStyle: "none", minWidth: "9rem", flex: "1 1 9rem", borderLeft: `0.5rem solid ${BORDERS[state]}` }}
        >
          <Text as="p" fontSize="xl" fontWeight="bold">
            <span aria-hidden="true">{STATE_MARKS[state]} </span>
            {counts[state]}
          </Text>
          <Text as="p">{PRODUCT_STATE_LABELS[state]}</Text>
        </Box>
      ))}
    </Flex>
  );
}
