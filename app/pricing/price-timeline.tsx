/**
 * A product's price history as a timeline, newest first: each approved list a dated stop on a line,
 * each change a marked chip (▲ up, ▼ down, + new, − removed), with a bar as long as the change is
 * large. Symbol and words carry the meaning, so colour is never the only cue; plain HTML and CSS,
 * no script.
 */
import type { CSSProperties } from "react";
import { H3 } from "@ag.ds-next/react/heading";
import { Text } from "@ag.ds-next/react/text";
import { formatDate } from "~/platform/dates";
import type { PriceHistoryEntry } from "./price-list";
import { changeInWords, type ItemChange } from "./price-words";

const LOOK: Record<ItemChange["change"], { symbol: string; colour: string; tint: string }> = {
  up: { symbol: "▲", colour: "#a3262a", tint: "#fbe9ea" },
  down: { symbol: "▼", colour: "#0b7a3e", tint: "#e7f4ec" },
  new: { symbol: "+", colour: "#00558b", tint: "#e6f1f8" },
  removed: { symbol: "−", colour: "#4a4a4a", tint: "#eeeeee" },
  terms: { symbol: "•", colour: "#4a4a4a", tint: "#f5f5f5" },
};

const LINE: CSSProperties = { listStyle: "none", margin: 0, padding: 0, borderLeft: "3px solid #c5c9cf", marginLeft: 8 };
const STOP: CSSProperties = { position: "relative", padding: "0 0 1.5rem 1.5rem" };
const DOT = (current: boolean): CSSProperties => ({
  position: "absolute",
  left: -11,
  top: 4,
  width: 16,
  height: 16,
  borderRadius: "50%",
  background: current ? "#00558b" : "#fff",
  border: "3px solid #00558b",
});
const CHIPS: CSSProperties = { listStyle: "none", margin: "0.5rem 0 0", padding: 0, display: "flex", flexDirection: "column", gap: 6 };

function Chip({ c }: { c: ItemChange }) {
  const look = LOOK[c.change];
  const percent = c.change === "up" || c.change === "down" ? c.percent : null;
  return (
    // The marker keeps its column and the words wrap beside it, so a long item name stays by its symbol.
    <li style={{ display: "flex", alignItems: "baseline", gap: 8 }}>
      <span
        style={{
          background: look.tint,
          color: look.colour,
          fontWeight: 700,
          borderRadius: 4,
          padding: "2px 8px",
          minWidth: 24,
          flexShrink: 0,
          textAlign: "center",
        }}
        aria-hidden="true"
      >
        {look.symbol}
      </span>
      <span style={{ minWidth: 0 }}>
        <strong>{c.name}</strong>: {changeInWords(c)}
      </span>
      {percent !== null ? (
        // Half the width is a 50% change; larger ones fill it.
        <span
          aria-hidden="true"
          style={{
            display: "inline-block",
            height: 8,
            width: `${Math.min(100, Math.max(4, percent * 2))}px`,
            background: look.colour,
            borderRadius: 4,
            flexShrink: 0,
          }}
        />
      ) : null}
    </li>
  );
}

export function PriceTimeline({ history, inForceId, today }: { history: PriceHistoryEntry[]; inForceId: number | null; today: string }) {
  const newestFirst = [...history].reverse();
  return (
    <ol style={LINE} aria-label="Price lists, newest first">
      {newestFirst.map((list, n) => {
        const state = list.id === inForceId ? "in force" : list.effectiveFrom > today ? "upcoming" : "replaced";
        const first = n === newestFirst.length - 1;
        return (
          <li key={list.id} style={STOP}>
            <span style={DOT(state === "in force")} aria-hidden="true" />
            <H3>
              From {formatDate(list.effectiveFrom)} ({state})
            </H3>
            <Text as="p" color="muted">
              {first
                ? "The first approved list"
                : `${list.changes.length} ${list.changes.length === 1 ? "change" : "changes"} from the list before`}
              {list.source === "sample" ? " · sample prices" : ""}
              {list.note ? ` · ${list.note}` : ""}
            </Text>
            {list.changes.length > 0 ? (
              <ul style={CHIPS}>
                {list.changes.map((c) => (
                  <Chip key={`${c.change}-${c.key}`} c={c} />
                ))}
              </ul>
            ) : (
              <Text as="p">No price changed.</Text>
            )}
          </li>
        );
      })}
    </ol>
  );
}
