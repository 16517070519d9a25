/**
 * Who set a minimum: the DTA's 2019 Cloud Assessment Tool, or Cloud Exchange's proposal where the
 * tool is silent. The two must never be mistaken for each other, so the marker differs in words,
 * fill and border (solid for DTA, dashed and italic for proposed), never in colour alone.
 */
import { VisuallyHidden } from "@ag.ds-next/react/a11y";
import { Text } from "@ag.ds-next/react/text";
import type { CSSProperties } from "react";
import type { MinimumSource } from "./framework";

export const SOURCE_WORDS: Record<MinimumSource, { short: string; long: string }> = {
  dta: { short: "DTA", long: "DTA minimum (Cloud Assessment Tool 2019)" },
  proposed: { short: "Proposed", long: "Proposed by Cloud Exchange — not DTA policy" },
};

const BASE = {
  display: "inline-block",
  padding: "0 0.375rem",
  borderRadius: "0.25rem",
  fontSize: "0.875rem",
  lineHeight: 1.5,
  whiteSpace: "nowrap",
  verticalAlign: "baseline",
} as const;

const LOOK: Record<MinimumSource, CSSProperties> = {
  dta: { ...BASE, background: "#00558B", color: "#FFFFFF", border: "2px solid #00558B", fontWeight: 700 },
  proposed: { ...BASE, background: "#FFFFFF", color: "#313131", border: "2px dashed #4A5663", fontStyle: "italic" },
};

/** Said by screen readers in place of the short word: the legend is read once, the markers many times. */
const SPOKEN: Record<MinimumSource, string> = { dta: "(DTA minimum)", proposed: "(proposed by Cloud Exchange, not DTA policy)" };

/** The marker beside a minimum. */
export function MinimumSourceMarker({ source }: { source: MinimumSource }) {
  const words = SOURCE_WORDS[source];
  return (
    <span style={LOOK[source]} title={words.long}>
      <span aria-hidden>{words.short}</span>
      <VisuallyHidden>{SPOKEN[source]}</VisuallyHidden>
    </span>
  );
}

/** What the two markers mean, shown once above anything that uses them. */
export function MinimumSourceLegend() {
  return (
    <div role="note" aria-label="What the minimum markers mean" style={{ border: "1px solid #BFC1C3", padding: "0.75rem 1rem" }}>
      <Text as="p" fontWeight="bold">
        Where each minimum comes from
      </Text>
      <ul style={{ margin: "0.5rem 0 0", paddingLeft: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "0.5rem" }}>
        {(["dta", "proposed"] as const).map((s) => (
          <li key={s}>
            <span style={LOOK[s]} aria-hidden>
              {SOURCE_WORDS[s].short}
            </span>{" "}
            <Text>{SOURCE_WORDS[s].long}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
